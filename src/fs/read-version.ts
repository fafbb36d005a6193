import {readFile} from 'node:fs/promises'

let version: Promise<string> | undefined

/**
 * glossa's version, from its package.json (read once). The file is found by
 * walking up from this module, which sits at a different depth in `src/`
 * and in the bundled `dist/`.
 */
export function readVersion(): Promise<string> {
  // A failed read is not kept: the next call tries again.
  version ??= find(new URL('.', import.meta.url)).catch((error: unknown) => {
    version = undefined
    throw error
  })
  return version
}

async function find(folder: URL): Promise<string> {
  try {
    const manifest = JSON.parse(await readFile(new URL('package.json', folder), 'utf8')) as {
      name?: string
      version?: string
    }
    if (manifest.name === 'glossa' && manifest.version) return manifest.version
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }

  const parent = new URL('..', folder)
  if (parent.href === folder.href) throw new Error('Cannot find the package.json of glossa')
  return find(parent)
}
