import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {VFile} from 'vfile'
import {
  detectFormat,
  editGlossary,
  entryCell,
  formatEntry,
  GlossaError,
  glossaryColumns,
  lineCount,
  normalizeForm,
  parseExchange,
  readGlossary,
  reportGlossaryProblems,
  reportOnFile,
  type GlossaryColumn,
  type GlossaryEntry,
  type GlossaryProblem,
  UsageError
} from '../../core/index.js'
import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {GlossaryCommandOptions} from '../../cli/parse-cli-args.js'
import {printReport} from '../../cli/report.js'
import {decodeUtf8} from '../../fs/decode-utf8.js'
import type {LoadedGlossary} from '../../fs/load-glossary.js'
import type {Io} from '../../io.js'
import {refuseEdit} from './refuse-edit.js'
import {saveGlossary} from './save-glossary.js'

/** Problems that mean the whole file could not be read, not one of its entries. */
const unreadable = new Set(['glossary-tbx-invalid', 'glossary-tbx-root'])

/**
 * `glossa glossary import <file>`: merge another glossary into this one.
 * New terms are added at the end, known terms updated in place (from DeepL's
 * two-column files only their English), nothing is ever removed; rows that
 * cannot be read, or that would break the glossary, are skipped and shown.
 * A term's English is the house's word: another one is a conflict, left
 * as it is unless `--overwrite` says to replace it. Every change is listed.
 */
export async function importGlossary(
  glossary: LoadedGlossary,
  options: GlossaryCommandOptions,
  io: Io,
  t: Translate
): Promise<Outcome> {
  const path = options.args[0] ?? ''
  // Every row skipped is a message on the imported file, at its line.
  const file = new VFile({path})
  const text = decodeUtf8(await readImport(io.cwd, path), file)
  // Not UTF-8: its terms would come in with wrong letters, and match nothing.
  if (text === undefined) refuseEdit(glossary.path, file, io, t)
  const format = options.format ?? detectFormat(path, text)
  const incoming = await parseExchange(text, format)
  const plan = merge(glossary, incoming.entries, incoming.columns, options.overwrite)
  reportGlossaryProblems(file, [...incoming.problems, ...plan.problems])

  // A file that cannot be read at all is a failed import, not an import of nothing.
  if (incoming.problems.some((problem) => unreadable.has(problem.ruleId))) {
    refuseEdit(glossary.path, file, io, t)
  }

  const kept = leaveOutBreaking(glossary.text, plan.edit, path)
  // The reason is given as `check` would give it on the glossary with the entry in.
  for (const {entry, problem} of kept.refused) {
    reportOnFile(file, 'glossary-import-skipped', 'Skipped `' + entry.italian + '`', {
      place: entry.line > 0 ? {line: entry.line, column: 1} : undefined,
      values: {term: entry.italian},
      fatal: true,
      cause: problem
        ? // The problem as a message, for the reporter to give its text.
          reportGlossaryProblems(new VFile(), [problem])[0]
        : new GlossaError('glossaryEdit.refused', {file: glossary.path})
    })
  }

  printReport(io, [file], t, {quiet: true})
  if (!options.dryRun && kept.text !== glossary.text) await saveGlossary(glossary, kept.text, io.cwd)
  io.stdout.write(listChanges(glossary, kept.add, kept.replace, t))
  const conflicts = file.messages.filter((message) => message.ruleId === 'glossary-import-conflict').length
  io.stderr.write(
    t(options.dryRun ? 'glossaryExchange.would-import' : 'glossaryExchange.imported', {
      file: path,
      format,
      added: kept.add.length,
      changed: kept.replace.size,
      unchanged: plan.unchanged,
      skipped: file.messages.length - conflicts,
      conflicts
    }) + '\n'
  )
  return {files: [file]}
}

async function readImport(cwd: string, path: string): Promise<Buffer> {
  try {
    return await readFile(resolve(cwd, path))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    // A path that is not there is a mistake on the command line.
    if (reason === 'ENOENT') throw new UsageError('glossaryExchange.not-found', {file: path}, error)
    throw new GlossaError('glossaryExchange.unreadable', {file: path, reason}, {cause: error})
  }
}

/**
 * One line per entry the import adds (`+ inferenza: inference`) and per
 * column it changes (`~ inferenza: inference → inferencing`; other columns
 * are named), so nothing in the house glossary changes unseen.
 */
function listChanges(
  glossary: LoadedGlossary,
  add: readonly GlossaryEntry[],
  replace: ReadonlyMap<number, GlossaryEntry>,
  t: Translate
): string {
  const lines: string[] = []
  const before = new Map(glossary.glossary.entries.map((entry) => [entry.line, entry]))
  const shown = (value: string) => (value === '' ? t('glossaryExchange.empty') : value)

  for (const [line, after] of [...replace].sort(([a], [b]) => a - b)) {
    const current = before.get(line)!
    for (const column of glossaryColumns) {
      const was = entryCell(current, column)
      const now = entryCell(after, column)
      if (was === now) continue
      const values = {term: current.italian, column, before: shown(was), after: shown(now)}
      lines.push(t(column === 'en' ? 'glossaryExchange.changed-english' : 'glossaryExchange.changed', values))
    }
  }

  for (const entry of add)
    lines.push(t('glossaryExchange.added', {term: entry.italian, english: entry.english}))
  return lines.map((line) => line + '\n').join('')
}

