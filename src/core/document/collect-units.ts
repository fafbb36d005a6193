import {createHash} from 'node:crypto'
import type {Nodes} from 'mdast'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {
  encodeInline,
  encodePlain,
  heldMarkup,
  walkInline,
  type Encoding,
  type PlainText
} from '../inline/index.js'
import {hasWords} from '../language/index.js'
import {
  collectBlocks,
  collectFields,
  containerContext,
  linePrefixes,
  markdownParser,
  parseMarkdown,
  type MarkdownParser,
  stripPrefixes,
  type Block
} from '../markdown/index.js'
import {reportOnFile} from '../report-on-file.js'
import {findTerms, type TermMatcher, type UnitTerm} from '../terms/index.js'
import type {DocumentSettings} from './document-settings.js'
import type {Unit, UnitKind} from './unit.js'

/** A block worth translating, encoded, with its terms. */
interface Draft {
  block: Block
  encoding: Encoding
  terms: UnitTerm[]
}

const idPrefix: Record<UnitKind, string> = {
  heading: 'h',
  paragraph: 'p',
  cell: 't',
  alt: 'a',
  field: 'f'
}

/**
 * Stage 1: split the Italian article in `file` into units, in document
 * order. Each block is walked and encoded once, its glossary terms found
 * once (names held aside from the engine where they can be). A block
 * without a word to translate (numbers, codes such as `GPT-5`, names held
 * aside, punctuation) is not worth a request and is left out, its bytes
 * copied; one that cannot be placed in the source exactly gets `unit-skipped`.
 */
export async function collectUnits(
  file: VFile,
  settings: Pick<DocumentSettings, 'fields' | 'terms'>
): Promise<Unit[]> {
  const source = String(file.value)
  const pointAt = pointsIn(source)
  const tree = await parseMarkdown(source)
  const fields = await collectFields(tree, source, settings.fields)
  const {blocks, skipped, html} = collectBlocks(tree, source)
  // Loaded by the parse above: alt text with markup is parsed as the inline Markdown it is.
  const parse = await markdownParser()
  // MDX's `import` and `export` lines are code to it and a paragraph to Markdown: never sent, and said so.
  const esm = new Set(
    blocks.filter((block) => block.kind === 'paragraph' && isEsm(source.slice(block.start, block.end)))
  )
  for (const block of esm) {
    reportOnFile(file, 'unit-skipped', 'Cannot translate MDX import or export lines; they stay as they are', {
      place: {start: pointAt(block.start), end: pointAt(block.end)},
      actual: source.slice(block.start, block.end),
      values: {context: 'esm'}
    })
  }

  const drafts = [...fields, ...blocks.filter((block) => !esm.has(block))].flatMap((block) =>
    draft(block, source, settings.terms, parse)
  )
  drafts.sort((a, b) => a.block.start - b.block.start || b.block.end - a.block.end)

  for (const place of skipped) {
    reportOnFile(file, 'unit-skipped', 'Cannot place this block in the source exactly; it stays in Italian', {
      place,
      actual: source.slice(place.start.offset, place.end.offset)
    })
  }

  // Nothing stays Italian without a word: an HTML block with prose in it is never sent.
  for (const {place, value} of html) {
    if (hasWords(htmlText(value))) {
      reportOnFile(file, 'unit-skipped', 'Cannot translate an HTML block; it stays in Italian', {
        place,
        actual: value,
        values: {context: 'html'}
      })
    }
  }

  return finish(drafts, source, pointAt)
}

/** Whether a paragraph is MDX's `import`/`export` lines: each line one, or the continuation of one. */
function isEsm(text: string): boolean {
  return (
    /^(?:import|export)[\s{*]/.test(text) &&
    /(?:from\s+['"][^'"\n]+['"]|['"][^'"\n]+['"]|[;}])\s*$/.test(text)
  )
}

/** Line and column of an offset in `source`, its index of lines built once per article. */
function pointsIn(source: string) {
  const place = location(source)
  return (offset: number) => {
    const point = place.toPoint(offset)
    if (!point) throw new Error('Cannot place unit in source')
    return point
  }
}

