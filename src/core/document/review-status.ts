/**
 * Where a row stands in review: `machine` as the engine gave it, `reviewed`
 * approved or written by a person, `stale` reviewed before the Italian
 * changed (the new machine English is in the cell, the reviewed one in the
 * notes).
 */
export type ReviewStatus = 'machine' | 'reviewed' | 'stale'

export const reviewStatuses: readonly ReviewStatus[] = ['machine', 'reviewed', 'stale']

/** A unit's place in review, as its side-by-side row will show it. */
export interface UnitReview {
  status: ReviewStatus
  /** For a `stale` row: the English reviewed before the Italian changed. */
  previous?: string | undefined
  /** A reviewer's edit that could not be applied: the row is written back as it was left. */
  kept?: {english: string; status: string; fingerprint: string} | undefined
}

/**
 * What is known of an article's units before anything is looked up or sent
 * (a reviewed side-by-side file): per unit, a translation as XML (the
 * reviewer's English, checked and encoded with the unit's tags) and its
 * place in review.
 */
export interface PriorTranslations {
  translations: Array<string | undefined>
  reviews: UnitReview[]
}
