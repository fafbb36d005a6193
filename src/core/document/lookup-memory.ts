import {memoryKey} from '../memory/index.js'
import type {DocumentSettings} from './document-settings.js'
import type {Unit} from './unit.js'

/** What the memory gave for one article. */
export interface RememberedUnits {
  /** By unit index: the translation found so far (this run's or the memory's). */
  found: Array<string | undefined>
  /** How many units the memory answered. */
  fromMemory: number
  /** The memory key of each unit's encoded text, for storing what the engine answers. */
  keys: Map<string, string>
}

/**
 * Stage 3: look the units still without a translation up in the memory, in
 * one query for the article. A unit's key holds its encoded text, the
 * languages, the engine and its options, and the glossary entries found in
 * it (see `memoryKey`), so an edit to one paragraph or one term misses only
 * where it matters.
 */
export function lookupMemory(
  units: readonly Unit[],
  found: ReadonlyArray<string | undefined>,
  settings: DocumentSettings
): RememberedUnits {
  const {memory, engine, terms} = settings
  const keys = new Map<string, string>()
  if (!memory || engine.memoryId === undefined) return {found: [...found], fromMemory: 0, keys}

  for (const [index, unit] of units.entries()) {
    if (found[index] !== undefined || keys.has(unit.encoding.text)) continue
    const entries = terms ? unit.terms.map((term) => terms.glossary.entries[term.entry]!) : []
    keys.set(
      unit.encoding.text,
      memoryKey({
        text: unit.encoding.text,
        sourceLanguage: 'it',
        targetLanguage: settings.targetLanguage,
        engine: engine.memoryId,
        entries
      })
    )
  }

  const stored = memory.lookup([...keys.values()])
  let fromMemory = 0
  const result = units.map((unit, index) => {
    if (found[index] !== undefined) return found[index]
    const translation = stored.get(keys.get(unit.encoding.text)!)
    if (translation === undefined) return undefined
    // Not kept in `known`: a later article asks the memory in its own one query,
    // so what a run holds does not grow with what the memory answers.
    fromMemory++
    return translation
  })
  return {found: result, fromMemory, keys}
}
