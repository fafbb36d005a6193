import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reportOnFile} from './report-on-file.js'

/** Mark `file` as failed: a fatal message whose `actual` says what went wrong. */
export function fileFatal(
  file: VFile,
  ruleId: string,
  actual: string,
  options: {cause?: unknown; expected?: string} = {}
): VFileMessage {
  return reportOnFile(file, ruleId, 'Cannot use ' + file.path + ' (' + ruleId + ': ' + actual + ')', {
    fatal: true,
    actual,
    cause: options.cause,
    ...(options.expected === undefined ? {} : {expected: [options.expected]})
  })
}
