import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {MemoryCommandOptions} from '../../cli/parse-cli-args.js'
import type {Io} from '../../io.js'
import {clearMemory} from '../../memory/clear-memory.js'
import type {MemoryFile} from './index.js'
import {withMemory} from './with-memory.js'

/**
 * `glossa memory clear [--dry-run]`: delete every entry. The file stays, an
 * empty glossa memory: a run that has it open goes on working, and the next
 * one finds it where it was (deleting the file is left to the user).
 */
export async function clearMemoryCommand(
  memory: MemoryFile,
  options: MemoryCommandOptions,
  io: Io,
  t: Translate
): Promise<Outcome> {
  const mode = options.dryRun ? 'read' : 'write'
  const count = await withMemory(memory, mode, io, t, (db) => clearMemory(db, options.dryRun))
  if (count === undefined) return {files: []}
  io.stderr.write(
    t(options.dryRun ? 'memoryClear.would-clear' : 'memoryClear.cleared', {count, file: memory.shown}) + '\n'
  )
  return {files: []}
}
