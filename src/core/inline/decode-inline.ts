import {classifyCharacter} from 'micromark-util-classify-character'
import type {Range} from '../markdown/index.js'
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
  const markdown = writeMarkdown(tokens, encoding.tags, render, options).replace(/^[ \t\n]+|[ \t\n]+$/g, '')
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
  tags: ReadonlyMap<string, Tag>,
  render: (range: Range) => string,
  options: DecodeOptions
): string {
  const stack: Open[] = []
  let out = ''
  let pendingSpace = false
  // Whether the last thing written was a closing delimiter run that a
  // following letter would stop from closing.
  let closedTight = false

  for (const token of tokens) {
    if (token.type === 'text') {
      let value = pendingSpace && /^[\p{L}\p{N}]/u.test(token.value) ? ' ' + token.value : token.value
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

      const text = options.plain
        ? value
        : escapeMarkdown(value, {
            atLineStart: out === '' || out.endsWith('\n'),
            inTable: options.inTable,
            before: out.slice(-1)
          })
      out += closedTight ? referenceFirstLetter(text) : text
      pendingSpace = false
      closedTight = false
    } else if (token.type === 'close') {
      const open = stack.pop()!
      const trail = /[ \t\n]+$/.exec(out.slice(open.contentStart))?.[0] ?? ''
      out = referenceEdgeSpace(out.slice(0, out.length - trail.length), open.contentStart)
      const last = out.charAt(out.length - 1)
      out = referenceBeforeOpening(out, open)
      const close = closeMarkup(open.tag, out.slice(open.contentStart), render)
      out += close + trail
      pendingSpace = open.tag.spaceAfter && trail === ''
      closedTight = trail === '' && isDelimiterRun(close) && (close.startsWith('_') || isPunctuation(last))
    } else {
      const tag = tags.get(token.id)!
      if (tag.spaceBefore && /[\p{L}\p{N}]$/u.test(out)) out += ' '
      pendingSpace = false
      closedTight = false

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
  return out.slice(0, open.openStart - 1) + reference(before) + out.slice(open.openStart)
}

/** A letter right after a closing run that it would stop from closing. */
function referenceFirstLetter(text: string): string {
  const code = text.codePointAt(0)
  if (code === undefined || !/^[\p{L}\p{N}]/u.test(text)) return text
  return reference(String.fromCodePoint(code)) + text.slice(code > 0xffff ? 2 : 1)
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
