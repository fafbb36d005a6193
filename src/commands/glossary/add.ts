import {VFile} from 'vfile'
import {
  editGlossary,
  hasControl,
  lineCount,
  readGlossary,
  reportGlossaryProblems,
  type GlossaryEntry,
  type GlossaryProblem
} from '../../core/index.js'
import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {GlossaryCommandOptions} from '../../cli/parse-cli-args.js'
import type {LoadedGlossary} from '../../fs/load-glossary.js'
import type {Io} from '../../io.js'
import {refuseEdit} from './refuse-edit.js'
import {saveGlossary} from './save-glossary.js'

/**
 * `glossa glossary add`: append one entry, keeping every other byte of the
 * file. Refused, with the reason `check` would give, when the new line
 * would be a problem.
 */
export async function addToGlossary(
  glossary: LoadedGlossary,
  options: GlossaryCommandOptions,
  io: Io,
  t: Translate
): Promise<Outcome> {
  const entry = entryToAdd(options)
  // The new line is not in the file: its problems are shown without a place.
  const refuse = (problems: readonly GlossaryProblem[]) => {
    const file = new VFile({path: glossary.path})
    reportGlossaryProblems(file, problems)
    return refuseEdit(glossary.path, file, io, t)
  }
  // A line break would split the entry over two lines, and the second could read as another entry.
  const fields = [entry.italian, entry.english, entry.note, ...entry.forbidden]
  for (const form of entry.forms) fields.push(form.italian, form.english ?? '')
  const split = fields.find(hasControl)
  if (split !== undefined) refuse([{line: 0, ruleId: 'glossary-control', values: {term: split}}])

  const text = editGlossary(glossary.text, {add: [entry]})
  // Read the edited text the way `translate` would, to see what the edit broke.
  const after = readGlossary(text)
  const line = lineCount(text)
  // The new line is not in the file: its problems are shown without a place.
  const refused = after.problems
    .filter((problem) => problem.line === line)
    .map((problem) => ({...problem, line: 0}))
  if (refused.length > 0) refuse(refused)
  // The new line must read back as the entry; anything else would lose it without a word.
  if (!after.glossary.entries.some((item) => item.line === line)) refuse([])

  await saveGlossary(glossary, text, io.cwd)
  io.stderr.write(
    t('glossaryEdit.added', {term: entry.italian, english: entry.english, file: glossary.path, line}) + '\n'
  )
  return {files: []}
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
