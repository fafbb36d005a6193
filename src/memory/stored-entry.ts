import type {Database} from 'better-sqlite3'
import type {MemoryEntry} from '../core/index.js'

/** An entry as the memory file holds it: the answer, when it was stored, and how often it was used since. */
export interface StoredEntry extends MemoryEntry {
  /** When it was stored, ISO 8601 in UTC. */
  created: string
  /** Lookups that found it: each one saved `billedCharacters`. */
  hits: number
}

interface Row {
  key: string
  source: string
  target: string
  source_language: string
  target_language: string
  engine: string
  billed_characters: number
  detected_language: string | null
  created: string
  hits: number
}

/** Every entry of the memory, oldest first (then by key, so an export is the same each time). */
export function readEntries(db: Database): StoredEntry[] {
  const rows = db.prepare('SELECT * FROM translations ORDER BY created, key').all() as Row[]
  return rows.map((row) => ({
    key: row.key,
    source: row.source,
    target: row.target,
    sourceLanguage: row.source_language,
    targetLanguage: row.target_language,
    engine: row.engine,
    billedCharacters: row.billed_characters,
    detectedLanguage: row.detected_language ?? undefined,
    created: row.created,
    hits: row.hits
  }))
}

/**
 * Add `entries` in one transaction; a key the memory has keeps its entry
 * (the one already there was paid for and may have been used). Returns
 * how many were added.
 */
export function insertEntries(db: Database, entries: readonly StoredEntry[]): number {
  const insert = db.prepare(
    `INSERT INTO translations (key, source, target, source_language, target_language, engine, billed_characters, detected_language, created, hits)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(key) DO NOTHING`
  )
  return db
    .transaction(() => {
      let added = 0
      for (const entry of entries) {
        added += insert.run(
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
        ).changes
      }
      return added
    })
    .immediate()
}
