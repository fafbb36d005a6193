import {readdir, stat} from 'node:fs/promises'
import {join, resolve} from 'node:path'

const sideBySideName = /\.side-by-side\.md$/i

/**
 * The side-by-side files under `inputs` (files as given, folders searched
 * recursively, hidden entries and `node_modules` left out), sorted, each
 * once; and the inputs that do not exist.
 */
export async function findSideBySide(
  inputs: readonly string[],
  cwd: string
): Promise<{files: string[]; missing: string[]}> {
  const files = new Set<string>()
  const missing: string[] = []

  for (const input of inputs) {
    const path = resolve(cwd, input)
    const stats = await stat(path).catch(() => undefined)
    if (!stats) missing.push(input)
    else if (stats.isDirectory()) for (const found of (await walk(path)).sort()) files.add(found)
    else files.add(path)
  }

  return {files: [...files], missing}
}

async function walk(folder: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(folder, {withFileTypes: true})) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) found.push(...(await walk(path)))
    else if (entry.isFile() && sideBySideName.test(entry.name)) found.push(path)
  }

  return found
}
