import type {PhrasingContent} from 'mdast'
import type {Node} from 'unist'
import {escapeMarkdown} from './markdown-escape.js'
import {escapeXml, tokenizeXml} from './xml.js'

/** A half-open range of offsets in the Italian source. */
export interface Range {
  start: number
  end: number
}

/**
 * Markup held aside while a unit is translated.
 * A `pair` wraps translatable words (emphasis, strong, delete, link text);
 * its `open` and `close` source bytes come back around the translated words.
 * A `hold` is never translated (code, HTML, URLs, breaks, footnote
 * references, images): its bytes come back as they were.
 */
export type Tag =
  | {kind: 'pair'; open: Range; close: Range; spaceBefore: boolean; spaceAfter: boolean}
  | {kind: 'hold'; range: Range; spaceBefore: boolean; spaceAfter: boolean}

/** A unit as the engine sees it. */
export interface Encoding {
  /** XML sent to the engine. */
  text: string
  /** Tags by id. */
  tags: Map<string, Tag>
  /** What DeepL bills: code points of the text, tags excluded. */
  characters: number
  /** Whether the text has a letter, i.e. whether it is worth translating. */
  hasLetters: boolean
}

export type Decoded = {ok: true; markdown: string} | {ok: false; actual: string; expected: string}

/** Encode plain text (image alt, front-matter values). */
export function encodePlain(value: string): Encoding {
  return {
    text: escapeXml(value),
    tags: new Map(),
    characters: [...value].length,
    hasLetters: /\p{L}/u.test(value)
  }
}

/** Encode the phrasing content of a unit as XML for a tag-aware engine. */
export function encodeInline(nodes: readonly PhrasingContent[], source: string): Encoding {
  const tags = new Map<string, Tag>()
  const marks: Array<{tag: Tag; before: number; after: number}> = []
  let text = ''
  let plain = ''

  const visit = (node: PhrasingContent): void => {
    if (node.type === 'text') {
      // Line endings inside a unit reach the engine as `\n` alone.
      const value = node.value.replace(/\r\n?/g, '\n')
      text += escapeXml(value)
      plain += value
      return
    }

    const range = rangeOf(node)
    const id = String(tags.size + 1)

    if (isTranslatableWrapper(node, source) && 'children' in node && node.children.length > 0) {
      const children = node.children as PhrasingContent[]
      const first = rangeOf(children[0]!)
      const last = rangeOf(children[children.length - 1]!)
      const tag: Tag = {
        kind: 'pair',
        open: {start: range.start, end: first.start},
        close: {start: last.end, end: range.end},
        spaceBefore: false,
        spaceAfter: false
      }
      tags.set(id, tag)
      const before = text.length
      text += '<g id="' + id + '">'
      for (const child of children) visit(child)
      text += '</g>'
      marks.push({tag, before, after: text.length})
      return
    }

    const tag: Tag = {kind: 'hold', range, spaceBefore: false, spaceAfter: false}
    tags.set(id, tag)
    const before = text.length
    text += '<x id="' + id + '"/>'
    marks.push({tag, before, after: text.length})
  }

  for (const node of nodes) visit(node)

  for (const {tag, before, after} of marks) {
    tag.spaceBefore = /\s/.test(text.charAt(before - 1))
    tag.spaceAfter = /\s/.test(text.charAt(after))
  }

  return {text, tags, characters: [...plain].length, hasLetters: /\p{L}/u.test(plain)}
}

/**
 * Turn an engine's XML back into Markdown.
 * Every tag must come back exactly once, properly nested, and a wrapper must
 * still hold words; otherwise the unit is flagged and keeps its Italian.
 * `render` gives the (prefix-free) Markdown of a held-aside source range;
 * `plain` skips Markdown escaping (front-matter values).
 */
