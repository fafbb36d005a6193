// One article through the pipeline, as stages that hand data to the next:
// collect units → prior (review) → reuse → memory → request → decode → verify → splice.
export {articleContext} from './article-context.js'
export {collectUnits} from './collect-units.js'
export {documentSettings, type DocumentOptions, type DocumentSettings} from './document-settings.js'
export {reportTerm} from './report-term.js'
export {
  translateDocument,
  type DocumentResult,
  type TranslateDocumentOptions,
  type UnitResult
} from './translate-document.js'
export {reviewStatuses, type PriorTranslations, type ReviewStatus, type UnitReview} from './review-status.js'
export type {PlacedTerm, Unit, UnitKind} from './unit.js'
