import type {PhrasingContent} from 'mdast'
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
