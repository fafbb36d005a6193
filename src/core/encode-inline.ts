import type {PhrasingContent} from 'mdast'
import {nodeText} from './node-text.js'
import {heldMarkup, type PlainPiece, type PlainText} from './plain-text.js'
import {rangeOf, type Range} from './positions.js'
import {escapeXml} from './xml.js'

/**
 * Markup held aside while a unit is translated.
 * A `pair` wraps translatable words (emphasis, strong, delete, link text);
 * its `open` and `close` source bytes come back around the translated words.
 * A `hold` is never translated (code, HTML, URLs, breaks, footnote
 * references, images): its bytes come back as they were.
 */
export type Tag =
  | {kind: 'pair'; open: Range; close: Range; spaceBefore: boolean; spaceAfter: boolean}
  | {kind: 'hold'; range: Range; spaceBefore: boolean; spaceAfter: boolean; lineBreak?: true}

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
  /** The words without markup, where glossary terms are looked for. */
  plain: PlainText
}

/**
 * Spans of text nodes to keep from the engine (do-not-translate terms), by
 * the text node's index in `plain.pieces`: value offsets and source range.
 * Each is sent as `<x id>term</x>`, which DeepL leaves alone (`ignore_tags`)
 * while still reading the term in its sentence, and comes back as the
 * source bytes.
 */
export type Protected = ReadonlyMap<number, ReadonlyArray<{from: number; to: number; range: Range}>>

/** Encode plain text (image alt, front-matter values). */
export function encodePlain(value: string): Encoding {
  return {
    text: escapeXml(value),
    tags: new Map(),
    characters: [...value].length,
    hasLetters: /\p{L}/u.test(value),
    plain: {text: value, pieces: []}
  }
}

/** Encode the phrasing content of a unit as XML for a tag-aware engine. */
export function encodeInline(
  nodes: readonly PhrasingContent[],
  source: string,
  protect: Protected = new Map()
): Encoding {
  const tags = new Map<string, Tag>()
  const marks: Array<{tag: Tag; before: number; after: number}> = []
  const pieces: PlainPiece[] = []
  let text = ''
  let plain = ''
  let characters = 0

  const visit = (node: PhrasingContent): void => {
    if (node.type === 'text') {
      // Line endings inside a unit reach the engine as `\n` alone.
      const value = node.value.replace(/\r\n?/g, '\n')
      const range = rangeOf(node)
      let done = 0

      for (const span of protect.get(pieces.length) ?? []) {
        text += escapeXml(value.slice(done, span.from))
        const tag: Tag = {kind: 'hold', range: span.range, spaceBefore: false, spaceAfter: false}
        const id = String(tags.size + 1)
        tags.set(id, tag)
        const before = text.length
        text += '<x id="' + id + '">' + escapeXml(value.slice(span.from, span.to)) + '</x>'
        marks.push({tag, before, after: text.length})
        done = span.to
      }

      text += escapeXml(value.slice(done))
      pieces.push({
        at: plain.length,
        length: value.length,
        start: range.start,
        end: range.end,
        verbatim: range.end - range.start === value.length && source.startsWith(value, range.start)
      })
      plain += value
      characters += [...value].length
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

    const tag: Tag = {
      kind: 'hold',
      range,
      spaceBefore: false,
      spaceAfter: false,
      ...(node.type === 'break' ? {lineBreak: true as const} : {})
    }
    tags.set(id, tag)
    const before = text.length
    text += '<x id="' + id + '"/>'
    marks.push({tag, before, after: text.length})
    // A hard break still separates words; other held markup stands for something.
    plain += tag.lineBreak ? '\n' : heldMarkup
  }

  for (const node of nodes) visit(node)

  for (const {tag, before, after} of marks) {
    tag.spaceBefore = /\s/.test(text.charAt(before - 1))
    tag.spaceAfter = /\s/.test(text.charAt(after))
  }

  return {
    text,
    tags,
    characters,
    hasLetters: /\p{L}/u.test(plain.replaceAll(heldMarkup, '')),
    plain: {text: plain, pieces}
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
      return source.charAt(rangeOf(node).start) === '[' && node.url !== nodeText(node)
    // `[text]` and `[text][]` use the text as the label: translating it
    // would break the reference.
    case 'linkReference':
      return node.referenceType === 'full'
    default:
      return false
  }
}
