/** One glossary entry: an Italian term and the English DeepL must use. */
export interface GlossaryEntry {
  italian: string
  english: string
  note: string
  /** 1-based line in the glossary file. */
  line: number
}

/** Something DeepL would refuse, or that makes the file unreadable, at a line. */
export interface GlossaryProblem {
  line: number
  code: string
  values: Record<string, string | number>
}

const maximumTermBytes = 1024
const header = ['it', 'en']

/**
 * Read the glossary file: tab-separated, a header line `it	en	note`, one
 * entry per line; `#` comments and blank lines are allowed. Every problem
 * DeepL would refuse (empty sides, duplicates, control characters, terms
 * over 1024 bytes) is reported with its line, so nothing is uploaded until
 * the file is right.
 */
export function parseGlossary(text: string): {entries: GlossaryEntry[]; problems: GlossaryProblem[]} {
  const entries: GlossaryEntry[] = []
  const problems: GlossaryProblem[] = []
  const first = new Map<string, number>()
  let seenHeader = false

  for (const [index, raw] of text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .entries()) {
    const line = index + 1
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue
    const cells = raw.split('\t')

    if (!seenHeader) {
      seenHeader = true
      if (cells[0] !== header[0] || cells[1] !== header[1]) {
        problems.push({line, code: 'glossary.header', values: {actual: raw, expected: 'it\ten\tnote'}})
      }

      continue
    }

    const [italian = '', english = '', note = '', ...rest] = cells
    const problem = check(italian.trim(), english.trim(), rest.length)
    if (problem) {
      problems.push({line, ...problem})
      continue
    }

    const previous = first.get(italian.trim())
    if (previous !== undefined) {
      problems.push({line, code: 'glossary.duplicate', values: {term: italian.trim(), first: previous}})
      continue
    }

    first.set(italian.trim(), line)
    entries.push({italian: italian.trim(), english: english.trim(), note: note.trim(), line})
  }

  return {entries, problems}
}

function check(
  italian: string,
  english: string,
  extraColumns: number
): Omit<GlossaryProblem, 'line'> | undefined {
  if (extraColumns > 0) return {code: 'glossary.columns', values: {actual: 3 + extraColumns, expected: 3}}
  if (italian === '' || english === '') return {code: 'glossary.empty', values: {}}

  for (const term of [italian, english]) {
    // DeepL refuses control characters and the Unicode line separators.
    if (/[\p{Cc}\u2028\u2029]/u.test(term)) return {code: 'glossary.control', values: {term}}
    const bytes = new TextEncoder().encode(term).length
    if (bytes > maximumTermBytes)
      return {code: 'glossary.too-long', values: {bytes, maximum: maximumTermBytes}}
  }

  return undefined
}
