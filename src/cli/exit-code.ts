import type {VFile} from 'vfile'
import {GlossaError} from '../core/index.js'

/** How a command ended: the files it reported on, and whether warnings fail the run. */
export interface Outcome {
  files: readonly VFile[]
  /** `--frail`: warnings make the exit code 1. */
  frail?: boolean
  /** Part of the work failed without a file to carry the message (units skipped by an import). */
  failed?: boolean
  /** Messages already reported and let go (a run's report is written as it goes). */
  counts?: {fatal: number; warnings: number}
}

/**
 * The exit code of every command, decided here only: 2 for wrong usage or
 * configuration (nothing was done), 1 when a file failed (a fatal message)
 * or had warnings under `--frail`, or glossa itself failed, else 0.
 */
export function exitCode(outcome: Outcome | {error: unknown}): number {
  if ('error' in outcome) return outcome.error instanceof GlossaError ? outcome.error.exitCode : 1
  const messages = outcome.files.flatMap((file) => file.messages)
  const fatal = (outcome.counts?.fatal ?? 0) > 0 || messages.some((message) => message.fatal)
  const warned = (outcome.counts?.warnings ?? 0) > 0 || messages.some((message) => message.fatal === false)
  if (outcome.failed || fatal) return 1
  if (outcome.frail && warned) return 1
  return 0
}
