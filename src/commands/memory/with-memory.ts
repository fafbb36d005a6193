import {stat} from 'node:fs/promises'
import type {Database} from 'better-sqlite3'
import type {Translate} from '../../cli/i18n.js'
import type {Io} from '../../io.js'
import {openMemory} from '../../memory/open-memory.js'
import type {MemoryFile} from './index.js'

/**
 * Run `work` on the open memory and close it. `read` opens it read-only,
 * `write` read-write, `create` makes it when missing. Otherwise a missing
 * file is said plainly (no translation memory yet, exit 0) and never
 * created: there is nothing to show, prune or clear. A file glossa cannot
 * use is refused by `openMemory` before anything is done.
 */
export async function withMemory<T>(
  memory: MemoryFile,
  mode: 'read' | 'write' | 'create',
  io: Io,
  t: Translate,
  work: (db: Database) => T | Promise<T>
): Promise<T | undefined> {
  const missing = mode === 'write' && (await stat(memory.path).catch(() => undefined)) === undefined
  const db = missing
    ? undefined
    : await openMemory(memory.path, {shown: memory.shown, readonly: mode === 'read'})
  if (!db) {
    io.stderr.write(t('memoryCommand.none', {file: memory.shown}) + '\n')
    return undefined
  }

  try {
    return await work(db)
  } finally {
    db.close()
  }
}
