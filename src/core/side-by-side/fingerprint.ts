import {createHash} from 'node:crypto'
import {reviewStatuses, type ReviewStatus} from '../document/index.js'

/**
 * A short hash of the status and English glossa wrote in a row, kept beside
 * the row's id: a row that no longer has it was touched by a person (its
 * status changed, or its English edited). It makes the file self-contained:
 * no memory or other file is needed to tell.
 */
export function fingerprint(english: string, status: string): string {
  return createHash('sha256')
    .update(status + '\n' + english)
    .digest('hex')
    .slice(0, 8)
}

/** The status glossa wrote in a row whose English is untouched; `undefined` when its English was edited. */
export function writtenStatus(row: {
  english: string
  fingerprint: string | undefined
}): ReviewStatus | undefined {
  return reviewStatuses.find((status) => fingerprint(row.english, status) === row.fingerprint)
}

/** A short hash of the whole Italian article, in the file's header: an article changed since is caught. */
export function sourceFingerprint(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 16)
}
