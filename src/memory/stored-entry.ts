import type {MemoryEntry} from '../core/index.js'

/** An entry as the memory file holds it: the answer, when it was stored, and how often it was used since. */
export interface StoredEntry extends MemoryEntry {
  /** When it was stored, ISO 8601 in UTC. */
  created: string
  /** Lookups that found it: each one saved `billedCharacters`. */
  hits: number
}

/** The columns an entry is written to, in the order of `entryRow`. */
export const entryColumns =
  'key, source, target, source_language, target_language, engine, billed_characters, detected_language, created, hits'

/** An entry's values for an `INSERT` into `entryColumns`. */
export function entryRow(entry: StoredEntry): Array<string | number | null> {
  return [
    entry.key,
    entry.source,
    entry.target,
    entry.sourceLanguage,
    entry.targetLanguage,
    entry.engine,
    entry.billedCharacters,
    entry.detectedLanguage ?? null,
    entry.created,
    entry.hits
  ]
}
