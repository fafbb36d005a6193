import {classifyCharacter} from 'micromark-util-classify-character'
import type {Range, RawCharacter} from '../markdown/index.js'
import {checkTags, type TagProblem} from './check-tags.js'
import {closeMarkup} from './close-markup.js'
import type {Encoding, Tag} from './encode-inline.js'
import {escapeMarkdown} from './markdown-escape.js'
import {plainTranslation} from './plain-translation.js'
import {tokenizeXml, type XmlToken} from './xml.js'

/**
 * A translation decoded: its Markdown and its words (markup out, for the
 * checks), or what was wrong with its tags.
 */
export type Decoded = {ok: true; markdown: string; words: string} | ({ok: false} & TagProblem)

export interface DecodeOptions {
  /** Escape `|` too: the unit is a table cell. */
  inTable: boolean
  /** No Markdown escaping (front-matter values). */
  plain: boolean
}

/**
 * Turn an engine's XML back into Markdown, reading it once. The tags must
 * hold (`checkTags`); otherwise the unit is flagged and keeps its Italian.
 * `render` gives the (prefix-free) Markdown of a held-aside source range.
 */
export function decodeInline(
  xml: string,
  encoding: Encoding,
  render: (range: Range) => string,
  options: DecodeOptions
): Decoded {
  const tokens = tokenizeXml(xml)
  if (!tokens) return {ok: false, actual: 'invalid XML', expected: 'the tags of the source'}
  const problem = checkTags(tokens, encoding.tags)
  if (problem) return {ok: false, ...problem}
  // Only ASCII white space is trimmed: a no-break space an author put there is content.
  const markdown = writeMarkdown(tokens, encoding, render, options).replace(/^[ \t\n]+|[ \t\n]+$/g, '')
  return {ok: true, markdown, words: plainTranslation(tokens, encoding.tags)}
}

interface Open {
  marker: string
  openStart: number
  contentStart: number
  tag: Extract<Tag, {kind: 'pair'}>
}

/**
 * Write checked tokens as Markdown, repairing what engines do to markup:
 * spaces eaten next to tags come back, spaces moved inside a wrapper go
 * outside it, and letters glued to a delimiter run are written as
 * references so the emphasis still holds.
 */
