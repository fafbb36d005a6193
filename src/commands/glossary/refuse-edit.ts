import type {VFile} from 'vfile'
import {GlossaError} from '../../core/index.js'
import type {Translate} from '../../cli/i18n.js'
import {printReport} from '../../cli/report.js'
import type {Io} from '../../io.js'

/**
 * Refuse an edit of the glossary at `path`: show what the edit would have
 * broken (the messages on `file`) and fail, having written nothing.
 */
export function refuseEdit(path: string, file: VFile, io: Io, t: Translate): never {
  printReport(io, [file], t, {quiet: true})
  throw new GlossaError('glossaryEdit.refused', {file: path})
}
