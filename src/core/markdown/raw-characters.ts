import {decodeNamedCharacterReference} from 'decode-named-character-reference'

/** A character of a text node's value (or the characters one reference stands for), as the source wrote it. */
export interface RawCharacter {
  value: string
  raw: string
  /** The characters on either side (the source's around the node at its edges): what a plain character's meaning depends on. */
  before: string
  after: string
}

const reference = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/y

/**
 * What the character reference at `at` in `source` stands for, with its
 * length, the way CommonMark reads it (an invalid code point is U+FFFD).
 */
export function readReference(source: string, at: number): {value: string; length: number} | undefined {
  if (source.charAt(at) !== '&') return undefined
  reference.lastIndex = at
  const match = reference.exec(source)
  if (!match) return undefined
  const [written, decimal, hexadecimal, name] = match
  if (name !== undefined) {
    const value = decodeNamedCharacterReference(name)
    return value === false ? undefined : {value, length: written.length}
  }

  const code = decimal === undefined ? Number.parseInt(hexadecimal!, 16) : Number(decimal)
  const valid = code !== 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
  return {value: valid ? String.fromCodePoint(code) : '\uFFFD', length: written.length}
}

/** Whether a character is ASCII punctuation: what a backslash escapes. */
export function isAsciiPunctuation(char: string): boolean {
  return asciiPunctuation.test(char)
}

const asciiPunctuation = /^[!-/:-@[-`{-~]$/

/** A backslash escape at `at`: `\` before ASCII punctuation. */
function escapeAt(source: string, at: number): boolean {
  return source.charAt(at) === '\\' && isAsciiPunctuation(source.charAt(at + 1))
}

/**
 * The end of the source that writes `value` from `at` on, escapes and
 * character references read as what they stand for; -1 when it does not.
 * This places the nodes remark-gfm's autolink literals make without a
 * position, when their text was escaped in the source.
 */
export function matchRaw(source: string, at: number, value: string, limit: number): number {
  let cursor = at
  let index = 0

  while (index < value.length) {
    if (cursor >= limit) return -1
    const char = value.charAt(index)
    const written = readReference(source, cursor)
    if (escapeAt(source, cursor) && source.charAt(cursor + 1) === char) {
      cursor += 2
      index++
    } else if (written && value.startsWith(written.value, index)) {
      cursor += written.length
      index += written.value.length
    } else if (source.charAt(cursor) === char) {
      cursor++
      index++
    } else {
      return -1
    }
  }

  return cursor
}

/**
 * The characters of a text node's value other than letters, digits and
 * white space, as the source wrote them (plain, a backslash escape, a
 * character reference), in order. A changed unit writes them the same way
 * where the translation keeps them, so a reviewer's diff shows words, not
 * new escapes.
 */
export function writtenCharacters(
  raw: string,
  value: string,
  around: {before: string; after: string} = {before: '', after: ''}
): RawCharacter[] {
  const found: RawCharacter[] = []
  const entry = (at: number, length: number, written: string): RawCharacter => ({
    value: value.slice(at, at + length),
    raw: written,
    // At the value's edges, the source's characters around the node (a delimiter, a bracket).
    before: at === 0 ? around.before : value.charAt(at - 1),
    after: at + length === value.length ? around.after : value.charAt(at + length)
  })

  // Most text is written as it reads: only the characters an escape could be wanted for.
  if (raw === value) {
    for (const match of value.matchAll(markupCharacters)) found.push(entry(match.index, 1, match[0]))
    return found
  }

  let cursor = 0
  let index = 0

  while (index < value.length && cursor < raw.length) {
    const char = value.charAt(index)
    const written = raw.charAt(cursor) === '&' ? readReference(raw, cursor) : undefined
    if (escapeAt(raw, cursor) && raw.charAt(cursor + 1) === char) {
      found.push(entry(index, 1, raw.slice(cursor, cursor + 2)))
      cursor += 2
      index++
    } else if (written && value.startsWith(written.value, index)) {
      found.push(entry(index, written.value.length, raw.slice(cursor, cursor + written.length)))
      cursor += written.length
      index += written.value.length
    } else if (char === '\n' && raw.charAt(cursor) === '\n') {
      // White space before a line ending is not in the value; written back with it, the line keeps it.
      let start = cursor
      if (raw.charAt(start - 1) === '\r') start--
      let from = start
      while (from > 0 && (raw.charAt(from - 1) === ' ' || raw.charAt(from - 1) === '\t')) from--
      if (from < start) found.push(entry(index, 1, raw.slice(from, start) + char))
      cursor++
      index++
    } else if (raw.charAt(cursor) === char) {
      // Every plain sign of a node that escapes some, so that each escape is matched to its own character.
      if (!/[\p{L}\p{N}\s]/u.test(char)) found.push(entry(index, 1, char))
      cursor++
      index++
    }
    // Container prefixes, and white space the value does not keep at line edges.
    else cursor++
  }

  return found
}

/** The characters that escaping may touch (`.` and `)` after a digit: `1.` starts a list): the only plain ones worth matching back. */
const markupCharacters = /[\\`*[\]~|_<&$#>=+!-]|(?<=\d)[.)]/g
