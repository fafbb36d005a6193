import type {Database, Statement} from 'better-sqlite3'
import {UsageError, type MemoryEntry, type TranslationMemory} from '../core/index.js'
import {entryColumns, entryRow} from './stored-entry.js'

/** Hits are written in one transaction once this many keys wait, and when the memory is closed. */
const hitsPerWrite = 10_000

/**
 * The memory in an open SQLite database: one query per lookup, one
 * transaction per stored answer. What lookups found is counted for `glossa
 * memory stats` in batches: a write per article would make a re-run wait on
 * the disk once per article (a tenth of an unchanged run's time), and a
 * count lost to a crash costs nothing.
 */
export function sqliteMemory(
  db: Database,
  options: {readonly?: boolean; shown: string}
): TranslationMemory & {flush(): void} {
  let select: Statement<[string], {key: string; target: string}> | undefined
  let hit: Statement<[number, string]> | undefined
  let insert: Statement<unknown[]> | undefined
  const hits = new Map<string, number>()

  const memory = {
    lookup(keys: readonly string[]) {
      try {
        return lookup(keys)
      } catch (error) {
        // Damage inside the file shows when its pages are read: before this article is sent.
        const code = String((error as {code?: string}).code ?? '')
        if (!code.startsWith('SQLITE_CORRUPT') && code !== 'SQLITE_NOTADB') throw error
        throw new UsageError('memory.corrupt', {file: options.shown, reason: (error as Error).message}, error)
      }
    },

    store(entries: readonly MemoryEntry[]) {
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
    },

    flush() {
      if (hits.size === 0) return
      hit ??= db.prepare('UPDATE translations SET hits = hits + ? WHERE key = ?')
      const run = hit
      db.transaction(() => {
        for (const [key, count] of hits) run.run(count, key)
      })()
      hits.clear()
    }
  }
  return memory

  function lookup(keys: readonly string[]): Map<string, string> {
    const found = new Map<string, string>()
    if (keys.length === 0) return found
    select ??= db.prepare(
      'SELECT key, target FROM translations WHERE key IN (SELECT value FROM json_each(?))'
    )
    const list = JSON.stringify(keys)
    for (const row of select.all(list)) found.set(row.key, row.target)
    // What was saved is counted for `glossa memory stats`, except on a read-only look (a dry run).
    if (!options.readonly) {
      for (const key of found.keys()) hits.set(key, (hits.get(key) ?? 0) + 1)
      if (hits.size >= hitsPerWrite) memory.flush()
    }

    return found
  }
}
