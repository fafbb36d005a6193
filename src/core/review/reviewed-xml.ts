import type {Paragraph} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Unit} from '../document/index.js'
import {encodeInline, escapeXml, walkInline, type Tag} from '../inline/index.js'
import {parseMarkdown} from '../markdown/index.js'

/** A reviewer's English as the engine would have answered it, or why it cannot be. */
export type ReviewedXml = {ok: true; xml: string} | {ok: false; actual: string; expected: string}

const heldName = /<x id="(\d+)">([^<]*)<\/x>/g

/**
 * Turn a reviewer's English Markdown for `unit` into the XML an engine
 * would have answered, with the unit's own tag ids, so it goes through the
 * same decoding and checks as a machine translation. The English must have
 * the same markup as the Italian (links with their targets, inline code,
 * HTML, emphasis written the same way, footnote references) and every name
 * held aside, once each; anything else is refused with what was found and
 * what was expected.
 */
export async function reviewedXml(unit: Unit, english: string, source: string): Promise<ReviewedXml> {
  // A front-matter value is plain text; alt text is Markdown-escaped text without markup.
  if (unit.kind === 'field') return {ok: true, xml: escapeXml(english)}
  // The article's link and footnote definitions, so `[text][ref]` and `[^1]` read as they do there.
  const definitions = await definitionsOf(source)
  const tree = await parseMarkdown(english + (definitions ? '\n\n' + definitions : ''))
  const [block, ...rest] = tree.children
  const extra = rest.filter((node) => node.type !== 'definition' && node.type !== 'footnoteDefinition')
  if (!block || block.type !== 'paragraph' || extra.length > 0) {
    return {ok: false, actual: 1 + extra.length + ' blocks', expected: 'one paragraph of text'}
  }

  if (unit.kind === 'alt') return {ok: true, xml: escapeXml(toString(block))}
  const encoding = encodeInline(walkInline((block as Paragraph).children, english))
  const signature = (tag: Tag, text: string) =>
    tag.kind === 'hold'
      ? holdSignature(text.slice(tag.range.start, tag.range.end))
      : lf(text.slice(tag.open.start, tag.open.end) + '…' + closeSignature(tag, text))

  // Names held aside come back as the Italian wrote them: find each in the English words.
  const names = [...unit.encoding.text.matchAll(heldName)].map((match) => ({id: match[1]!, name: match[2]!}))
  const held = new Set(names.map(({id}) => id))
  const italian = [...unit.encoding.tags].filter(([id]) => !held.has(id))
  const used = new Set<string>()
  const ids = new Map<string, string>()

  for (const [id, tag] of encoding.tags) {
    const wanted = signature(tag, english)
    const match = italian.find(([other, its]) => !used.has(other) && signature(its, source) === wanted)
    if (!match) return {ok: false, actual: wanted, expected: expectedMarkup(italian, used, source, signature)}
    used.add(match[0])
    ids.set(id, match[0])
  }

  const lost = italian.find(([id]) => !used.has(id))
  if (lost)
    return {
      ok: false,
      actual: 'no `' + signature(lost[1], source) + '`',
      expected: signature(lost[1], source)
    }

  let xml = encoding.text.replace(/<(g|x) id="(\d+)"/g, (_, name: string, id: string) => {
    return '<' + name + ' id="' + ids.get(id)! + '"'
  })

  for (const {id, name} of names) {
    const at = outsideTags(xml, name)
    if (at === -1) return {ok: false, actual: 'no `' + name + '`', expected: name}
    xml = xml.slice(0, at) + '<x id="' + id + '">' + name + '</x>' + xml.slice(at + name.length)
  }

  return {ok: true, xml}
}

/**
 * A `[text]` or `[text][]` reference reads as `[text][label]`, as its
 * translation is written: a reviewer may keep either form.
 */
function closeSignature(tag: Extract<Tag, {kind: 'pair'}>, text: string): string {
  const {close, label} = tag
  return label ? '][' + text.slice(label.start, label.end) + ']' : text.slice(close.start, close.end)
}

/**
 * Line endings aside (the article may have CRLF), and an image's alt aside
 * (it is a unit of its own); `![alt]` and `![alt][]` read as
 * `![alt][alt]`, as their translation is written.
 */
function holdSignature(text: string): string {
  const value = lf(text)
  if (!value.startsWith('![')) return value
  if (value.endsWith('][]')) return '![…][' + value.slice(2, -3) + ']'
  const end = Math.max(value.lastIndexOf(']('), value.lastIndexOf(']['))
  return end === -1 ? '![…][' + value.slice(2, -1) + ']' : '![…' + value.slice(end)
}

function lf(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

const definitionCache = new Map<string, Promise<string>>()

/** The link reference and footnote definitions of an article, as written (cached: a review reads one article). */
function definitionsOf(source: string): Promise<string> {
  let found = definitionCache.get(source)
  if (!found) {
    found = parseMarkdown(source).then((tree) =>
      tree.children
        .filter((node) => node.type === 'definition' || node.type === 'footnoteDefinition')
        .map((node) => {
          // A footnote's own text does not matter here: its label does.
          if (node.type === 'footnoteDefinition') return '[^' + node.label + ']: x'
          return source.slice(node.position!.start.offset, node.position!.end.offset)
        })
        .join('\n\n')
    )
    if (definitionCache.size > 16) definitionCache.clear()
    definitionCache.set(source, found)
  }

  return found
}

function expectedMarkup(
  tags: ReadonlyArray<[string, Tag]>,
  used: ReadonlySet<string>,
  source: string,
  signature: (tag: Tag, text: string) => string
): string {
  const left = tags.filter(([id]) => !used.has(id)).map(([, tag]) => signature(tag, source))
  return left.length > 0 ? left.join(', ') : 'no more markup'
}

/** Where `name` stands as a whole word in the XML's text, outside tags and held names. */
function outsideTags(xml: string, name: string): number {
  let from = 0
  for (;;) {
    const at = xml.indexOf(name, from)
    if (at === -1) return -1
    const before = xml.slice(0, at)
    const inside = before.lastIndexOf('<') > before.lastIndexOf('>') || /<x id="\d+">[^<]*$/.test(before)
    const edge = (character: string) => character === '' || !/[\p{L}\p{N}]/u.test(character)
    if (!inside && edge(xml.charAt(at - 1)) && edge(xml.charAt(at + name.length))) return at
    from = at + 1
  }
}
