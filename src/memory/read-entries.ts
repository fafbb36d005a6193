import type {Database} from 'better-sqlite3'
import type {StoredEntry} from './stored-entry.js'

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
