/**
 * A unit's words with the markup taken out, for finding terms: emphasis
 * and link syntax vanish, held markup (code, HTML, URLs, images) becomes
 * U+FFFC so no term is found in or across it.
 */
export interface PlainText {
  text: string
  /** Where each text node's value sits in `text` and in the source. */
  pieces: PlainPiece[]
}

export interface PlainPiece {
  /** Offset of the value in `text`, and its length. */
  at: number
  length: number
  /** The text node's range in the source (escapes and container prefixes included). */
  start: number
  end: number
  /** Whether the source range holds the value as it is (no escapes, references or prefixes). */
  verbatim: boolean
}

/** What stands for held markup in plain text. */
export const heldMarkup = '\uFFFC'

/**
 * The source offset of an offset in plain text. A text node's value differs
 * from its source where it has escapes, character references or container
 * prefixes on later lines; the value is walked along the source, skipping
 * what is not in it. Without pieces (front matter, alt text) the unit's start
 * stands in. `exact` says whether the character was found as written.
 * For the end of a span, ask for its last character and add one.
 */
export function plainOffset(
  plain: PlainText,
  index: number,
  source: string,
  fallback: number
): {offset: number; exact: boolean} {
  const piece = plain.pieces[pieceAt(plain, index)]
  if (!piece) return {offset: fallback, exact: false}
  if (piece.verbatim) return {offset: piece.start + index - piece.at, exact: true}
  const value = plain.text.slice(piece.at, piece.at + piece.length)
  let cursor = piece.start

  for (let position = 0; position <= index - piece.at; position++) {
    const char = value.charAt(position)
    let found = -1
    let next = cursor

    // Skip what the value does not have (escapes, container prefixes); a
    // character reference stands for one character of the value.
    for (let at = cursor; at < piece.end; at++) {
      if (source.charAt(at) === char) {
        found = at
        next = at + 1
        break
      }

      reference.lastIndex = at
      const written = char !== '&' && reference.exec(source)
      if (written) {
        found = at
        next = at + written[0].length
        break
      }
    }

    if (found === -1) return {offset: cursor, exact: false}
    if (position === index - piece.at) return {offset: found, exact: source.charAt(found) === char}
    cursor = next
  }

  return {offset: cursor, exact: false}
}

const reference = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/iy

/** The index of the piece holding a plain-text offset, or -1 (held markup, or no pieces). */
export function pieceAt(plain: PlainText, index: number): number {
  let low = 0
  let high = plain.pieces.length - 1

  while (low <= high) {
    const middle = (low + high) >> 1
    const piece = plain.pieces[middle]!
    if (index < piece.at) high = middle - 1
    else if (index >= piece.at + piece.length) low = middle + 1
    else return middle
  }

  return -1
}
