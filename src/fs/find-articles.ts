import {readdir, stat} from 'node:fs/promises'
import {basename, join, relative, resolve, sep} from 'node:path'

/** An article to translate and where its outputs go. */
export interface Article {
  /** Absolute path of the Italian file. */
  path: string
  /** Path relative to the input folder (or the file name), used under `--out`. */
  name: string
}

export type Found =
  | {kind: 'articles'; input: string; articles: Article[]}
  | {kind: 'missing'; input: string}
  | {kind: 'empty-folder'; input: string}

/**
 * Expand the paths given on the command line: a file is taken as it is, a
 * folder for every `*.md` below it (sorted, so runs are repeatable), leaving
 * out hidden folders, `node_modules` and the output folder itself.
 */
export async function findArticles(inputs: readonly string[], cwd: string, outDir: string): Promise<Found[]> {
  const out = resolve(cwd, outDir)
  const found: Found[] = []

  for (const input of inputs) {
    const absolute = resolve(cwd, input)
    const stats = await stat(absolute).catch(() => undefined)

    if (!stats) {
      found.push({kind: 'missing', input})
    } else if (stats.isDirectory()) {
      const paths = (await walk(absolute, out)).sort()
      found.push(
        paths.length === 0
          ? {kind: 'empty-folder', input}
          : {kind: 'articles', input, articles: paths.map((path) => ({path, name: relative(absolute, path)}))}
      )
    } else {
      found.push({kind: 'articles', input, articles: [{path: absolute, name: basename(absolute)}]})
    }
  }

  return found
}

async function walk(folder: string, out: string): Promise<string[]> {
  if (folder === out || folder.startsWith(out + sep)) return []
  const entries = await readdir(folder, {withFileTypes: true})
  const paths: string[] = []

  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) paths.push(...(await walk(path, out)))
    else if (entry.isFile() && entry.name.endsWith('.md')) paths.push(path)
  }

  return paths
}