/** Which field of an entry each column holds. */
const fieldOf = {
  it: 'italian',
  en: 'english',
  note: 'note',
  forms: 'forms',
  forbid: 'forbidden',
  dnt: 'dnt'
} as const satisfies Record<GlossaryColumn, keyof GlossaryEntry>

/**
 * What importing would do: entries to add and lines to replace, how many are
 * already as imported, and a problem for each term the file has twice (only
 * the first is taken; spellings that differ in case count as the same term)
 * and, without `overwrite`, for each term with another English.
 */
function merge(
  glossary: LoadedGlossary,
  incoming: readonly GlossaryEntry[],
  columns: readonly GlossaryColumn[],
  overwrite: boolean
) {
  const existing = new Map(glossary.glossary.entries.map((entry) => [normalizeForm(entry.italian), entry]))
  const listed = new Map(
    glossary.glossary.entries.flatMap((entry) =>
      entry.forms.map((form) => [normalizeForm(form.italian), form.english ?? entry.english] as const)
    )
  )
  const seen = new Map<string, GlossaryEntry>()
  const add: GlossaryEntry[] = []
  const replace = new Map<number, GlossaryEntry>()
  const problems: GlossaryProblem[] = []
  let unchanged = 0

  for (const entry of incoming) {
    const key = normalizeForm(entry.italian)
    const earlier = seen.get(key)
    if (earlier) {
      problems.push({
        line: entry.line,
        ruleId: earlier.english === entry.english ? 'glossary-duplicate' : 'glossary-conflict',
        values: {term: entry.italian, first: earlier.line, english: earlier.english}
      })
      continue
    }

    seen.set(key, entry)
    const current = existing.get(key)
    if (!current) {
      // A form the glossary lists already, with the same English (DeepL exports list forms as rows).
      if (listed.get(key) === entry.english) unchanged++
      else add.push(entry)
      continue
    }

    if (!overwrite && columns.includes('en') && entry.english !== current.english) {
      problems.push({
        line: entry.line,
        ruleId: 'glossary-import-conflict',
        values: {term: current.italian, english: current.english, actual: entry.english}
      })
      continue
    }

    // Only what the imported file has replaces what the glossary has.
    const merged: GlossaryEntry = {...current}
    for (const column of columns) Object.assign(merged, {[fieldOf[column]]: entry[fieldOf[column]]})
    if (same(merged, current)) unchanged++
    else replace.set(current.line, merged)
  }

  return {edit: {add, replace}, unchanged, problems}
}

function same(a: GlossaryEntry, b: GlossaryEntry): boolean {
  return formatEntry(a, glossaryColumns) === formatEntry(b, glossaryColumns)
}

/**
 * Apply the edit, leaving out every entry that would give the glossary a
 * problem (`translate` refuses such a glossary), until none does. Leaving
 * one out can settle another's problem, hence the rounds.
 */
function leaveOutBreaking(
  text: string,
  edit: {add: readonly GlossaryEntry[]; replace: ReadonlyMap<number, GlossaryEntry>},
  file: string
) {
  let add = [...edit.add]
  const replace = new Map(edit.replace)
  const refused: Array<{entry: GlossaryEntry; problem: GlossaryProblem | undefined}> = []

  while (true) {
    const edited = editGlossary(text, {add, replace})
    const culprits = breaking(edited, add, replace)
    // The glossary had no problems before, so each one comes from an edited entry.
    if (culprits === undefined) throw new GlossaError('glossaryExchange.failed', {file})
    if (culprits.size === 0) return {text: edited, add, replace, refused}
    add = add.filter((entry) => !culprits.has(entry))
    for (const [line, entry] of replace) if (culprits.has(entry)) replace.delete(line)
    for (const [entry, problem] of culprits) refused.push({entry, problem})
  }
}

/**
 * The edited entries behind the problems of the edited text; `undefined`
 * when a problem cannot be put down to one. A problem is on the later of two
 * entries and names the earlier as `first`: when the later was left alone
 * (an updated term now claims a form of a later one), the earlier is to blame.
 */
function breaking(
  edited: string,
  add: readonly GlossaryEntry[],
  replace: ReadonlyMap<number, GlossaryEntry>
): Map<GlossaryEntry, GlossaryProblem | undefined> | undefined {
  const read = readGlossary(edited)
  const firstAdded = lineCount(edited) - add.length + 1
  const at = (line: number) => (line >= firstAdded ? add[line - firstAdded] : replace.get(line))
  const culprits = new Map<GlossaryEntry, GlossaryProblem | undefined>()

  for (const problem of read.problems) {
    const entry = at(problem.line) ?? at(Number(problem.values['first']))
    if (entry === undefined) return undefined
    if (!culprits.has(entry)) culprits.set(entry, problem)
  }

  // Every entry written must read back; one that does not would be lost without a word.
  const lines = new Set(read.glossary.entries.map((entry) => entry.line))
  for (const [index, entry] of add.entries())
    if (!lines.has(firstAdded + index)) culprits.set(entry, undefined)
  for (const [line, entry] of replace) if (!lines.has(line)) culprits.set(entry, undefined)
  return culprits
}