function writeMarkdown(
  tokens: readonly XmlToken[],
  {tags, written, around}: Pick<Encoding, 'tags' | 'written' | 'around'>,
  render: (range: Range) => string,
  options: DecodeOptions
): string {
  const stack: Open[] = []
  const kept = keptWriting(written)
  let out = ''
  let pendingSpace = false
  // Whether the last thing written was a closing delimiter run that a
  // following letter would stop from closing.
  let closedTight: {open: Open; last: string} | undefined

  for (const [index, token] of tokens.entries()) {
    if (token.type === 'text') {
      let value = pendingSpace && /^[\p{L}\p{N}]/u.test(token.value) ? ' ' + token.value : token.value
      const top = stack[stack.length - 1]
      const lead = /^[ \t\n]+/.exec(value)?.[0]

      // `* word*` is no emphasis: white space an engine put just inside a
      // delimiter run goes just outside it (once). Link text may hold it.
      if (top && lead && out.length === top.contentStart && isDelimiterRun(top.marker)) {
        value = value.slice(lead.length)
        const moved = /\s$/u.test(out.slice(0, top.openStart)) ? '' : lead
        out = out.slice(0, top.openStart) + moved + out.slice(top.openStart)
        top.openStart += moved.length
        top.contentStart += moved.length
      }

      // At the unit's edges, the source's own bytes stand on either side.
      const following =
        index === tokens.length - 1
          ? around.after
          : firstRendered(tokens[index + 1], tags, stack[stack.length - 1]?.tag, render)
      let text = ''
      for (const part of options.plain
        ? [value]
        : kept(value, out === '' ? around.before : out.slice(-1), following)) {
        if (typeof part === 'string') {
          text += options.plain
            ? part
            : escapeMarkdown(part, {
                atLineStart: text === '' ? out === '' || out.endsWith('\n') : text.endsWith('\n'),
                inTable: options.inTable,
                before: text === '' ? out.slice(-1) : text.slice(-1)
              })
        } else {
          // What the source wrote as an escape or a reference comes back as written; its white
          // space before a line ending replaces the translation's (two spaces would break the line).
          if (/^[ \t]/.test(part.raw)) text = text.replace(/[ \t]+$/, '')
          text += part.raw
        }
      }

      // A letter right after a closing run stops it from closing, unless the source had the same kinds there.
      const {edges} = closedTight?.open.tag ?? {}
      out +=
        closedTight && !sameKinds(closedTight.last, text.charAt(0), edges!.last, edges!.after)
          ? referenceFirstLetter(text)
          : text
      pendingSpace = false
      closedTight = undefined
    } else if (token.type === 'close') {
      const open = stack.pop()!
      const run = isDelimiterRun(open.marker)
      const trail = (run && /[ \t\n]+$/.exec(out.slice(open.contentStart))?.[0]) || ''
      out = out.slice(0, out.length - trail.length)
      if (run) out = referenceEdgeSpace(out, open.contentStart)
      const last = out.charAt(out.length - 1)
      out = referenceBeforeOpening(out, open)
      const close = closeMarkup(open.tag, out.slice(open.contentStart), render)
      out += close + trail
      pendingSpace = open.tag.spaceAfter && trail === ''
      closedTight =
        trail === '' && isDelimiterRun(close) && (close.startsWith('_') || isPunctuation(last))
          ? {open, last}
          : undefined
    } else {
      const tag = tags.get(token.id)!
      if (tag.spaceBefore && /[\p{L}\p{N}]$/u.test(out)) out += ' '
      pendingSpace = false
      closedTight = undefined

      if (tag.kind === 'pair') {
        const marker = render(tag.open)
        out = escapeBang(out, marker)
        const openStart = out.length
        out += marker
        stack.push({marker, openStart, contentStart: out.length, tag})
      } else {
        const held = render(tag.range)
        out = escapeBang(out, held) + held
        pendingSpace = tag.spaceAfter
      }
    }
  }

  return out
}

/**
 * A writer of translated text that gives back, in order, the characters the
 * source wrote (`\\*`, `&copy;`, `&#10;`, a plain `_`) where the translation
 * keeps them. An escape or a reference is always safe to keep; a plain
 * character only between the same kinds of characters as in the source,
 * where it means what it meant there. Everything else is escaped as needed.
 */
