import {statSync} from 'node:fs'
import {mkdir, stat} from 'node:fs/promises'
import {dirname} from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import type {Database} from 'better-sqlite3'
import {UsageError} from '../core/index.js'
import {writeProblem} from '../fs/write-problem.js'

/** `PRAGMA application_id` of a glossa memory: "glos" in ASCII, so no other SQLite file passes for one. */
export const applicationId = 0x676c6f73
/** `PRAGMA user_version`: the layout of the tables below; a newer file is refused, never rewritten. */
export const memoryVersion = 1

const schema = `
CREATE TABLE IF NOT EXISTS translations (
  key TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  source_language TEXT NOT NULL,
  target_language TEXT NOT NULL,
  engine TEXT NOT NULL,
  billed_characters INTEGER NOT NULL,
  detected_language TEXT,
  created TEXT NOT NULL,
  hits INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
`

export interface OpenMemoryOptions {
  /** The path as messages show it. */
  shown: string
  /** Read only (a dry run, `memory stats`): a missing file is no memory, never created. */
  readonly?: boolean
}

/**
 * Open the memory at `path`, creating it (and its folder) on first use, in
 * WAL mode with a busy timeout so runs at once wait for each other instead
 * of failing. A file that is not SQLite, is another program's SQLite file,
 * comes from a newer glossa or is damaged is refused with a usage error
 * before anything is written to it. Returns `undefined` when a read-only
 * open finds no file.
 */
export async function openMemory(path: string, options: OpenMemoryOptions): Promise<Database | undefined> {
  const exists = (await stat(path).catch(() => undefined)) !== undefined
  if (!exists && options.readonly) return undefined
  if (!exists) {
    try {
      await mkdir(dirname(path), {recursive: true})
    } catch (error) {
      throw new UsageError(
        'memory.unwritable',
        {file: options.shown},
        writeProblem(error, dirname(options.shown))
      )
    }
  }

  // Native, and only needed when the memory is: loaded here, not at start-up.
  // A CommonJS module: its constructor is the default export.
  const Sqlite = ((await import('better-sqlite3')) as unknown as {default: typeof BetterSqlite3}).default
  let db: Database
  try {
    db = new Sqlite(path, {readonly: options.readonly ?? false, fileMustExist: exists})
  } catch (error) {
    throw refusal(error, options.shown)
  }

  try {
    db.pragma('busy_timeout = 10000')
    check(db, options)
    return db
  } catch (error) {
    db.close()
    throw error instanceof UsageError ? error : refusal(error, options.shown)
  }
}

function check(db: Database, options: OpenMemoryOptions): void {
  const id = db.pragma('application_id', {simple: true}) as number
  const version = db.pragma('user_version', {simple: true}) as number
  const objects = db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number

  if (id === 0 && objects === 0) {
    if (options.readonly) return
    create(db)
    return
  }

  if (id !== applicationId) throw new UsageError('memory.foreign', {file: options.shown})
  if (version > memoryVersion) {
    throw new UsageError('memory.newer', {file: options.shown, version, supported: memoryVersion})
  }

  // A truncated file is found here, before anything is paid for, not after.
  const missing = missingBytes(db)
  if (missing > 0) {
    throw new UsageError('memory.corrupt', {
      file: options.shown,
      reason: 'truncated: ' + missing + ' bytes missing'
    })
  }

  if (!options.readonly) db.pragma('journal_mode = WAL')
}

/**
 * How many bytes shorter the file is than its pages: a full `quick_check`
 * reads every page (about 0.2 s for 200,000 entries, on every run), while a
 * cut file shows in its size. Pages still in the write-ahead log count, so
 * a file a killed run left behind is not taken for a cut one. Damage inside
 * the pages is found when they are read (`SQLITE_CORRUPT`, the same refusal).
 */
function missingBytes(db: Database): number {
  const pages = db.pragma('page_count', {simple: true}) as number
  const size = db.pragma('page_size', {simple: true}) as number
  let onDisk = 0
  for (const suffix of ['', '-wal']) {
    try {
      onDisk += statSync(db.name + suffix).size
    } catch {
      // No write-ahead log: everything is in the file.
    }
  }

  return Math.max(0, pages * size - onDisk)
}

/** A new memory: WAL first (outside any transaction), then the tables, once even when two runs race. */
function create(db: Database): void {
  db.pragma('journal_mode = WAL')
  db.transaction(() => {
    const objects = db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number
    if (objects > 0) return
    db.exec(schema)
    db.pragma('application_id = ' + applicationId)
    db.pragma('user_version = ' + memoryVersion)
  }).immediate()
}

/** SQLite's own codes for what a file is not, as one line an editor can act on. */
function refusal(error: unknown, shown: string): UsageError {
  const code = String((error as {code?: string}).code ?? '')
  if (code === 'SQLITE_NOTADB') return new UsageError('memory.not-sqlite', {file: shown}, error)
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new UsageError('memory.corrupt', {file: shown, reason: (error as Error).message}, error)
  }

  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_IOERR')
  ) {
    return new UsageError(
      'memory.unwritable',
      {file: shown},
      new UsageError('memory.sqlite', {message: (error as Error).message})
    )
  }

  return new UsageError('memory.corrupt', {file: shown, reason: (error as Error).message}, error)
}
