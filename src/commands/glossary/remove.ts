import {editGlossary, GlossaError, normalizeForm, readGlossary} from '../../core/index.js'
import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {GlossaryCommandOptions} from '../../cli/parse-cli-args.js'
import type {LoadedGlossary} from '../../fs/load-glossary.js'
import type {Io} from '../../io.js'
import {saveGlossary} from './save-glossary.js'

/**
 * `glossa glossary remove`: remove every line of a term (case and
 * apostrophes aside), its duplicates too. It works on a glossary with
 * problems, since removing a line may be the fix, and says what is left.
 */
export async function removeFromGlossary(
  glossary: LoadedGlossary,
  options: GlossaryCommandOptions,
  io: Io,
  t: Translate
): Promise<Outcome> {
  const key = normalizeForm(options.args[0] ?? '')
  // Every spelling of the term goes, also the lines `check` flags as its duplicates.
  const lines = [
    ...glossary.glossary.entries.map((entry) => ({italian: entry.italian, line: entry.line})),
    ...glossary.problems
      .filter((problem) => problem.ruleId === 'glossary-duplicate' || problem.ruleId === 'glossary-conflict')
      .map((problem) => ({italian: String(problem.values['term']), line: problem.line}))
  ]
    .filter((line) => normalizeForm(line.italian) === key)
    .sort((a, b) => a.line - b.line)
  if (lines.length === 0)
    throw new GlossaError('glossaryEdit.not-found', {term: options.args[0] ?? '', file: glossary.path})

  const text = editGlossary(glossary.text, {remove: new Set(lines.map((line) => line.line))})
  await saveGlossary(glossary, text, io.cwd)
  for (const line of lines) {
    io.stderr.write(
      t('glossaryEdit.removed', {term: line.italian, file: glossary.path, line: line.line}) + '\n'
    )
  }

  // Removing a term is one way to mend a broken glossary; say whether it is mended.
  const left = glossary.problems.length > 0 ? readGlossary(text).problems.length : 0
  if (left > 0) io.stderr.write(t('glossaryEdit.still-broken', {file: glossary.path, count: left}) + '\n')

  return {files: []}
}
