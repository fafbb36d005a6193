/**
 * DeepL's own glossary files: two columns, source then target, no header.
 * CSV quotes as RFC 4180 (Excel may write `;` for `,`) and may add
 * `source_lang,target_lang` columns; TSV
 * has no quoting at all, so a cell is whatever lies between the tabs.
 */
import {checkTerm} from './check-term.js'
import {detectDelimiter} from './detect-delimiter.js'
import {formatRecord, splitRecord} from './delimited.js'
import type {GlossaryEntry, GlossaryProblem} from './glossary-entry.js'
import {splitBom} from '../split-bom.js'

/**
 * Write the glossary as DeepL entries: one line per entry and one per
 * explicit form. Notes, forbidden renderings and the do-not-translate mark
 * have no place in the format and are left out; a source already written
 * (a form repeating a term) is written once, as DeepL refuses duplicates.
 */
export function formatDeepL(entries: readonly GlossaryEntry[], format: 'tsv' | 'csv'): string {
  const written = new Set<string>()
  let text = ''

  for (const entry of entries) {
    const pairs = [
      [entry.italian, entry.english],
      ...entry.forms.map((form) => [form.italian, form.english ?? entry.english])
    ] as const
    for (const [source, target] of pairs) {
      if (written.has(source)) continue
      written.add(source)
      text += (format === 'tsv' ? source + '\t' + target : formatRecord([source, target], ',')) + '\n'
    }
  }

  return text
}

/**
 * Read DeepL entries, reporting with its line everything DeepL would refuse:
 * wrong columns or languages, empty sides, control characters, terms over
 * 1024 bytes, the same source twice.
 */
export function parseDeepL(
  text: string,
  format: 'tsv' | 'csv'
): {entries: GlossaryEntry[]; problems: GlossaryProblem[]} {
  const entries: GlossaryEntry[] = []
  const problems: GlossaryProblem[] = []
  const first = new Map<string, number>()
  // Excel writes `;` where the decimal separator is a comma, as in Italy.
  const delimiter = format === 'tsv' ? '\t' : detectDelimiter(text)

  for (const [index, raw] of splitBom(text).text.split(/\r?\n/).entries()) {
    const line = index + 1
    if (raw.trim() === '') continue
    // A header a spreadsheet adds (`it,en`, `source,target`) is no entry.
    if (entries.length === 0 && problems.length === 0 && isHeader(raw)) continue
    const read = readLine(raw, delimiter)
    if ('ruleId' in read) {
      problems.push({line, ...read})
      continue
    }

    const previous = first.get(read.source)
    if (previous !== undefined) {
      problems.push({line, ruleId: 'glossary-duplicate', values: {term: read.source, first: previous}})
      continue
    }

    first.set(read.source, line)
    entries.push({
      italian: read.source,
      english: read.target,
      note: '',
      forms: [],
      forbidden: [],
      dnt: false,
      line
    })
  }

  return {entries, problems}
}

function isHeader(raw: string): boolean {
  const names = raw
    .toLowerCase()
    .split(/[\t,;]/)
    .map((cell) => cell.trim().replace(/^"|"$/g, ''))
  return (
    (names[0] === 'it' && names[1] === 'en') ||
    (names[0] === 'source' && names[1] === 'target') ||
    (names[0] === 'source_entry' && names[1] === 'target_entry')
  )
}

function readLine(
  raw: string,
  delimiter: string
): {source: string; target: string} | Omit<GlossaryProblem, 'line'> {
  let cells: string[]
  if (delimiter === '\t') {
    cells = raw.split('\t')
    if (cells.length === 1) return {ruleId: 'glossary-empty', values: {}}
    if (cells.length !== 2) return {ruleId: 'glossary-columns', values: {actual: cells.length, expected: 2}}
  } else {
    const split = splitRecord(raw, delimiter)
    if (split.unclosed !== undefined) return {ruleId: 'glossary-quote', values: {column: split.unclosed}}
    cells = split.cells
    if (cells.length === 1) return {ruleId: 'glossary-empty', values: {}}
    // Three cells are most often a term with an unquoted comma, so two is what to aim for.
    if (cells.length !== 2 && cells.length !== 4) {
      return {ruleId: 'glossary-columns', values: {actual: cells.length, expected: cells.length > 4 ? 4 : 2}}
    }
  }

  const [source = '', target = '', sourceLanguage, targetLanguage] = cells.map((cell) => cell.trim())
  if (
    sourceLanguage !== undefined &&
    (sourceLanguage.toLowerCase() !== 'it' || targetLanguage?.toLowerCase() !== 'en')
  ) {
    return {
      ruleId: 'glossary-languages',
      values: {actual: `${sourceLanguage},${targetLanguage}`, expected: 'it,en'}
    }
  }

  if (source === '' || target === '') return {ruleId: 'glossary-empty', values: {}}
  const problem = checkTerm(source) ?? checkTerm(target)
  if (problem) return problem

  return {source, target}
}
