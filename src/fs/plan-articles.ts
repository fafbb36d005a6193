import {dirname, relative, resolve, sep} from 'node:path'
import {VFile} from 'vfile'
import {fileFatal} from '../core/index.js'
import {displayPath} from './display-path.js'
import {findArticles} from './find-articles.js'
import {outputPaths, type OutputPaths} from './output-paths.js'

/** An article of a run, with the file its messages go on and its outputs. */
export interface PlannedArticle {
  kind: 'article'
  /** Absolute path of the Italian file. */
  path: string
  file: VFile
  output: OutputPaths
}

/** An input that gave no article (missing path, empty folder, output conflict): its fatal message is on `file`. */
export interface FailedInput {
  kind: 'failed'
  /** Why: the message on `file` has this rule id. */
  ruleId: 'file-missing' | 'folder-empty' | 'output-conflict'
  /** The path as given on the command line (for a missing path or an empty folder). */
  input?: string
  file: VFile
}

export type PlanEntry = PlannedArticle | FailedInput

/**
 * Expand the paths given on the command line into the run's articles, in
 * command-line order, each once, with the paths of its outputs. Under
 * `outDir` each article keeps its path below the folder the inputs share
 * (a folder given counts as itself, a file as its folder): `translate a b`
 * writes `out/a/…` and `out/b/…`, `translate articles` writes `out/…`.
 */
export async function planArticles(
  inputs: readonly string[],
  cwd: string,
  outDir: string
): Promise<PlanEntry[]> {
  const found = await Promise.all(inputs.map((input) => findArticles(input, cwd, outDir)))
  const bases = found.flatMap((entry) =>
    entry.kind === 'articles'
      ? [entry.isFolder ? resolve(cwd, entry.input) : dirname(entry.articles[0]!)]
      : []
  )
  const base = bases.length > 0 ? bases.reduce(commonFolder) : cwd
  const plan: PlanEntry[] = []
  const sources = new Set<string>()
  const targets = new Set<string>()

  for (const entry of found) {
    if (entry.kind !== 'articles') {
      const file = new VFile({path: displayPath(cwd, resolve(cwd, entry.input))})
      const ruleId = entry.kind === 'missing' ? 'file-missing' : 'folder-empty'
      fileFatal(file, ruleId, file.path)
      plan.push({kind: 'failed', ruleId, input: entry.input, file})
      continue
    }

    for (const path of entry.articles) {
      if (sources.has(path)) continue
      sources.add(path)
      plan.push({
        kind: 'article',
        path,
        file: new VFile({path: displayPath(cwd, path)}),
        output: outputPaths(cwd, outDir, relative(base, path))
      })
    }
  }

  // Two articles whose outputs would be one file (names differing only in
  // the case of `.md`), or an output that is itself an input: neither is written.
  return plan.map((entry) => {
    if (entry.kind === 'failed') return entry
    const {translation, sideBySide} = entry.output
    if (targets.has(translation) || sources.has(translation) || sources.has(sideBySide)) {
      fileFatal(entry.file, 'output-conflict', displayPath(cwd, translation))
      return {kind: 'failed', ruleId: 'output-conflict', file: entry.file}
    }

    targets.add(translation)
    return entry
  })
}

function commonFolder(a: string, b: string): string {
  const left = a.split(sep)
  const right = b.split(sep)
  let index = 0
  while (index < left.length && index < right.length && left[index] === right[index]) index++
  return left.slice(0, index).join(sep) || sep
}