/** The text an HTML block shows: its tags, comments and the content of scripts, styles and preformatted text out. */
function htmlText(value: string): string {
  return value
    .replace(/<(script|style|pre|textarea)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[?!][\s\S]*?(?:>|$)/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
}

function draft(block: Block, source: string, terms: TermMatcher | undefined, parse: MarkdownParser): Draft[] {
  const children = block.kind === 'alt' ? altMarkup(block, source, parse) : undefined
  if (children)
    return draft({...block, kind: 'paragraph', children}, source, terms, parse).map((found) => ({
      ...found,
      block
    }))

  if (block.kind === 'alt' || block.kind === 'field') {
    const encoding = encodePlain(block.value, block.kind === 'field' ? block.pieces : [])
    if (!encoding.hasLetters) return []
    // Alt text and front-matter values reach the engine as plain text: nothing can be held aside.
    const found = terms ? findTerms(encoding.plain, terms, source, block, false).terms : []
    return worthSending(encoding.plain, found, terms) ? [{block, encoding, terms: found}] : []
  }

  const inline = walkInline(block.children, source)
  if (!inline.hasLetters) return []
  const found = terms && findTerms(inline.plain, terms, source, block, true)
  if (!worthSending(inline.plain, found?.terms ?? [], terms)) return []
  return [{block, encoding: encodeInline(inline, found?.protect), terms: found?.terms ?? []}]
}

/**
 * The inline Markdown of an alt text that has markup (`![il *grafico*](…)`):
 * walked like a paragraph, its emphasis and links come back around the
 * translated words instead of being flattened. Only an alt on one line
 * that parses as one paragraph spanning it; otherwise the plain text.
 */
function altMarkup(block: Extract<Block, {kind: 'alt'}>, source: string, parse: MarkdownParser) {
  const {start, end} = block.label ?? block
  const text = source.slice(start, end)
  if (text === block.value || /[\r\n]/.test(text)) return undefined
  const [paragraph, ...rest] = parse(text).children
  if (paragraph?.type !== 'paragraph' || rest.length > 0) return undefined
  const children = paragraph.children
  const placed = (node: Nodes): boolean =>
    node.position?.start.offset !== undefined &&
    node.position.end.offset !== undefined &&
    (!('children' in node) || node.children.every((child) => placed(child)))
  if (!children.every((child) => placed(child))) return undefined
  if (children[0]!.position!.start.offset !== 0 || children.at(-1)!.position!.end.offset !== text.length)
    return undefined
  const shift = (node: Nodes): void => {
    node.position!.start.offset! += start
    node.position!.end.offset! += start
    if ('children' in node) for (const child of node.children) shift(child)
  }

  for (const child of children) shift(child)
  return children
}

/**
 * Whether a block has a word left to translate once its held markup (code,
 * URLs, HTML) and its do-not-translate names are taken out: a cell of
 * `8B`, `GPT-5` or `OpenAI` would come back as it went, so it is not sent
 * or billed, and its bytes stay as they are.
 */
function worthSending(plain: PlainText, found: readonly UnitTerm[], terms: TermMatcher | undefined): boolean {
  let text = plain.text.replaceAll(heldMarkup, ' ')
  for (const {entry, from, to} of found) {
    if (terms?.glossary.entries[entry]?.dnt)
      text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to)
  }
  return hasWords(text)
}

function finish(drafts: readonly Draft[], source: string, pointAt: ReturnType<typeof pointsIn>): Unit[] {
  const seen = new Map<string, number>()

  return drafts.map(({block, encoding, terms}) => {
    // The id hashes the text as written, so changing the glossary changes no id.
    const hash = createHash('sha256')
      .update(block.kind + '\0' + encoding.key)
      .digest('hex')
      .slice(0, 8)
    const base = idPrefix[block.kind] + '-' + hash
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    // The Italian of an alt that is a label is the label alone, not the `][` after it.
    const label = block.kind === 'alt' ? block.label : undefined
    const span = source.slice(block.start, label?.end ?? block.end)
    const {prefixes, lineEnding} =
      block.kind === 'field' ? {prefixes: [], lineEnding: block.yaml.lineEnding} : linePrefixes(span)

    const unit: Unit = {
      id: count === 1 ? base : base + '.' + count,
      kind: block.kind,
      start: block.start,
      end: block.end,
      position: {start: pointAt(block.start), end: pointAt(block.end)},
      source: block.kind === 'field' ? block.value : stripPrefixes(span),
      // Cells share their line with other cells, and alt text sits inside its paragraph.
      context:
        block.kind === 'paragraph' || block.kind === 'heading' ? containerContext(source, block.start) : '',
      encoding,
      inTable: block.inTable,
      lineEnding,
      prefixes,
      terms: terms.map((term) => ({...term, position: {start: pointAt(term.start), end: pointAt(term.end)}}))
    }
    if (block.kind === 'field') unit.yaml = block.yaml
    if (label) unit.label = label
    return unit
  })
}
