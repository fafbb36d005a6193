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
 * source: on the term as written, or on the whole unit where its bytes
 * are not the text (an escape in a quoted front-matter value). Do-not-translate
 * terms that sit whole in one text node, exactly as in the source, are
 * also returned as spans to protect from the engine.
 */
export function findTerms(
  plain: PlainText,
  matcher: TermMatcher,
  source: string,
  unit: {start: number; end: number},
  /** Whether the caller can hold terms aside (inline units, not alt text or front matter). */
  canProtect: boolean
): {terms: UnitTerm[]; protect: Protected} {
  // Alt text and plain front-matter values are written as they read: place them exactly.
  if (plain.pieces.length === 0 && source.startsWith(plain.text, unit.start)) {
    const length = plain.text.length
    plain = {...plain, pieces: [{at: 0, length, start: unit.start, end: unit.start + length, verbatim: true}]}
  }

  const protect = new Map<number, Array<{from: number; to: number; range: {start: number; end: number}}>>()
  const terms = matchTerms(matcher, plain.text).map((match): UnitTerm => {
    const first = plainOffset(plain, match.from, source, unit.start)
    const last = plainOffset(plain, match.to - 1, source, unit.start)
    const exact = first.exact && last.exact
    const start = exact ? first.offset : unit.start
    const end = exact ? last.offset + 1 : unit.end
    // Held aside only when the whole term sits in one text node.
    const piece = pieceAt(plain, match.from)
    const holdable =
      canProtect &&
      matcher.glossary.entries[match.entry]?.dnt === true &&
      piece !== -1 &&
      piece === pieceAt(plain, match.to - 1) &&
      exact &&
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
