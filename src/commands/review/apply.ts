import {
  documentSettings,
  priorFromSideBySide,
  renderSideBySide,
  translateDocument,
  writtenStatus,
  type TargetLanguage
} from '../../core/index.js'
import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {ReviewCommandOptions} from '../../cli/parse-cli-args.js'
import {refuseBrokenGlossary} from '../../cli/refuse-broken-glossary.js'
import {printReport} from '../../cli/report.js'
import {sideBySideTexts} from '../../cli/side-by-side-texts.js'
import {offlineEngine} from '../../engines/offline.js'
import {displayPath} from '../../fs/display-path.js'
import {loadProjects} from '../../fs/load-projects.js'
import {writeAtomic} from '../../fs/write-atomic.js'
import type {Io} from '../../io.js'
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
    const project = projects.get(review.article.path)!
    const {parsed, article} = review
    const targetLanguage = parsed.targetLanguage as TargetLanguage
    const settings = documentSettings({
      engine: offlineEngine,
      targetLanguage,
      fields: project.config.frontMatterFields,
      glossary: project.glossary.glossary
    })
    const result = await translateDocument(article.file, settings, {
      prior: (units) => priorFromSideBySide(units, parsed, review.file, {source: article.source, apply: true})
    })

    // What changes: rows now reviewed that were not, or whose English a person edited.
    const before = new Map(parsed.rows.map((row) => [row.id, row]))
    const applied = result.units.filter(({unit, review: state}) => {
      const row = before.get(unit.id)
      if (state.status !== 'reviewed' || !row) return false
      return writtenStatus(row) !== 'reviewed'
    })
    const refused = review.file.messages.filter((message) => message.fatal).length
    reported.push(article.file, review.file)

    if (!options.quiet) {
      io.stderr.write(
        t(options.dryRun ? 'review.would-apply' : 'review.applied', {
          file: review.file.path,
          applied: applied.length,
          refused,
          ids: applied.map(({unit}) => unit.id).join(', ') || '—'
        }) + '\n'
      )
    }

    if (options.dryRun) continue
    const writes = [
      {
        path: review.path,
        value: renderSideBySide(result.units, {
          ...sideBySideTexts(t, parsed.language),
          sourcePath: parsed.sourcePath!,
          sourceHash: parsed.sourceHash!,
          targetLanguage
        })
      }
    ]
    // A refused row would leave its unit without English: the article waits until every row applies.
    if (refused === 0) {
      writes.push({
        path: review.path.replace(/\.side-by-side\.md$/i, '.en.md'),
        value: article.bom + result.english
      })
    } else if (!options.quiet) {
      const english = displayPath(io.cwd, review.path.replace(/\.side-by-side\.md$/i, '.en.md'))
      io.stderr.write(t('review.english-kept', {file: english}) + '\n')
    }

    await writeAtomic(writes)
  }

  printReport(io, reported, t, {quiet: options.quiet})
  return {files: reported, frail: options.frail}
}
