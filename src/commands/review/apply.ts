import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {ReviewCommandOptions} from '../../cli/parse-cli-args.js'
import {refuseBrokenGlossary} from '../../cli/refuse-broken-glossary.js'
import {printReport} from '../../cli/report.js'
import {displayPath} from '../../fs/display-path.js'
import {loadProjects} from '../../fs/load-projects.js'
import {writeAtomic} from '../../fs/write-atomic.js'
import type {Io} from '../../io.js'
import {applySideBySide} from './apply-side-by-side.js'
import {loadReviews} from './load-reviews.js'

/**
 * `glossa review apply [paths…]`: take each side-by-side file's edited and
 * approved rows, check each against its Italian (markup, names, glossary),
 * mark it `reviewed`, rewrite the side-by-side file and regenerate the
 * English article, without any engine. A refused row stays as the reviewer
 * left it, reported at its line; the English article is then left as it
 * was, since that unit would have no English.
 */
export async function applyReview(options: ReviewCommandOptions, io: Io, t: Translate): Promise<Outcome> {
  const {reviews: loaded, reported} = await loadReviews(options.paths, io.cwd)

  const projects = await loadProjects(
    loaded.map((review) => review.article.path),
    io.cwd,
    options.glossary
  )
  for (const project of new Set(projects.values())) refuseBrokenGlossary(project.glossary, io, t)

  for (const review of loaded) {
    const done = await applySideBySide(review, projects.get(review.article.path)!, t)
    reported.push(review.article.file, review.file)

    if (!options.quiet) {
      io.stderr.write(
        t(options.dryRun ? 'review.would-apply' : 'review.applied', {
          file: review.file.path,
          applied: done.applied.length,
          refused: done.refused,
          ids: done.applied.join(', ') || '—'
        }) + '\n'
      )
    }

    if (options.dryRun) continue
    if (done.english === undefined && !options.quiet) {
      io.stderr.write(t('review.english-kept', {file: displayPath(io.cwd, done.englishPath)}) + '\n')
    }

    await writeAtomic([
      {path: review.path, value: done.sideBySide},
      ...(done.english === undefined ? [] : [{path: done.englishPath, value: done.english}])
    ])
  }

  printReport(io, reported, t, {quiet: options.quiet})
  return {files: reported, frail: options.frail}
}
