import {resolve} from 'node:path'
import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {MemoryCommandOptions} from '../../cli/parse-cli-args.js'
import {readVersion} from '../../fs/read-version.js'
import {writeAtomic} from '../../fs/write-atomic.js'
import type {Io} from '../../io.js'
import {formatTmx, type ReviewedUnit} from '../../memory/format-tmx.js'
import {UsageError} from '../../core/index.js'
import {displayPath} from '../../fs/display-path.js'
import {findSideBySide} from '../../fs/find-side-by-side.js'
import {readSideBySide} from '../../fs/read-side-by-side.js'
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
  const reviewed = options.reviewed === undefined ? [] : await reviewedUnits(options.reviewed, io.cwd)
  const entries = await withMemory(memory, 'read', io, t, (db) => readEntries(db))
  if (!entries && options.reviewed === undefined) return {files: []}
  const tmx = formatTmx(entries ?? [], await readVersion(), new Date(), reviewed)
  await writeAtomic([{path: resolve(io.cwd, out), value: tmx}])
  const values = {count: entries?.length ?? 0, reviewed: reviewed.length, file: out, memory: memory.shown}
  io.stderr.write(t('memoryExport.exported', values) + '\n')
  if (options.reviewed !== undefined) io.stderr.write(t('memoryExport.reviewed', values) + '\n')
  return {files: []}
}

/** A row's container markers, in code before the Italian: context, not text. */
const markers = /^`(?:[-*+>]|\d+[.)]|\[[ xX]\])(?: (?:[-*+>]|\d+[.)]|\[[ xX]\]))*` /

/** The reviewed rows of the side-by-side files under `folder`, as TMX units. */
async function reviewedUnits(folder: string, cwd: string): Promise<ReviewedUnit[]> {
  const {files, missing} = await findSideBySide([folder], cwd)
  if (missing.length > 0) throw new UsageError('memoryExport.reviewed-missing', {file: folder})
  const units: ReviewedUnit[] = []
  for (const path of files) {
    const shown = displayPath(cwd, path)
    const {parsed} = await readSideBySide(path, shown)
    for (const row of parsed?.rows ?? []) {
      if (row.status !== 'reviewed') continue
      units.push({
        id: row.id,
        file: shown,
        italian: row.source.replace(markers, ''),
        english: row.english,
        targetLanguage: parsed?.targetLanguage ?? 'en-US'
      })
    }
  }

  return units
}
