import type {TranslationMemory} from '../core/index.js'
import type {TranslateCommandOptions} from '../cli/parse-cli-args.js'
import type {Engine} from '../core/index.js'
import {displayPath} from '../fs/display-path.js'
import type {Io} from '../io.js'
import {memoryPath} from '../memory/memory-path.js'

/**
 * The run's translation memory, when its engine is remembered (DeepL, or a
 * dry run counting for it) and `--no-memory` is not given. A dry run only
 * reads it, and a missing file is then no memory rather than a new one.
 */
export async function openRunMemory(
  options: TranslateCommandOptions,
  io: Io,
  engine: Engine
): Promise<{memory: TranslationMemory; close: () => void} | undefined> {
  if (options.noMemory || engine.memoryId === undefined) return undefined
  const {openMemory} = await import('../memory/open-memory.js')
  const {sqliteMemory} = await import('../memory/sqlite-memory.js')
  const path = memoryPath(options.memory, io.env, io.cwd)
  const readonly = engine.dryRun === true
  const db = await openMemory(path, {shown: displayPath(io.cwd, path), readonly})
  if (!db) return undefined
  const memory = sqliteMemory(db, {readonly, shown: displayPath(io.cwd, path)})
  return {
    memory,
    close() {
      try {
        memory.flush()
      } catch {
        // Only counts for `glossa memory stats`: a busy or full disk must not fail a run that is done.
      } finally {
        db.close()
      }
    }
  }
}
