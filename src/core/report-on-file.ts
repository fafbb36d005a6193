import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export interface ReportOptions {
  place?: Point | Position
  actual?: string
  expected?: string[]
  fatal?: boolean
  cause?: unknown
}

/**
 * Add a glossa message to `file`. The reason is English, for logs; the
 * reporter shows the localised text for `ruleId`, filled from `actual` and
 * `expected`.
 */
export function reportOnFile(
  file: VFile,
  ruleId: string,
  reason: string,
  options: ReportOptions = {}
): VFileMessage {
  const message = file.message(reason, {
    ruleId,
    source: 'glossa',
    ...(options.place ? {place: options.place} : {})
  })
  if (options.cause instanceof Error) message.cause = options.cause
  if (options.fatal) message.fatal = true
  if (options.actual !== undefined) message.actual = options.actual
  if (options.expected !== undefined) message.expected = options.expected
  return message
}