function keptWriting(
  written: readonly RawCharacter[]
): (value: string, before: string, after: string) => Array<string | RawCharacter> {
  // Where each character stands in `written`, for a lookup that does not walk the list for every letter.
  const places = new Map<string, number[]>()
  for (const [at, each] of written.entries()) {
    const key = each.value.charAt(0)
    const list = places.get(key)
    if (list) list.push(at)
    else places.set(key, [at])
  }

  let next = 0

  /** The source's writing of the character at `index`, if it is kept there. */
  const keptAt = (value: string, index: number, previous: string, after: string): number | undefined => {
    for (const place of places.get(value.charAt(index)) ?? none) {
      if (place < next) continue
      const each = written[place]!
      if (!value.startsWith(each.value, index)) continue
      // An escape or a reference is always safe to keep.
      if (each.raw !== each.value) return place
      const upcoming = value.charAt(index + each.value.length) || after
      // A plain backslash before white space may end up at a line's end, where it breaks the line.
      if (each.value === '\\' && /\s/.test(value.charAt(index + 1))) continue
      // What starts a line may start a block there (`*`, `#`, `>`): only where it started one in the source.
      if (lineEdge(previous) && !lineEdge(each.before)) continue
      if (kind(previous) === kind(each.before) && kind(upcoming) === kind(each.after)) return place
    }

    return undefined
  }

  return (value, before, after) => {
    const parts: Array<string | RawCharacter> = []
    let from = 0
    let index = 0

    while (index < value.length) {
      const code = value.charCodeAt(index)
      // Letters, digits and spaces of ASCII are never in `written` (a space only before a line ending).
      const at =
        (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 32
          ? undefined
          : keptAt(value, index, index === 0 ? before : value.charAt(index - 1), after)
      if (at === undefined) {
        index++
        continue
      }

      if (index > from) parts.push(value.slice(from, index))
      parts.push(written[at]!)
      index += written[at]!.value.length
      from = index
      next = at + 1
    }

    if (from < value.length) parts.push(value.slice(from))
    return parts
  }
}

const none: readonly number[] = []

/** The first character the next token will write: a marker, held markup, or '' for text and the end. */
function firstRendered(
  token: XmlToken | undefined,
  tags: ReadonlyMap<string, Tag>,
  open: Open['tag'] | undefined,
  render: (range: Range) => string
): string {
  if (!token || token.type === 'text') return ''
  if (token.type === 'close') return open ? render(open.close).charAt(0) : ''
  const tag = tags.get(token.id)
  if (!tag) return ''
  return render(tag.kind === 'hold' ? tag.range : tag.open).charAt(0)
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
function referenceBeforeOpening(out: string, open: Open): string {
  const before = out.charAt(open.openStart - 1)
  const first = out.charAt(open.contentStart)
  if (!isDelimiterRun(open.marker) || !/[\p{L}\p{N}]/u.test(before)) return out
  if (!open.marker.startsWith('_') && !isPunctuation(first)) return out
  // The same kinds of characters around the run as in the source: it opens there, so it opens here.
  if (sameKinds(before, first, open.tag.edges.before, open.tag.edges.first)) return out
  return out.slice(0, open.openStart - 1) + reference(before) + out.slice(open.openStart)
}

/** A letter right after a closing run that it would stop from closing. */
function referenceFirstLetter(text: string): string {
  const code = text.codePointAt(0)
  if (code === undefined || !/^[\p{L}\p{N}]/u.test(text)) return text
  return reference(String.fromCodePoint(code)) + text.slice(code > 0xffff ? 2 : 1)
}

/**
 * Whether a delimiter run stands between characters of the same kinds
 * (white space, punctuation, other) as in the source: whether it can open
 * or close depends on nothing else, so it does what it did there.
 */
function sameKinds(before: string, after: string, sourceBefore: string, sourceAfter: string): boolean {
  return kind(before) === kind(sourceBefore) && kind(after) === kind(sourceAfter)
}

function lineEdge(char: string): boolean {
  return char === '' || char === '\n' || char === '\r'
}

/** micromark's character group: 1 white space (a line edge too), 2 punctuation, 0 anything else. */
function kind(char: string): number {
  return char === '' ? 1 : (classifyCharacter(char.codePointAt(0)!) ?? 0)
}

function isDelimiterRun(marker: string): boolean {
  return /^(?:\*+|_+|~+)$/.test(marker)
}

/** CommonMark's Unicode punctuation, which decides whether a delimiter run can open or close. */
function isPunctuation(char: string): boolean {
  return char !== '' && classifyCharacter(char.codePointAt(0)!) === characterGroupPunctuation
}

// micromark-util-symbol's `constants.characterGroupPunctuation`; that
// package costs more to load than the number.
const characterGroupPunctuation = 2

/** A `!` the engine wrote right before a link would turn it into an image. */
function escapeBang(out: string, next: string): string {
  return next.startsWith('[') && /(?:^|[^\\])!$/.test(out) ? out.slice(0, -1) + '\\!' : out
}

function reference(char: string): string {
  return '&#x' + char.codePointAt(0)!.toString(16).toUpperCase() + ';'
}
