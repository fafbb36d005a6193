import type {Database} from 'better-sqlite3'
import {entryColumns, entryRow, type StoredEntry} from './stored-entry.js'

/**
 * Add `entries` in one transaction; a key the memory has keeps its entry
 * (the one already there was paid for and may have been used). Returns
 * how many were added.
 */
export function insertEntries(db: Database, entries: readonly StoredEntry[]): number {
  const insert = db.prepare(
    `INSERT INTO translations (${entryColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING`
  )
  return db
    .transaction(() => {
      let added = 0
      for (const entry of entries) added += insert.run(...entryRow(entry)).changes
      return added
    })
    .immediate()
}
