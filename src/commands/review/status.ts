import type {SideBySideRow} from '../../core/index.js'
import type {Outcome} from '../../cli/exit-code.js'
import {formatTable} from '../../cli/format-table.js'
import type {Translate} from '../../cli/i18n.js'
import type {ReviewCommandOptions} from '../../cli/parse-cli-args.js'
import {printReport} from '../../cli/report.js'
import type {Io} from '../../io.js'
import {loadReviews} from './load-reviews.js'

/** Where one article stands in review. */
interface ArticleStatus {
  path: string
  machine: number
  reviewed: number
  stale: number
  /** Rows with notes: a glossary miss, broken markup, a stale earlier English. */
  flagged: number
  /** Rows still to review: machine and stale. */
  left: number
}

/** `glossa review status [paths…]`: per side-by-side file, its rows by status and what is left to review. */
export async function reviewStatus(options: ReviewCommandOptions, io: Io, t: Translate): Promise<Outcome> {
  const {reviews, reported} = await loadReviews(options.paths, io.cwd)
  const statuses: ArticleStatus[] = []

  for (const review of reviews) {
    const count = (test: (row: SideBySideRow) => boolean) => review.parsed.rows.filter(test).length
    const machine = count((row) => row.status === 'machine')
    const stale = count((row) => row.status === 'stale')
    statuses.push({
      path: review.file.path,
      machine,
      reviewed: count((row) => row.status === 'reviewed'),
      stale,
      flagged: count((row) => row.notes.trim() !== '' || row.previous !== undefined),
      left: machine + stale
    })
  }

  printReport(io, reported, t, {quiet: true})
  if (options.json) {
    io.stdout.write(JSON.stringify(statuses, null, 2) + '\n')
  } else if (statuses.length > 0) {
    const header = [
      t('reviewStatus.file'),
      t('reviewStatus.machine'),
      t('reviewStatus.reviewed'),
      t('reviewStatus.stale'),
      t('reviewStatus.flagged'),
      t('reviewStatus.left')
    ]
    const rows = statuses.map((status) =>
      [status.path, status.machine, status.reviewed, status.stale, status.flagged, status.left].map(String)
    )
    io.stdout.write(formatTable([header, ...rows]) + '\n')
  }

  return {files: reported}
}
