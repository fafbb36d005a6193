import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

// `$` alone stays text: Italian tech news quotes prices in dollars, and only
// `$$…$$` is taken as math.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkMath, {singleDollarTextMath: false})
  .freeze()

/** Parse Markdown (CommonMark, GFM, front matter, `$$` math) into mdast. */
export function parseMarkdown(value: string): Root {
  return processor.parse(value)
}
