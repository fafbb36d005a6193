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

/** A backslash escape at `at`: `\` before ASCII punctuation. */
function escapeAt(source: string, at: number): boolean {
  return source.charAt(at) === '\\' && /[!-/:-@[-`{-~]/.test(source.charAt(at + 1))
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
  let cursor = 0
  let index = 0
  const add = (length: number, rawLength: number) => {
    const character = value.slice(index, index + length)
    if (!/^[\p{L}\p{N}\s]/u.test(character) || rawLength > length) {
      found.push({
        value: character,
        raw: raw.slice(cursor, cursor + rawLength),
        // At the value's edges, the source's characters around the node (a delimiter, a bracket).
        before: index === 0 ? around.before : value.charAt(index - 1),
        after: index + length === value.length ? around.after : value.charAt(index + length)
      })
    }

    cursor += rawLength
    index += length
  }

  while (index < value.length && cursor < raw.length) {
    const char = value.charAt(index)
    const written = readReference(raw, cursor)
    if (escapeAt(raw, cursor) && raw.charAt(cursor + 1) === char) add(1, 2)
    else if (written && value.startsWith(written.value, index)) add(written.value.length, written.length)
    else if (char === '\n' && raw.charAt(cursor) === '\n') {
      // White space before a line ending is not in the value; written back with it, the line keeps it.
      const trailing = /[ \t]+\r?$/.exec(raw.slice(0, cursor))?.[0].replace('\r', '') ?? ''
      if (trailing) {
        found.push({
          value: char,
          raw: trailing + char,
          before: value.charAt(index - 1),
          after: value.charAt(index + 1)
        })
      }

      cursor++
      index++
    } else if (raw.charAt(cursor) === char) add(1, 1)
    // Container prefixes, and white space the value does not keep at line edges.
    else cursor++
  }

  return found
}
