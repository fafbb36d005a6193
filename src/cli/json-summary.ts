import type {VFileMessage} from 'vfile-message'
import type {Translate} from './i18n.js'
import {actualText, localise} from './report.js'
import type {FileOutcome} from '../commands/translate-files.js'

/** What a file, or the whole run, cost and saved. */
export interface Counts {
  units: number
  characters: number
  requests: number
  billedCharacters: number
  /** Units answered by the translation memory: not sent, not billed. */
  fromMemory: number
  /** Distinct texts sent to the engine. */
  sent: number
  /** Units whose reviewed English came from the side-by-side file: not sent, not billed. */
  fromReviewed: number
}

/** The `--json` summary; its schema is documented in the README. */
export interface JsonSummary {
  files: Array<
    Counts & {
      path: string
      output: {translation: string; sideBySide: string} | null
      messages: Array<{
        ruleId: string | null
        severity: 'error' | 'warning' | 'info'
        line: number | null
        column: number | null
        endLine: number | null
        endColumn: number | null
        reason: string
        /** What was found, in the source's or the translation's words; `null` when there is nothing to show. */
        actual: string | null
        /** What was expected instead. */
        expected: string[]
        /** What a stopped engine left in Italian (`engine-stopped`, `engine-unanswered`); `null` for other rules. */
        left: {units: number; characters: number} | null
      }>
    }
  >
  totals: Counts & {files: number}
}

/** Build the `--json` summary of a run. */
export function jsonSummary(outcomes: readonly FileOutcome[], t: Translate): JsonSummary {
  const sum = (pick: (outcome: FileOutcome) => number) =>
    outcomes.reduce((total, outcome) => total + pick(outcome), 0)

  return {
    files: outcomes.map((outcome) => ({
      path: outcome.file.path,
      output: outcome.output ?? null,
      units: outcome.units,
      characters: outcome.characters,
      requests: outcome.requests,
      billedCharacters: outcome.billedCharacters,
      fromMemory: outcome.fromMemory,
      sent: outcome.sent,
      fromReviewed: outcome.fromReviewed,
      messages: outcome.file.messages.map((message: VFileMessage) => {
        const end = message.place && 'end' in message.place ? message.place.end : undefined
        return {
          ruleId: message.ruleId ?? null,
          severity: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info',
          line: message.line ?? null,
          column: message.column ?? null,
          endLine: end?.line ?? null,
          endColumn: end?.column ?? null,
          reason: localise(message, t),
          actual: actualText(message, t) ?? null,
          expected: message.expected ?? [],
          left: leftOf(message)
        }
      })
    })),
    totals: {
      files: outcomes.length,
      units: sum((outcome) => outcome.units),
      characters: sum((outcome) => outcome.characters),
      requests: sum((outcome) => outcome.requests),
      billedCharacters: sum((outcome) => outcome.billedCharacters),
      fromMemory: sum((outcome) => outcome.fromMemory),
      sent: sum((outcome) => outcome.sent),
      fromReviewed: sum((outcome) => outcome.fromReviewed)
    }
  }
}

function leftOf(message: VFileMessage): {units: number; characters: number} | null {
  const units = message.values?.['units']
  const characters = message.values?.['characters']
  return typeof units === 'number' && typeof characters === 'number' ? {units, characters} : null
}
