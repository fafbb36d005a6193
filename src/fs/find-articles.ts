import {readdir, stat} from 'node:fs/promises'
import {join, resolve, sep} from 'node:path'

/** What one path on the command line gives: the articles' absolute paths, or why none. */
export type Found =
  | {kind: 'articles'; input: string; isFolder: boolean; articles: string[]}
  | {kind: 'missing'; input: string}
  | {kind: 'empty-folder'; input: string}

/** Names glossa writes; a folder walk never takes them for articles. */
const outputName = /\.(?:en|side-by-side)\.md$/i

/**
 * Expand one path given on the command line: a file is taken as it is, a
 * folder for every `*.md` below it (sorted, so runs are repeatable), leaving
 * out hidden entries, `node_modules`, glossa's own outputs and the output
 * folder when it lies inside the input folder.
 */
export async function findArticles(input: string, cwd: string, outDir: string): Promise<Found> {
  const absolute = resolve(cwd, input)
  const stats = await stat(absolute).catch(() => undefined)

  if (!stats) return {kind: 'missing', input}
  if (!stats.isDirectory()) return {kind: 'articles', input, isFolder: false, articles: [absolute]}

  // The output folder is skipped when it lies inside the input folder; when it
  // is the input folder (or above it), the output names are what tell.
  const out = resolve(cwd, outDir)
  const paths = (await walk(absolute, out.startsWith(absolute + sep) ? out : undefined)).sort()
  return paths.length === 0
    ? {kind: 'empty-folder', input}
    : {
        kind: 'articles',
        input,
        isFolder: true,
        articles: paths
      }
}

async function walk(folder: string, out: string | undefined): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true})
  const paths: string[] = []

  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    // Symbolic links count as what they point to.
    const stats = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry
    if (stats?.isDirectory()) {
      if (path !== out) paths.push(...(await walk(path, out)))
    } else if (stats?.isFile() && /\.md$/i.test(entry.name) && !outputName.test(entry.name)) {
      paths.push(path)
    }
  }

  return paths
}
