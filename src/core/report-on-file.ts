import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {MessageValues} from './errors.js'

declare module 'vfile-message' {
  interface VFileMessage {
    /**
     * Values the localised text of the rule is filled from besides `actual`
     * and `expected`: counts (`units`, `characters` left by a stopped
     * engine), or the details of a glossary problem.
     */
    values?: MessageValues | undefined
  }
}

export interface ReportOptions {
  place?: Point | Position | undefined
  actual?: string
  expected?: string[]
  values?: MessageValues
  fatal?: boolean
  cause?: unknown
}

/**
 * Add a glossa message to `file`. The reason is English, for logs; the
 * reporter shows the localised text for `ruleId`, filled from `actual`,
 * `expected` and `values`.
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
  if (options.values !== undefined) message.values = options.values
  return message
}
