import {resolve} from 'node:path'
import type {GlossaryEntry} from './core/glossary-entry.js'
import {hasControl} from './core/check-term.js'
import {editGlossary, lineCount} from './core/edit-glossary.js'
import {normalizeForm} from './core/normalize-text.js'
import {readGlossary} from './core/read-glossary.js'
import {GlossaError} from './errors.js'
import {loadGlossary, type LoadedGlossary} from './fs/load-glossary.js'
import {writeAtomic} from './fs/write-atomic.js'
import type {Translate} from './i18n.js'
import type {Io} from './io.js'
import type {GlossaryCommandOptions} from './parse-cli-args.js'
import {glossaryProblemText, printGlossaryProblems, refuseBrokenGlossary} from './print-glossary-problems.js'

/** `glossa glossary <action>`: returns the exit code. */
export async function runGlossary(options: GlossaryCommandOptions, io: Io, t: Translate): Promise<number> {
  // `add` may start a glossary the user names.
  const glossary = await loadGlossary(io.cwd, options.glossary, {create: options.action === 'add'})
  const whole = options.action === 'import' || options.action === 'export' || options.action === 'stats'
  if (whole && refuseBrokenGlossary(glossary, io, t)) return 1

  switch (options.action) {
    case 'list':
      return list(glossary, options, io, t)
    case 'check':
      return check(glossary, options, io, t)
    case 'add':
      return add(glossary, options, io, t)
    case 'remove':
      return remove(glossary, options, io, t)
    case 'import':
      return (await import('./run-glossary-import.js')).runGlossaryImport(glossary, options, io, t)
    case 'export':
      return (await import('./run-glossary-export.js')).runGlossaryExport(glossary, options, io, t)
    case 'stats':
      return (await import('./run-glossary-stats.js')).runGlossaryStats(glossary, options, io, t)
  }
}

function list(glossary: LoadedGlossary, options: GlossaryCommandOptions, io: Io, t: Translate): number {
  const needle = options.filter === undefined ? undefined : fold(options.filter)
  const shown = glossary.entries.filter(
    (entry) =>
      needle === undefined ||
      [entry.italian, entry.english, entry.note, ...entry.forms.map((form) => form.italian)].some((text) =>
        fold(text).includes(needle)
      )
  )

  if (options.json) {
    io.stdout.write(JSON.stringify(shown, null, 2) + '\n')
    return 0
  }

  const rows = shown.map((entry) => [entry.italian, entry.english, details(entry, t)])
  io.stdout.write(
    table([[t('glossaryList.it'), t('glossaryList.en'), t('glossaryList.details')], ...rows]) + '\n'
  )
  io.stderr.write(t('glossaryList.count', {shown: shown.length, total: glossary.entries.length}) + '\n')
  return 0
}

function check(glossary: LoadedGlossary, options: GlossaryCommandOptions, io: Io, t: Translate): number {
  if (options.json) {
    const problems = glossary.problems.map((problem) => ({
      line: problem.line,
      code: problem.code,
      message: t(problem.code, problem.values)
    }))
    io.stdout.write(
      JSON.stringify({path: glossary.path, entries: glossary.entries.length, problems}, null, 2) + '\n'
    )
  } else printGlossaryProblems(glossary, io, t)

  const key = glossary.problems.length > 0 ? 'glossaryCheck.problems' : 'glossaryCheck.ok'
  io.stderr.write(
    t(key, {file: glossary.path, count: glossary.problems.length, entries: glossary.entries.length}) + '\n'
  )
  return glossary.problems.length > 0 ? 1 : 0
}

