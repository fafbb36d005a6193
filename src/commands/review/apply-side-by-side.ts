import {
  documentSettings,
  priorFromSideBySide,
  renderSideBySide,
  translateDocument,
  writtenStatus,
  type DocumentResult,
  type TargetLanguage
} from '../../core/index.js'
import type {Translate} from '../../cli/i18n.js'
import {sideBySideTexts} from '../../cli/side-by-side-texts.js'
import {offlineEngine} from '../../engines/offline.js'
import type {Project} from '../../fs/load-projects.js'
import type {LoadedReview} from './load-review.js'

/** What applying one side-by-side file gives: the new texts of both files, and what changed. */
export interface AppliedSideBySide {
  result: DocumentResult
  /** Ids of the rows that became reviewed (approved or edited). */
  applied: string[]
  /** Rows refused: fatal messages on the side-by-side file. */
  refused: number
  /** The side-by-side file as it is to be written. */
  sideBySide: string
  /** Its path and the English article's; the article only when every row applied. */
  englishPath: string
  english: string | undefined
}

/**
 * Apply one side-by-side file: the same checks and the same outputs for
 * `glossa review apply` and the review page. No engine is called: every
 * unit's English comes from the file. Nothing is written here.
 */
export async function applySideBySide(
  review: Extract<LoadedReview, {ok: true}>,
  project: Project,
  t: Translate
): Promise<AppliedSideBySide> {
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
  const applied = result.units
    .filter(({unit, review: state}) => {
      const row = before.get(unit.id)
      return state.status === 'reviewed' && row !== undefined && writtenStatus(row) !== 'reviewed'
    })
    .map(({unit}) => unit.id)
  const refused = review.file.messages.filter((message) => message.fatal).length

  return {
    result,
    applied,
    refused,
    sideBySide: renderSideBySide(result.units, {
      ...sideBySideTexts(t, parsed.language),
      sourcePath: parsed.sourcePath!,
      sourceHash: parsed.sourceHash!,
      targetLanguage
    }),
    englishPath: review.path.replace(/\.side-by-side\.md$/i, '.en.md'),
    // A refused row would leave its unit without English: the article waits until every row applies.
    english: refused === 0 ? article.bom + result.english : undefined
  }
}
