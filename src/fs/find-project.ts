import {stat} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {configName} from './load-config.js'

/** Where a project keeps its glossary, below the project's folder. */
export const glossaryPath = 'glossary/glossary.tsv'

/**
 * The folder of the project `folder` belongs to: the nearest one, from
 * `folder` up to the file system's root, that holds `glossa.config.json` or
 * `glossary/glossary.tsv` (as unified-engine, ESLint and Prettier look for
 * their configuration); `undefined` when no folder does. Answers are kept
 * in `cache`, so the articles of one folder cost one walk.
 */
export async function findProject(
  folder: string,
  cache: Map<string, Promise<string | undefined>> = new Map()
): Promise<string | undefined> {
  let found = cache.get(folder)
  if (!found) {
    found = walkUp(folder, cache)
    cache.set(folder, found)
  }

  return found
}

async function walkUp(
  folder: string,
  cache: Map<string, Promise<string | undefined>>
): Promise<string | undefined> {
  // Whatever holds the name counts: a configuration that cannot be read is an error, not a reason to look further up.
  if ((await exists(join(folder, configName))) || (await exists(join(folder, glossaryPath)))) return folder
  const parent = dirname(folder)
  return parent === folder ? undefined : findProject(parent, cache)
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined
}
