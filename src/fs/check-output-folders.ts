import {randomBytes} from 'node:crypto'
import {mkdir, rm, stat, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {UsageError} from '../core/index.js'
import {displayPath} from './display-path.js'
import {writeProblem} from './write-problem.js'

/**
 * Make sure every output can be written before anything is paid for: each
 * output folder is created and a probe file written in it and removed (the
 * only test that holds for read-only mounts, full disks and root alike), and
 * no output path is a folder. The first problem stops the run as a usage
 * error naming the path in words.
 */
export async function checkOutputFolders(outputs: readonly string[], cwd: string): Promise<void> {
  const folders = new Set(outputs.map((path) => dirname(path)))

  for (const folder of folders) {
    try {
      await mkdir(folder, {recursive: true})
      const probe = join(folder, '.glossa-probe-' + randomBytes(6).toString('hex'))
      await writeFile(probe, '', {flag: 'wx'})
      await rm(probe, {force: true})
    } catch (error) {
      throw refusal(error, await blocking(folder), cwd)
    }
  }

  for (const path of outputs) {
    const stats = await stat(path).catch(() => undefined)
    if (stats?.isDirectory()) throw refusal(Object.assign(new Error(path), {code: 'EISDIR'}), path, cwd)
  }
}

function refusal(error: unknown, path: string, cwd: string): UsageError {
  return new UsageError('usage.output-unwritable', {}, writeProblem(error, displayPath(cwd, path)))
}

/** The path to blame: the part of `folder` that exists but is a file, else the folder itself. */
async function blocking(folder: string): Promise<string> {
  for (let path = folder; ; path = dirname(path)) {
    const stats = await stat(path).catch(() => undefined)
    if (stats) return stats.isDirectory() ? folder : path
    if (dirname(path) === path) return folder
  }
}
