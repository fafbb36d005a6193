import {createHash} from 'node:crypto'

/**
 * A short hash of the English glossa wrote in a row, kept beside the row's
 * id: a cell whose text no longer has it was edited by a person. It makes
 * the file self-contained: no memory or other file is needed to tell.
 */
export function fingerprint(english: string): string {
  return createHash('sha256').update(english).digest('hex').slice(0, 8)
}

/** A short hash of the whole Italian article, in the file's header: an article changed since is caught. */
export function sourceFingerprint(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 16)
}
