import {nextState, type Automaton} from './build-automaton.js'
import {endsWord, startsWord, type NormalizedText} from '../language/index.js'

/** Where a key of the automaton occurs, in units of the normalised text. */
export interface KeySpan {
  /** Index of the key in the list the automaton was built from. */
  key: number
  start: number
  end: number
}

/**
 * Find the automaton's keys in a normalised text: whole words only,
 * leftmost-longest and non-overlapping, in one pass over the text.
 */
export function scanWords(automaton: Automaton, text: NormalizedText): KeySpan[] {
  const {output, outputLink, keyLength, longest} = automaton
  const {codes, length} = text
  const spans: KeySpan[] = []
  const pending: KeySpan[] = []
  let lastEnd = 0

  // A candidate is settled once no longer one can still start at or before it.
  const settle = (limit: number) => {
    while (pending.length > 0 && pending[0]!.start <= limit) {
      const candidate = pending.shift()!
      if (candidate.start < lastEnd) continue
      lastEnd = candidate.end
      spans.push(candidate)
    }
  }

  let state = 0
  for (let index = 0; index < length; index++) {
    state = nextState(automaton, state, codes[index]!)
    let found = output[state]! >= 0 ? state : outputLink[state]!
    if (found >= 0 && endsWord(codes, index + 1, length)) {
      for (; found >= 0; found = outputLink[found]!) {
        const key = output[found]!
        const start = index + 1 - keyLength[key]!
        if (start >= lastEnd && startsWord(codes, start)) insert(pending, {key, start, end: index + 1})
      }
    }
    if (pending.length > 0) settle(index + 1 - longest)
  }
  settle(length)
  return spans
}

/** Keep `pending` sorted by start, one (the longest) candidate per start. */
function insert(pending: KeySpan[], candidate: KeySpan): void {
  let at = pending.length
  while (at > 0 && pending[at - 1]!.start > candidate.start) at--
  // Candidates arrive by increasing end, so a later one at the same start is longer.
  if (at > 0 && pending[at - 1]!.start === candidate.start) pending[at - 1] = candidate
  else pending.splice(at, 0, candidate)
}
