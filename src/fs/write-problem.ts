import {GlossaError} from '../core/index.js'

/** Error codes a write can end with that an editor can act on; any other is shown as its code. */
const known = new Set(['ENOTDIR', 'EEXIST', 'EISDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT'])

/**
 * A failed write as words: the interface text `write.<code>` names the path
 * the system refused (`afile` is a file, not a folder), so a message says
 * what to fix rather than `EEXIST`.
 */
export function writeProblem(error: unknown, path: string): GlossaError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? ''
  return new GlossaError(
    'write.' + (known.has(code) ? code : 'other'),
    {path, code: code || String((error as Error | undefined)?.message ?? error)},
    {cause: error}
  )
}