async function add(glossary: LoadedGlossary, options: GlossaryCommandOptions, io: Io, t: Translate) {
  const entry = entryToAdd(options)
  // A line break would split the entry over two lines, and the second could read as another entry.
  const fields = [entry.italian, entry.english, entry.note, ...entry.forbidden]
  for (const form of entry.forms) fields.push(form.italian, form.english ?? '')
  const split = fields.find(hasControl)
  if (split !== undefined) {
    return refuse(glossary.path, [{line: 0, code: 'glossary.control', values: {term: split}}], io, t)
  }

  const text = editGlossary(glossary.text, {add: [entry]})
  // Read the edited text the way `translate` would, to see what the edit broke.
  const after = readGlossary(text)
  const line = lineCount(text)
  const refused = after.problems.filter((problem) => problem.line === line)
  if (refused.length > 0) return refuse(glossary.path, refused, io, t)
  // The new line must read back as the entry; anything else would lose it without a word.
  if (!after.entries.some((item) => item.line === line)) return refuse(glossary.path, [], io, t)

  await save(glossary, text, io)
  io.stderr.write(
    t('glossaryEdit.added', {term: entry.italian, english: entry.english, file: glossary.path, line}) + '\n'
  )
  return 0
}

/** The entry `add` was asked for; a do-not-translate term without English is its own English. */
function entryToAdd(options: GlossaryCommandOptions): GlossaryEntry {
  const [italian = '', english = ''] = options.args.map((arg) => arg.trim())
  return {
    italian,
    english: english || (options.dnt ? italian : ''),
    note: options.note.trim(),
    forms: options.forms.map((form) => {
      const equals = form.indexOf('=')
      return equals === -1
        ? {italian: form}
        : {italian: form.slice(0, equals).trim(), english: form.slice(equals + 1).trim()}
    }),
    forbidden: options.forbid,
    dnt: options.dnt,
    line: 0
  }
}

async function remove(glossary: LoadedGlossary, options: GlossaryCommandOptions, io: Io, t: Translate) {
  const key = normalizeForm(options.args[0] ?? '')
  // Every spelling of the term goes, also the lines `check` flags as its duplicates.
  const lines = [
    ...glossary.entries.map((entry) => ({italian: entry.italian, line: entry.line})),
    ...glossary.problems
      .filter((problem) => problem.code === 'glossary.duplicate' || problem.code === 'glossary.conflict')
      .map((problem) => ({italian: String(problem.values['term']), line: problem.line}))
  ]
    .filter((line) => normalizeForm(line.italian) === key)
    .sort((a, b) => a.line - b.line)
  if (lines.length === 0)
    throw new GlossaError('glossaryEdit.not-found', {term: options.args[0] ?? '', file: glossary.path})

  await save(glossary, editGlossary(glossary.text, {remove: new Set(lines.map((line) => line.line))}), io)
  for (const line of lines) {
    io.stderr.write(
      t('glossaryEdit.removed', {term: line.italian, file: glossary.path, line: line.line}) + '\n'
    )
  }

  return 0
}

function refuse(path: string, problems: LoadedGlossary['problems'], io: Io, t: Translate): number {
  for (const problem of problems) io.stderr.write('glossa: ' + glossaryProblemText(problem, t) + '\n')
  io.stderr.write('glossa: ' + t('glossaryEdit.refused', {file: path}) + '\n')
  return 1
}

/** Write the glossary atomically: an interrupted edit leaves the old file whole. */
export async function save(glossary: LoadedGlossary, text: string, io: Io): Promise<void> {
  await writeAtomic([{path: resolve(io.cwd, glossary.path), value: text}])
}

function details(entry: GlossaryEntry, t: Translate): string {
  const parts: string[] = []
  if (entry.dnt) parts.push(t('glossaryList.dnt'))
  if (entry.forms.length > 0) {
    const forms = entry.forms.map((form) => form.italian + (form.english ? ' → ' + form.english : ''))
    parts.push(t('glossaryList.forms', {forms: forms.join(', ')}))
  }
  if (entry.forbidden.length > 0)
    parts.push(t('glossaryList.forbidden', {forbidden: entry.forbidden.join(', ')}))
  if (entry.note) parts.push(entry.note)
  return parts.join(' · ')
}

/** Left-aligned columns; the last one is not padded. */
export function table(rows: ReadonlyArray<readonly string[]>): string {
  const widths: number[] = []
  for (const row of rows)
    row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, [...cell].length)))
  return rows
    .map((row) =>
      row
        .map((cell, index) =>
          index === row.length - 1 ? cell : cell + ' '.repeat((widths[index] ?? 0) - [...cell].length)
        )
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}
