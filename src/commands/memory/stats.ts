import {stat} from 'node:fs/promises'
import type {Outcome} from '../../cli/exit-code.js'
import {formatTable} from '../../cli/format-table.js'
import type {Translate} from '../../cli/i18n.js'
import type {MemoryCommandOptions} from '../../cli/parse-cli-args.js'
import type {Io} from '../../io.js'
import {memoryStats} from '../../memory/memory-stats.js'
import type {MemoryFile} from './index.js'
import {withMemory} from './with-memory.js'

/**
 * `glossa memory stats [--json]`: entries per engine and target language,
 * characters billed for them and saved by them, and the size on disk (the
 * file and its write-ahead log). Read-only: a missing memory is not created.
 */
export async function memoryStatsCommand(
  memory: MemoryFile,
  options: MemoryCommandOptions,
  io: Io,
  t: Translate
): Promise<Outcome> {
  const found = await withMemory(memory, 'read', io, t, (db) => memoryStats(db))
  if (!found) {
    if (options.json) io.stdout.write(JSON.stringify({path: memory.shown, exists: false}, null, 2) + '\n')
    return {files: []}
  }

  const bytes = (await size(memory.path)) + (await size(memory.path + '-wal'))
  const {groups, total} = found
  if (options.json) {
    io.stdout.write(
      JSON.stringify({path: memory.shown, exists: true, bytes, ...total, groups}, null, 2) + '\n'
    )
    return {files: []}
  }

  const lines = [
    t('memoryStats.title', {file: memory.shown}),
    t('memoryStats.entries', {value: total.entries}),
    t('memoryStats.size', {bytes, size: humanSize(bytes)}),
    t('memoryStats.billed', {value: total.billedCharacters}),
    t('memoryStats.saved', {value: total.savedCharacters})
  ]
  io.stdout.write(lines.join('\n') + '\n')
  if (groups.length > 0) {
    // The engine last: its id carries the options that shape its output, and is long.
    const header = [
      t('memoryStats.column.target'),
      t('memoryStats.column.entries'),
      t('memoryStats.column.billed'),
      t('memoryStats.column.saved'),
      t('memoryStats.column.engine')
    ]
    const rows = groups.map((group) => [
      group.targetLanguage,
      ...[group.entries, group.billedCharacters, group.savedCharacters].map(String),
      group.engine
    ])
    io.stdout.write('\n' + formatTable([header, ...rows]) + '\n')
  }
  return {files: []}
}

async function size(path: string): Promise<number> {
  return (await stat(path).catch(() => undefined))?.size ?? 0
}

/** Bytes in KiB or MiB, one decimal: enough to see what the file costs. */
function humanSize(bytes: number): string {
  if (bytes < 1024) return bytes + ' B'
  if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KiB'
  return (bytes / 1024 / 1024).toFixed(1) + ' MiB'
}
