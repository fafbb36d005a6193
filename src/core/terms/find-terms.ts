import {pieceAt, plainOffset, type PlainText, type Protected} from '../inline/index.js'
import {matchTerms, type TermMatch, type TermMatcher} from './term-matcher.js'

/** A term found in a unit, placed in the Italian source. */
export interface UnitTerm extends TermMatch {
  /** Source offsets of the term as written. */
  start: number
  end: number
  /** Whether the term was sent held aside (do-not-translate) and so came back as written. */
  protected: boolean
}

/**
 * Find the glossary's terms in a unit's plain text and place them in the
 * source. Do-not-translate terms that sit whole in one text node, exactly
 * as in the source, are also returned as spans to protect from the engine.
 */
export function findTerms(
  plain: PlainText,
  matcher: TermMatcher,
  source: string,
  unitStart: number,
  /** Whether the caller can hold terms aside (inline units, not alt text or front matter). */
  canProtect: boolean
): {terms: UnitTerm[]; protect: Protected} {
  // Alt text and plain front-matter values are written as they read: place them exactly.
  if (plain.pieces.length === 0 && source.startsWith(plain.text, unitStart)) {
    const length = plain.text.length
    plain = {...plain, pieces: [{at: 0, length, start: unitStart, end: unitStart + length, verbatim: true}]}
  }

  const protect = new Map<number, Array<{from: number; to: number; range: {start: number; end: number}}>>()
  const terms = matchTerms(matcher, plain.text).map((match): UnitTerm => {
    const first = plainOffset(plain, match.from, source, unitStart)
    const last = plainOffset(plain, match.to - 1, source, unitStart)
    const start = first.offset
    const end = last.exact ? last.offset + 1 : start
    // Held aside only when the whole term sits in one text node.
    const piece = pieceAt(plain, match.from)
    const holdable =
      canProtect &&
      matcher.glossary.entries[match.entry]?.dnt === true &&
      piece !== -1 &&
      piece === pieceAt(plain, match.to - 1) &&
      first.exact &&
      last.exact &&
      source.slice(start, end) === match.surface

    if (holdable) {
      const at = plain.pieces[piece]!.at
      const spans = protect.get(piece) ?? []
      spans.push({from: match.from - at, to: match.to - at, range: {start, end}})
      protect.set(piece, spans)
    }

    return {...match, start, end, protected: holdable}
  })

  return {terms, protect}
}
