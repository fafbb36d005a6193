import type {MemoryEntry} from '../core/index.js'

/** An entry as the memory file holds it: the answer, when it was stored, and how often it was used since. */
export interface StoredEntry extends MemoryEntry {
  /** When it was stored, ISO 8601 in UTC. */
  created: string
  /** Lookups that found it: each one saved `billedCharacters`. */
  hits: number
}
