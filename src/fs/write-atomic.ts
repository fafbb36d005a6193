import {randomBytes} from 'node:crypto'
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'

/**
 * Write several files so that each is either its old self or wholly new:
 * every file goes to a temporary sibling first, and only when all of them
 * are on disk are they renamed into place. Files whose content would not
 * change are left alone (their modification time too).
 */
export async function writeAtomic(files: ReadonlyArray<{path: string; value: string}>): Promise<void> {
  const pending: Array<{path: string; temporary: string}> = []

  try {
    for (const {path, value} of files) {
      if (await hasContent(path, value)) continue
      await mkdir(dirname(path), {recursive: true})
      const temporary = path + '.' + randomBytes(6).toString('hex') + '.tmp'
      pending.push({path, temporary})
      await writeFile(temporary, value, {flag: 'wx'})
    }

    for (const {path, temporary} of pending) await rename(temporary, path)
  } catch (error) {
    await Promise.all(pending.map(({temporary}) => rm(temporary, {force: true})))
    throw error
  }
}

async function hasContent(path: string, value: string): Promise<boolean> {
  try {
    return (await readFile(path, 'utf8')) === value
  } catch {
    return false
  }
}
