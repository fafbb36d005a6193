import type {GlossaryEntry} from '../../core/index.js'
import type {Outcome} from '../../cli/exit-code.js'
import {formatTable} from '../../cli/format-table.js'
import type {Translate} from '../../cli/i18n.js'
import type {GlossaryCommandOptions} from '../../cli/parse-cli-args.js'
import {printReport} from '../../cli/report.js'
import type {LoadedGlossary} from '../../fs/load-glossary.js'
import type {Io} from '../../io.js'

/**
 * `glossa glossary list`: the terms as a table, or as JSON; `--filter`
 * ignores case and accents. A broken glossary's problems are shown first
 * (on stderr, as `check` shows them) and fail the command, but the terms
 * that could be read are still listed: they are what the user came to see.
 */
export function listGlossary(
  glossary: LoadedGlossary,
  options: GlossaryCommandOptions,
  io: Io,
  t: Translate
): Outcome {
  const entries = glossary.glossary.entries
  const needle = options.filter === undefined ? undefined : fold(options.filter)
  const shown = entries.filter(
    (entry) =>
      needle === undefined ||
      [entry.italian, entry.english, entry.note, ...entry.forms.map((form) => form.italian)].some((text) =>
        fold(text).includes(needle)
      )
  )

  const outcome = {files: glossary.problems.length > 0 ? [glossary.file] : []}
  printReport(io, outcome.files, t, {quiet: true})
  if (options.json) {
    io.stdout.write(JSON.stringify(shown, null, 2) + '\n')
    return outcome
  }

  const rows = shown.map((entry) => [entry.italian, entry.english, details(entry, t)])
  io.stdout.write(
    formatTable([[t('glossaryList.it'), t('glossaryList.en'), t('glossaryList.details')], ...rows]) + '\n'
  )
  io.stderr.write(t('glossaryList.count', {shown: shown.length, count: entries.length}) + '\n')
  return outcome
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

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}
