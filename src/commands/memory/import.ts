import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {VFile} from 'vfile'
import {GlossaError, UsageError} from '../../core/index.js'
import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {MemoryCommandOptions} from '../../cli/parse-cli-args.js'
import {decodeUtf8} from '../../fs/decode-utf8.js'
import type {Io} from '../../io.js'
import {parseTmx, TmxRefusal, type TmxSkip} from '../../memory/parse-tmx.js'
import {insertEntries} from '../../memory/insert-entries.js'
import type {MemoryFile} from './index.js'
import {withMemory} from './with-memory.js'

/**
 * `glossa memory import <file.tmx>`: add the entries of a TMX that glossa
 * exported. The file is read and checked whole before the memory is
 * touched, and its entries go in in one transaction: a file that is not
 * UTF-8, not well-formed (a truncated one), not TMX or not from Italian
 * imports nothing (exit 1). A key the memory has keeps its entry; a `tu`
 * that cannot be keyed to glossa's units (another tool's TMX) is skipped,
 * counted by reason, and makes the exit code 1.
 */
export async function importMemory(
  memory: MemoryFile,
  options: MemoryCommandOptions,
  io: Io,
  t: Translate
): Promise<Outcome> {
  const path = options.args[0] ?? ''
  const parsed = parse(await decode(path, io), path)
  const added = await withMemory(memory, 'create', io, t, (db) => insertEntries(db, parsed.entries))
  if (added === undefined) return {files: []}

  const reasons = new Map<TmxSkip, number[]>()
  for (const {unit, reason} of parsed.skipped) reasons.set(reason, [...(reasons.get(reason) ?? []), unit])
  for (const [reason, units] of reasons) {
    const values = {count: units.length, first: units[0], reason: t(reasonKeys[reason])}
    io.stderr.write(t('memoryImport.skipped-reason', values) + '\n')
  }

  const values = {
    file: path,
    memory: memory.shown,
    added,
    unchanged: parsed.entries.length - added,
    skipped: parsed.skipped.length
  }
  io.stderr.write(t('memoryImport.imported', values) + '\n')
  // A unit left out is a failed part of the import, as a skipped glossary row is; a reviewed row is
  // not left out: it lives in its side-by-side file.
  const failed = parsed.skipped.some(({reason}) => reason !== 'reviewed')
  return {files: [], ...(failed ? {failed: true} : {})}
}

/** The text that says why a `tu` was skipped. */
const reasonKeys: Record<TmxSkip, string> = {
  'no-key': 'memoryImport.reason.no-key',
  'bad-key': 'memoryImport.reason.bad-key',
  'no-italian': 'memoryImport.reason.no-italian',
  'no-english': 'memoryImport.reason.no-english',
  'no-engine': 'memoryImport.reason.no-engine',
  markup: 'memoryImport.reason.markup',
  reviewed: 'memoryImport.reason.reviewed'
}

async function decode(path: string, io: Io): Promise<string> {
  let buffer: Buffer
  try {
    buffer = await readFile(resolve(io.cwd, path))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    // A path that is not there is a mistake on the command line.
    if (reason === 'ENOENT') throw new UsageError('memoryImport.not-found', {file: path}, error)
    throw new GlossaError('memoryImport.unreadable', {file: path, reason}, {cause: error})
  }

  const file = new VFile({path})
  const text = decodeUtf8(buffer, file)
  if (text === undefined) {
    const message = file.messages[0]
    throw new GlossaError('memoryImport.not-utf8', {
      file: path,
      byte: message?.actual ?? '',
      line: message?.line ?? 1
    })
  }
  return text
}

function parse(text: string, path: string): ReturnType<typeof parseTmx> {
  try {
    return parseTmx(text)
  } catch (error) {
    if (!(error instanceof TmxRefusal)) throw error
    throw new GlossaError('memoryImport.' + error.reason, {file: path, detail: error.detail}, {cause: error})
  }
}