export function decodeInline(
  xml: string,
  encoding: Encoding,
  render: (range: Range) => string,
  options: {inTable: boolean; plain: boolean}
): Decoded {
  const tokens = tokenizeXml(xml)
  if (!tokens) return {ok: false, actual: 'invalid XML', expected: 'the tags of the source'}

  const seen = new Set<string>()
  const stack: Array<{id: string; marker: string; openStart: number; contentStart: number}> = []
  let out = ''
  let pendingSpace = false
  // Whether the last thing written was a closing delimiter run that a
  // following letter would stop from closing.
  let closedTight = false

  const spaceBefore = (tag: Tag) => {
    if (tag.spaceBefore && /[\p{L}\p{N}]$/u.test(out)) out += ' '
  }

  for (const token of tokens) {
    if (token.type === 'text') {
      let value = token.value
      if (pendingSpace && /^[\p{L}\p{N}]/u.test(value)) value = ' ' + value
      pendingSpace = false
      const top = stack[stack.length - 1]
      const lead = /^[ \t\n]+/.exec(value)?.[0]

      // `* word*` is no emphasis: white space an engine put just inside a
      // wrapper goes just outside it (once).
      if (top && lead && out.length === top.contentStart) {
        value = value.slice(lead.length)
        const moved = /\s$/u.test(out.slice(0, top.openStart)) ? '' : lead
        out = out.slice(0, top.openStart) + moved + out.slice(top.openStart)
        top.openStart += moved.length
        top.contentStart += moved.length
      }

      let text = options.plain
        ? value
        : escapeMarkdown(value, {
            atLineStart: out === '' || out.endsWith('\n'),
            inTable: options.inTable,
            before: out.slice(-1)
          })
      if (closedTight && /^[\p{L}\p{N}]/u.test(text)) {
        text =
          reference(String.fromCodePoint(text.codePointAt(0)!)) +
          text.slice(text.codePointAt(0)! > 0xffff ? 2 : 1)
      }

      closedTight = false
      out += text
      continue
    }

    if (token.type === 'close') {
      const open = stack.pop()
      if (!open) return {ok: false, actual: '</g>', expected: 'no closing tag'}
      const tag = encoding.tags.get(open.id) as Extract<Tag, {kind: 'pair'}>
      if (/^[ \t\n]*$/.test(out.slice(open.contentStart))) {
        return {ok: false, actual: `<g id="${open.id}"></g>`, expected: `<g id="${open.id}">` + '…</g>'}
      }

      const trail = /[ \t\n]+$/.exec(out.slice(open.contentStart))?.[0] ?? ''
      out = referenceEdgeSpace(out.slice(0, out.length - trail.length), open.contentStart)
      const last = out.charAt(out.length - 1)
      out = referenceBeforeOpening(out, open)
      const close = render(tag.close)
      out += close + trail
      pendingSpace = tag.spaceAfter && trail === ''
      closedTight = trail === '' && isDelimiterRun(close) && (close.startsWith('_') || isPunctuation(last))
      continue
    }

    const tag = encoding.tags.get(token.id)
    const expectedKind = token.type === 'open' ? 'pair' : 'hold'
    const written = token.type === 'open' ? `<g id="${token.id}">` : `<x id="${token.id}"/>`
    if (!tag || tag.kind !== expectedKind) {
      return {ok: false, actual: written, expected: 'the tags of the source'}
    }

    if (seen.has(token.id)) return {ok: false, actual: written + ' twice', expected: written + ' once'}
    seen.add(token.id)
    pendingSpace = false
    closedTight = false
    spaceBefore(tag)

    if (tag.kind === 'pair') {
      const marker = render(tag.open)
      out = escapeBang(out, marker)
      const openStart = out.length
      out += marker
      stack.push({id: token.id, marker, openStart, contentStart: out.length})
    } else {
      const held = render(tag.range)
      out = escapeBang(out, held) + held
      pendingSpace = tag.spaceAfter
    }
  }

  const open = stack.pop()
  if (open) return {ok: false, actual: `<g id="${open.id}">` + ' unclosed', expected: '</g>'}

  for (const [id, tag] of encoding.tags) {
    if (!seen.has(id)) {
      const written = tag.kind === 'pair' ? `<g id="${id}">` : `<x id="${id}"/>`
      return {ok: false, actual: 'nothing', expected: written}
    }
  }

  // Only ASCII white space: a no-break space an author put there is content.
  return {ok: true, markdown: out.replace(/^[ \t\n]+|[ \t\n]+$/g, '')}
}

/**
 * Other Unicode white space (a no-break space) at either edge of a wrapper's
 * content would also undo the wrapper; there it is written as a character
 * reference, as authors do.
 */
function referenceEdgeSpace(out: string, contentStart: number): string {
  const last = out.charAt(out.length - 1)
  if (out.length > contentStart && /\s/u.test(last)) out = out.slice(0, -1) + reference(last)
  const first = out.charAt(contentStart)
  if (out.length > contentStart && /\s/u.test(first)) {
    out = out.slice(0, contentStart) + reference(first) + out.slice(contentStart + 1)
  }

  return out
}

/**
 * A delimiter run (`*`, `_`, `~`) right after a letter cannot open when it is
 * `_`, or when the content starts with punctuation (`a*\`x\`*`): the letter
 * is then written as a character reference, as authors do.
 */
function referenceBeforeOpening(
  out: string,
  open: {marker: string; openStart: number; contentStart: number}
): string {
  const before = out.charAt(open.openStart - 1)
  const first = out.charAt(open.contentStart)
  if (!isDelimiterRun(open.marker) || !/[\p{L}\p{N}]/u.test(before)) return out
  if (!open.marker.startsWith('_') && !isPunctuation(first)) return out
  return out.slice(0, open.openStart - 1) + reference(before) + out.slice(open.openStart)
}

function isDelimiterRun(marker: string): boolean {
  return /^(?:\*+|_+|~+)$/.test(marker)
}

function isPunctuation(char: string): boolean {
  return /[\p{P}\p{S}]/u.test(char)
}

/** A `!` the engine wrote right before a link would turn it into an image. */
function escapeBang(out: string, next: string): string {
  return next.startsWith('[') && /(?:^|[^\\])!$/.test(out) ? out.slice(0, -1) + '\\!' : out
}

function reference(char: string): string {
  return '&#x' + char.codePointAt(0)!.toString(16).toUpperCase() + ';'
}

/** Wrappers whose content is translated in place. */
function isTranslatableWrapper(node: PhrasingContent, source: string): boolean {
  switch (node.type) {
    case 'emphasis':
    case 'strong':
    case 'delete':
      return true
    // Autolinks and GFM literal links show their URL: hold them whole.
    case 'link':
      return source.charAt(rangeOf(node).start) === '[' && node.url !== toText(node)
    // `[text]` and `[text][]` use the text as the label: translating it
    // would break the reference.
    case 'linkReference':
      return node.referenceType === 'full'
    default:
      return false
  }
}

function toText(node: PhrasingContent): string {
  if ('value' in node) return node.value
  if ('children' in node) return node.children.map((child) => toText(child)).join('')
  return ''
}

/** The source range of a node; every node from the parser has one. */
export function rangeOf(node: Node): Range {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) throw new Error('Cannot find node in source')
  return {start, end}
}
