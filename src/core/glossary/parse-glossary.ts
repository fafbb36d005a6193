import {splitRecord} from './delimited.js'
import type {GlossaryEntry, GlossaryForm, GlossaryProblem} from './glossary-entry.js'
import {checkTerm, hasControl} from './check-term.js'
import {normalizeForm} from '../language/index.js'
import {splitBom} from '../split-bom.js'

/** The columns a glossary file may have, in the order glossa writes them. */
export const glossaryColumns = ['it', 'en', 'note', 'forms', 'forbid', 'dnt'] as const
export type GlossaryColumn = (typeof glossaryColumns)[number]

/** A parsed glossary file: its entries, what is wrong, and the header it uses. */
export interface ParsedGlossary {
  entries: GlossaryEntry[]
  problems: GlossaryProblem[]
  /** The columns of the header, in the file's order; `undefined` when there is none yet. */
  columns: GlossaryColumn[] | undefined
}

/**
 * Read a glossary file: tab-separated, a header line naming the columns
 * (`it` and `en` first; `note`, `forms`, `forbid`, `dnt` optional), one
 * entry per line; `#` comments and blank lines are allowed. Cells may be
 * quoted as spreadsheets do. Lists (`forms`, `forbid`) are separated by `|`;
 * a form may carry its own English as `form=english`.
 * Problems are reported per line, so nothing is used until the file is right.
 * The same columns as CSV (`delimiter` `,` or `;`) are glossa's `csv` format.
 */
export function parseGlossary(text: string, delimiter = '\t'): ParsedGlossary {
  const entries: GlossaryEntry[] = []
  const problems: GlossaryProblem[] = []
  const first = new Map<string, GlossaryEntry>()
  let columns: GlossaryColumn[] | undefined

  for (const [index, raw] of splitBom(text).text.split(/\r?\n/).entries()) {
    const line = index + 1
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue
    const record = splitRecord(raw, delimiter)

    if (record.unclosed !== undefined) {
      problems.push({line, ruleId: 'glossary-quote', values: {column: record.unclosed}})
      if (!columns) columns = [...glossaryColumns]
      continue
    }

    // Spaces typed (or pasted) where the tab should be: say so, not that a term is missing.
    if (delimiter === '\t' && record.cells.length === 1 && /\S\s+\S/.test(raw.trim())) {
      problems.push({line, ruleId: 'glossary-no-tab', values: {actual: raw.trim()}})
      if (!columns) columns = [...glossaryColumns]
      continue
    }

    if (!columns) {
      columns = readHeader(record.cells, line, problems, delimiter)
      continue
    }

    const entry = readEntry(record.cells, columns, line, problems)
    if (!entry) continue
    const key = normalizeForm(entry.italian)
    const earlier = first.get(key)

    if (earlier) {
      const same = earlier.english === entry.english
      problems.push({
        line,
        ruleId: same ? 'glossary-duplicate' : 'glossary-conflict',
        values: {term: entry.italian, first: earlier.line, english: earlier.english}
      })
      continue
    }

    first.set(key, entry)
    entries.push(entry)
  }

  return {entries, problems, columns}
}

function readHeader(
  cells: string[],
  line: number,
  problems: GlossaryProblem[],
  delimiter: string
): GlossaryColumn[] {
  const names = cells.map((cell) => cell.trim())
  // A spreadsheet pads the header with empty cells, as it pads short rows.
  while (names.length > 2 && names[names.length - 1] === '') names.pop()
  const known = names.every((name) => (glossaryColumns as readonly string[]).includes(name))
  const unique = new Set(names).size === names.length

  if (names[0] !== 'it' || names[1] !== 'en' || !known || !unique) {
    problems.push({
      line,
      ruleId: 'glossary-header',
      values: {actual: cells.join(delimiter), expected: glossaryColumns.join(delimiter)}
    })
    return [...glossaryColumns]
  }

  return names as GlossaryColumn[]
}

function readEntry(
  cells: string[],
  columns: readonly GlossaryColumn[],
  line: number,
  problems: GlossaryProblem[]
): GlossaryEntry | undefined {
  const report = (ruleId: string, values: GlossaryProblem['values'] = {}) => {
    problems.push({line, ruleId, values})
    return undefined
  }

  // A spreadsheet pads short rows with empty cells; only non-empty extras are wrong.
  if (cells.slice(columns.length).some((cell) => cell.trim() !== '')) {
    return report('glossary-columns', {actual: cells.length, expected: columns.length})
  }

  const cell = (name: GlossaryColumn) => (cells[columns.indexOf(name)] ?? '').trim()
  const dntCell = cell('dnt').toLowerCase()
  if (!['', 'yes', 'no'].includes(dntCell)) return report('glossary-dnt-value', {actual: cell('dnt')})
  const dnt = dntCell === 'yes'
  const italian = cell('it')
  const english = cell('en') || (dnt ? italian : '')
  if (italian === '' || english === '') return report('glossary-empty')
  if (dnt && english !== italian) return report('glossary-dnt-english', {term: italian, actual: english})

  const forms = list(cell('forms')).map((item): GlossaryForm => {
    const equals = item.indexOf('=')
    if (equals === -1) return {italian: item}
    return {italian: item.slice(0, equals).trim(), english: item.slice(equals + 1).trim()}
  })
  const forbidden = list(cell('forbid'))
  const terms = [italian, english, ...forms.flatMap((form) => [form.italian, form.english ?? english])]

  for (const term of [...terms, ...forbidden]) {
    if (term === '') return report('glossary-empty')
    const problem = checkTerm(term)
    if (problem) return report(problem.ruleId, problem.values)
  }

  const note = cell('note')
  if (hasControl(note)) return report('glossary-control', {term: note})

  if (forbidden.some((item) => normalizeForm(item) === normalizeForm(english))) {
    return report('glossary-forbid-own', {term: italian, english})
  }

  return {italian, english, note, forms, forbidden, dnt, line}
}

function list(cell: string): string[] {
  return cell === '' ? [] : cell.split('|').map((item) => item.trim())
}
