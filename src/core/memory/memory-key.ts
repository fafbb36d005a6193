import {createHash} from 'node:crypto'
import type {GlossaryEntry} from '../glossary/index.js'

/**
 * The version of what a key is made of: raise it when the encoding of units
 * (tags, held names, escapes) or the key itself changes, so answers to texts
 * encoded the old way are not taken for answers to the new ones.
 */
export const pipelineVersion = 1

export interface MemoryKeyInput {
  /** The unit as the engine gets it: XML text with its tags. */
  text: string
  sourceLanguage: string
  targetLanguage: string
  /** The engine and every option that changes its output (`Engine.memoryId`). */
  engine: string
  /**
   * The glossary entries found in this unit, and only those: a term added
   * or changed elsewhere in the glossary leaves the key alone, one found
   * here changes it.
   */
  entries: readonly GlossaryEntry[]
}

/** The memory key of a unit: a SHA-256 over everything its translation depends on. */
export function memoryKey(input: MemoryKeyInput): string {
  // What DeepL's glossary gets from an entry: its Italian, forms and English, and whether it is a name.
  const entries = input.entries
    .map((entry) => [
      entry.italian,
      entry.english,
      entry.dnt,
      entry.forms.map((form) => [form.italian, form.english ?? ''])
    ])
    .map((entry) => JSON.stringify(entry))
    .sort()
  return createHash('sha256')
    .update(
      JSON.stringify([
        pipelineVersion,
        input.engine,
        input.sourceLanguage,
        input.targetLanguage,
        input.text,
        [...new Set(entries)]
      ])
    )
    .digest('hex')
}
