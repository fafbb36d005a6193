import type {Root} from 'mdast'

/** A parser of Markdown into mdast. */
export type MarkdownParser = (value: string) => Root

let parser: Promise<MarkdownParser> | undefined

/**
 * Parse Markdown (CommonMark, GFM, front matter, `$$` math) into mdast.
 * remark and its plugins load on the first call, so commands that never
 * parse Markdown (`glossary list`, `--help`) do not pay for them.
 */
export async function parseMarkdown(value: string): Promise<Root> {
  return (await markdownParser())(value)
}

/** The parser itself, once loaded, for callers that parse many texts in a row. */
export function markdownParser(): Promise<MarkdownParser> {
  // A failed load is not kept: the next call tries again.
  parser ??= createParser().catch((error: unknown) => {
    parser = undefined
    throw error
  })
  return parser
}

async function createParser(): Promise<MarkdownParser> {
  const [{remark}, gfm, frontmatter, math] = await Promise.all([
    import('remark'),
    import('remark-gfm'),
    import('remark-frontmatter'),
    import('remark-math')
  ])
  // `$` alone stays text: Italian tech news quotes prices in dollars, and only
  // `$$…$$` is taken as math.
  const processor = remark()
    .use(gfm.default)
    .use(frontmatter.default, ['yaml', 'toml'])
    .use(math.default, {singleDollarTextMath: false})
    .freeze()
  return (value) => processor.parse(value)
}
