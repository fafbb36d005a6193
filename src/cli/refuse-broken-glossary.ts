import {UsageError} from '../core/index.js'
import type {LoadedGlossary} from '../fs/load-glossary.js'
import type {Io} from '../io.js'
import type {Translate} from './i18n.js'
import {printReport} from './report.js'

/**
 * Commands that use or extend the whole glossary (translate, add, export,
 * import, stats) refuse a broken one, since half a glossary would pass for all of it: its
 * problems are reported, and the run ends as a configuration error whose
 * text `code` names.
 */
export function refuseBrokenGlossary(
  glossary: LoadedGlossary,
  io: Io,
  t: Translate,
  code = 'glossaryCheck.fix-first'
): void {
  if (glossary.problems.length === 0) return
  printReport(io, [glossary.file], t, {quiet: true})
  throw new UsageError(code, {file: glossary.path})
}
