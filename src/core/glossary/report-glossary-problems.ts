import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reportOnFile} from '../report-on-file.js'
import type {GlossaryProblem} from './glossary-entry.js'

/**
 * Add glossary problems to the glossary's file as fatal messages on their
 * lines, so the reporter shows them as it shows an article's; the
 * problem's values fill in the localised text of its rule.
 */
export function reportGlossaryProblems(file: VFile, problems: readonly GlossaryProblem[]): VFileMessage[] {
  return problems.map((problem) =>
    reportOnFile(file, problem.ruleId, 'Cannot use this glossary line (' + problem.ruleId + ')', {
      place: problem.line > 0 ? {line: problem.line, column: 1} : undefined,
      values: problem.values,
      fatal: true
    })
  )
}
