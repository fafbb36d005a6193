import type {PhrasingContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {rangeOf, writtenCharacters, type Range, type RawCharacter} from '../markdown/index.js'
import {heldMarkup, type PlainPiece, type PlainText} from './plain-text.js'
import {escapeXml} from './xml.js'

/**
 * Markup held aside while a unit is translated.
 * A `pair` wraps translatable words (emphasis, strong, delete, link text);
 * its `open` and `close` source bytes come back around the translated words.
 * A `pair` of a `[text]` or `[text][]` reference also has its `label`: the
 * text is the label there, so a translated text is written `[text][label]`
 * with the source's label bytes and still resolves (`closeMarkup`).
 * A `hold` is never translated (code, HTML, URLs, breaks, footnote
 * references, images): its bytes come back as they were.
 */
export type Tag =
  | {
      kind: 'pair'
      open: Range
      close: Range
      label?: Range
      spaceBefore: boolean
      spaceAfter: boolean
      /** The source's characters around the markers (before and after each), which decide what its delimiter runs do. */
      edges: Edges
    }
  | {kind: 'hold'; range: Range; spaceBefore: boolean; spaceAfter: boolean; lineBreak?: true}

/** The source's characters around a pair's markers: before the opening, first inside, last inside, after the closing. */
export interface Edges {
  before: string
  first: string
  last: string
  after: string
}

/** A unit as the engine sees it. */
export interface Encoding {
  /** XML sent to the engine. */
  text: string
  /**
   * The XML without names held aside: what the unit's id is made from, so
   * that editing the glossary changes no id.
   */
  key: string
  /** Tags by id. */
  tags: Map<string, Tag>
  /** What DeepL bills: code points of the text, tags excluded. */
  characters: number
  /** Whether the text has a letter: without one it is not worth translating (a cheap first test). */
  hasLetters: boolean
  /** The words without markup, where glossary terms are looked for. */
  plain: PlainText
  /**
   * The source's characters other than letters, digits and white space,
   * as written (plain, escaped, as references), in order: a translation
   * that keeps one gets it back as it was written.
   */
  written: RawCharacter[]
  /** The source's characters just before and after the unit, which the translation keeps around it. */
  around: {before: string; after: string}
}

/**
 * A unit's inline content, walked once: its words (where terms are found
 * before anything is encoded) and the pieces its XML is written from.
 */
export interface Inline {
  pieces: InlinePiece[]
  plain: PlainText
  written: RawCharacter[]
  around: {before: string; after: string}
  characters: number
  hasLetters: boolean
}

type InlinePiece =
  | {type: 'text'; value: string}
  | {type: 'open'; open: Range; close: Range; label?: Range; edges: Edges}
  | {type: 'close'}
  | {type: 'hold'; range: Range; lineBreak: boolean}

/**
 * Spans of text nodes to keep from the engine (do-not-translate terms), by
 * the text node's index in `plain.pieces`: value offsets and source range.
 * Each is sent as `<x id>term</x>`, which DeepL leaves alone (`ignore_tags`)
 * while still reading the term in its sentence, and comes back as the
 * source bytes.
 */
export type Protected = ReadonlyMap<number, ReadonlyArray<{from: number; to: number; range: Range}>>

/** Walk the phrasing content of a unit once: its words and the pieces of its XML. */
export function walkInline(nodes: readonly PhrasingContent[], source: string): Inline {
  const pieces: InlinePiece[] = []
  const plainPieces: PlainPiece[] = []
  const written: RawCharacter[] = []
  let plain = ''
  let characters = 0

  const visit = (node: PhrasingContent): void => {
    if (node.type === 'text') {
      // Line endings inside a unit reach the engine as `\n` alone.
      const value = node.value.replace(/\r\n?/g, '\n')
      const range = rangeOf(node)
      pieces.push({type: 'text', value})
      const verbatim = range.end - range.start === value.length && source.startsWith(value, range.start)
      plainPieces.push({at: plain.length, length: value.length, start: range.start, end: range.end, verbatim})
      written.push(
        ...writtenCharacters(source.slice(range.start, range.end), value, {
          before: source.charAt(range.start - 1),
          after: source.charAt(range.end)
        })
      )
      plain += value
      characters += [...value].length
      return
    }

    const range = rangeOf(node)

    if (isTranslatableWrapper(node, source) && 'children' in node && node.children.length > 0) {
      const children = node.children as PhrasingContent[]
      const first = rangeOf(children[0]!)
      const last = rangeOf(children[children.length - 1]!)
      pieces.push({
        type: 'open',
        open: {start: range.start, end: first.start},
        close: {start: last.end, end: range.end},
        edges: {
          before: source.charAt(range.start - 1),
          first: source.charAt(first.start),
          last: source.charAt(last.end - 1),
          after: source.charAt(range.end)
        },
        ...(isLabelled(node) ? {label: {start: first.start, end: last.end}} : {})
      })
      for (const child of children) visit(child)
      pieces.push({type: 'close'})
      return
    }

    const lineBreak = node.type === 'break'
    pieces.push({type: 'hold', range, lineBreak})
    // A hard break still separates words; other held markup stands for something.
    plain += lineBreak ? '\n' : heldMarkup
  }

  for (const node of nodes) visit(node)

  return {
    pieces,
    plain: {text: plain, pieces: plainPieces},
    written,
    around: {
      before: nodes.length > 0 ? source.charAt(rangeOf(nodes[0]!).start - 1) : '',
      after: nodes.length > 0 ? source.charAt(rangeOf(nodes[nodes.length - 1]!).end) : ''
    },
    characters,
    hasLetters: /\p{L}/u.test(plain.replaceAll(heldMarkup, ''))
  }
}

/**
 * Write a walked unit as XML for a tag-aware engine, with the `protect`ed
 * spans held aside; the `key` is written in the same pass without them
 * (when nothing is held aside it is the text itself, not a copy).
 */
export function encodeInline(inline: Inline, protect: Protected = new Map()): Encoding {
  const tags = new Map<string, Tag>()
  const marks: Array<{tag: Tag; before: number; after: number}> = []
  const open: Array<{tag: Tag; before: number}> = []
  let text = ''
  const keyed = protect.size > 0
  let key = ''
  let keyIds = 0
  let textNode = 0

  const add = (tag: Tag): string => {
    const id = String(tags.size + 1)
    tags.set(id, tag)
    return id
  }

  for (const piece of inline.pieces) {
    switch (piece.type) {
      case 'text': {
        const value = piece.value
        let done = 0

        for (const span of protect.get(textNode) ?? []) {
          text += escapeXml(value.slice(done, span.from))
          const tag: Tag = {kind: 'hold', range: span.range, spaceBefore: false, spaceAfter: false}
          const before = text.length
          text += '<x id="' + add(tag) + '">' + escapeXml(value.slice(span.from, span.to)) + '</x>'
          marks.push({tag, before, after: text.length})
          done = span.to
        }

        text += escapeXml(value.slice(done))
        if (keyed) key += escapeXml(value)
        textNode++
        break
      }

      case 'open': {
        const tag: Tag = {
          kind: 'pair',
          open: piece.open,
          close: piece.close,
          ...(piece.label ? {label: piece.label} : {}),
          spaceBefore: false,
          spaceAfter: false,
          edges: piece.edges
        }
        open.push({tag, before: text.length})
        const id = add(tag)
        text += '<g id="' + id + '">'
        if (keyed) key += '<g id="' + ++keyIds + '">'
        break
      }

      case 'close': {
        const {tag, before} = open.pop()!
        text += '</g>'
        if (keyed) key += '</g>'
        marks.push({tag, before, after: text.length})
        break
      }

      case 'hold': {
        const tag: Tag = {
          kind: 'hold',
          range: piece.range,
          spaceBefore: false,
          spaceAfter: false,
          ...(piece.lineBreak ? {lineBreak: true as const} : {})
        }
        const before = text.length
        text += '<x id="' + add(tag) + '"/>'
        if (keyed) key += '<x id="' + ++keyIds + '"/>'
        marks.push({tag, before, after: text.length})
      }
    }
  }

  for (const {tag, before, after} of marks) {
    tag.spaceBefore = /\s/.test(text.charAt(before - 1))
    tag.spaceAfter = /\s/.test(text.charAt(after))
  }

  return {
    text,
    key: keyed ? key : text,
    tags,
    characters: inline.characters,
    hasLetters: inline.hasLetters,
    plain: inline.plain,
    written: inline.written,
    around: inline.around
  }
}

/**
 * Encode plain text (image alt, front-matter values); `pieces` say where its
 * characters stand in the source, when that is known.
 */
export function encodePlain(value: string, pieces: PlainPiece[] = []): Encoding {
  const text = escapeXml(value)
  return {
    text,
    key: text,
    tags: new Map(),
    characters: [...value].length,
    hasLetters: /\p{L}/u.test(value),
    plain: {text: value, pieces},
    written: [],
    around: {before: '', after: ''}
  }
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
      return (
        source.charAt(rangeOf(node).start) === '[' && node.url !== toString(node, {includeImageAlt: false})
      )
    // `[text]` and `[text][]` too: the text is their label, which comes back
    // after a translated text (`label`).
    case 'linkReference':
      return true
    default:
      return false
  }
}

/** A reference whose text is its label: `[text]` or `[text][]`. */
function isLabelled(node: PhrasingContent): boolean {
  return node.type === 'linkReference' && node.referenceType !== 'full'
}
