import {VFile} from 'vfile'
import {GlossaError, reportGlossaryProblems, type GlossaryProblem} from '../../core/index.js'
import type {Translate} from '../../cli/i18n.js'
import {report} from '../../cli/report.js'
import type {Io} from '../../io.js'

/**
 * Refuse an edit of the glossary at `path`: report what the edit would have
 * broken (problems of lines not written yet have no place) and fail, having
 * written nothing.
 */
export function refuseEdit(path: string, problems: readonly GlossaryProblem[], io: Io, t: Translate): never {
  if (problems.length > 0) {
    const file = new VFile({path})
    reportGlossaryProblems(file, problems)
    io.stderr.write(report([file], t, {quiet: true}) + '\n')
  }

  throw new GlossaError('glossaryEdit.refused', {file: path})
}
