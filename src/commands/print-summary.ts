import type {Translate} from '../cli/i18n.js'
import type {JsonSummary} from '../cli/json-summary.js'
import type {Io} from '../io.js'

export interface SummaryOptions {
  engine: string
  /** Articles found (paths that gave none are not counted). */
  articles: number
  /** Articles written without a fatal message. */
  translated: number
  dryRun: boolean
  /** Whether a translation memory was in use: then what it answered is said. */
  memory: boolean
}

/** The summary line of `translate` on stderr, and with several files what each cost. */
export function printSummary(io: Io, t: Translate, summary: JsonSummary, options: SummaryOptions): void {
  const {totals} = summary
  const values = {
    count: options.articles,
    files: t('summary.files', {count: options.articles}),
    engine: options.engine,
    units: totals.units,
    characters: totals.characters,
    requests: totals.requests,
    billed: totals.billedCharacters
  }
  const line =
    options.articles === 0
      ? t('summary.none')
      : options.dryRun
        ? t('summary.dry-run', values)
        : t('summary.line', {...values, count: options.translated})
  // With a memory, what it answered: those units were neither sent nor billed.
  const memory =
    options.memory && options.articles > 0
      ? ' ' + t('summary.memory', {memory: totals.fromMemory, sent: totals.sent})
      : ''
  // Reviewed English from the side-by-side files: neither sent nor billed either.
  const reviewed =
    totals.fromReviewed > 0 && options.articles > 0
      ? ' ' + t('summary.reviewed', {reviewed: totals.fromReviewed})
      : ''
  io.stderr.write(line + memory + reviewed + '\n')

  // With several files, the cost of each, so an editor sees where it went.
  if (options.dryRun || summary.files.length < 2) return
  for (const file of summary.files) {
    if (file.requests > 0 || file.billedCharacters > 0 || file.output) {
      io.stderr.write(
        '  ' +
          t('summary.file', {file: file.path, requests: file.requests, billed: file.billedCharacters}) +
          '\n'
      )
    }
  }
}
