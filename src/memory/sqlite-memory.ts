import type {Database, Statement} from 'better-sqlite3'
import {UsageError, type TranslationMemory} from '../core/index.js'
import {entryColumns, entryRow} from './stored-entry.js'

/** The memory in an open SQLite database: one query per lookup, one transaction per stored answer. */
export function sqliteMemory(db: Database, options: {readonly?: boolean; shown: string}): TranslationMemory {
  let select: Statement<[string], {key: string; target: string}> | undefined
  let hit: Statement<[string]> | undefined
  let insert: Statement<unknown[]> | undefined

  return {
    lookup(keys) {
      try {
        return lookup(keys)
      } catch (error) {
        // Damage inside the file shows when its pages are read: before this article is sent.
        const code = String((error as {code?: string}).code ?? '')
        if (!code.startsWith('SQLITE_CORRUPT') && code !== 'SQLITE_NOTADB') throw error
        throw new UsageError('memory.corrupt', {file: options.shown, reason: (error as Error).message}, error)
      }
    },

    store(entries) {
      if (entries.length === 0 || options.readonly) return
      // A key answered again (the memory bypassed, or two runs at once) takes the newer answer.
      insert ??= db.prepare(
        `INSERT INTO translations (${entryColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET target = excluded.target, billed_characters = excluded.billed_characters,
           detected_language = excluded.detected_language`
      )
      const created = new Date().toISOString()
      const run = insert
      db.transaction(() => {
        for (const entry of entries) run.run(...entryRow({...entry, created, hits: 0}))
      })()
    }
  }

  function lookup(keys: readonly string[]): Map<string, string> {
    const found = new Map<string, string>()
    if (keys.length === 0) return found
    select ??= db.prepare(
      'SELECT key, target FROM translations WHERE key IN (SELECT value FROM json_each(?))'
    )
    const list = JSON.stringify(keys)
    for (const row of select.all(list)) found.set(row.key, row.target)
    // What was saved is counted for `glossa memory stats`, except on a read-only look (a dry run).
    if (found.size > 0 && !options.readonly) {
      hit ??= db.prepare(
        'UPDATE translations SET hits = hits + 1 WHERE key IN (SELECT value FROM json_each(?))'
      )
      hit.run(JSON.stringify([...found.keys()]))
    }

    return found
  }
}
