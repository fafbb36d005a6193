import {resolve} from 'node:path'
import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {MemoryCommandOptions} from '../../cli/parse-cli-args.js'
import {readVersion} from '../../fs/read-version.js'
import {writeAtomic} from '../../fs/write-atomic.js'
import type {Io} from '../../io.js'
import {formatTmx} from '../../memory/format-tmx.js'
import {readEntries} from '../../memory/read-entries.js'
import type {MemoryFile} from './index.js'
import {withMemory} from './with-memory.js'

/**
 * `glossa memory export <file.tmx>`: every entry as TMX 1.4b, written
 * atomically (the file is its old self or wholly new). Read-only: a missing
 * memory is said, and nothing is written.
 */
export async function exportMemory(
  memory: MemoryFile,
  options: MemoryCommandOptions,
  io: Io,
  t: Translate
): Promise<Outcome> {
  const out = options.args[0] ?? ''
  const entries = await withMemory(memory, 'read', io, t, (db) => readEntries(db))
  if (!entries) return {files: []}
  await writeAtomic([{path: resolve(io.cwd, out), value: formatTmx(entries, await readVersion())}])
  io.stderr.write(t('memoryExport.exported', {count: entries.length, file: out, memory: memory.shown}) + '\n')
  return {files: []}
}
