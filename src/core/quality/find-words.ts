const letter = /\p{L}/u

/** Whether the character at `index` is a letter of any script (`''` past either end is not). */
export function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (Number.isNaN(code)) return false
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122
  return letter.test(text.charAt(index))
}

/**
 * A pattern for any of `words` standing alone, in any case. It looks around
 * for ASCII letters only and has no `u` flag: on long prose the Unicode
 * lookarounds cost five times as much. `findWords` checks the rest.
 */
export function wordsPattern(words: Iterable<string>): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).join('|')
  return new RegExp('(?<![a-z])(?:' + alternatives + ')(?![a-z])', 'gi')
}

/** The whole words a `wordsPattern` finds in `text`: none glued to a letter such as `à` or `é`. */
export function* findWords(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    if (!isLetter(text, match.index - 1) && !isLetter(text, match.index + match[0].length)) yield match
  }
}
