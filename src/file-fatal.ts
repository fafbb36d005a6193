import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/**
 * Mark `file` as failed with a fatal message. The reason here is English for
 * logs; the reporter shows the localised text for `ruleId`.
 */
export function fileFatal(
  file: VFile,
  ruleId: string,
  actual: string,
  options: {cause?: unknown; expected?: string} = {}
): VFileMessage {
  const message = file.message('Cannot use ' + file.path + ' (' + ruleId + ': ' + actual + ')', {
    ruleId,
    source: 'glossa'
  })
  if (options.cause instanceof Error) message.cause = options.cause
  message.fatal = true
  message.actual = actual
  if (options.expected !== undefined) message.expected = [options.expected]
  return message
}
