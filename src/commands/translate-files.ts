import {isAbsolute, relative, resolve, sep} from 'node:path'
import {VFile} from 'vfile'
import {
  EngineFailure,
  fileFatal,
  renderSideBySide,
  translateDocument,
  type DocumentSettings,
  type SideBySideOptions
} from '../core/index.js'
import {findArticles, type Article} from '../fs/find-articles.js'
import {outputPaths, type OutputPaths} from '../fs/output-paths.js'
import {readArticle} from '../fs/read-article.js'
import {writeAtomic} from '../fs/write-atomic.js'

/** Progress of a run, one event per article as it starts; `done` articles are behind it. */
export interface ProgressEvent {
  type: 'file'
  file: string
  done: number
  total: number
}

export interface TranslateFilesOptions {
  inputs: readonly string[]
  cwd: string
  outDir: string
  /** The run's settings, settled once: engine, languages, fields, glossary. */
  settings: DocumentSettings
  sideBySide: Pick<SideBySideOptions, 'headers' | 'instructions' | 'note'>
  onProgress?: (event: ProgressEvent) => void
}

/** What happened to one input. */
export interface FileOutcome {
  file: VFile
  /** Paths written, relative to `cwd`; absent when the file failed. */
  output?: OutputPaths
  units: number
  characters: number
  billedCharacters: number
  requests: number
}

/**
 * Translate every article under `inputs` into `outDir`: read, translate,
 * write. One failing file becomes a fatal message on that file and the
 * others still run; a file's outputs are written only when all of them are
 * ready, atomically; a dry run writes nothing.
 */
export async function translateFiles(options: TranslateFilesOptions): Promise<FileOutcome[]> {
  // Paths inside the working folder are shown relative to it, others whole.
  const display = (path: string) => {
    const local = relative(options.cwd, path)
    return local.startsWith('..') || isAbsolute(local) ? path : local.split(sep).join('/') || '.'
  }
  // Every input in command-line order: a failed path reports where it stood.
  const found = await Promise.all(
    options.inputs.map((input) => findArticles(input, options.cwd, options.outDir))
  )
  const seen = new Set<string>()
  const plan: Array<Article | VFile> = []

  for (const entry of found) {
    if (entry.kind !== 'articles') {
      const file = new VFile({path: display(resolve(options.cwd, entry.input))})
      fileFatal(file, entry.kind === 'missing' ? 'file-missing' : 'folder-empty', file.path)
      plan.push(file)
      continue
    }

    for (const article of entry.articles) {
      if (!seen.has(article.path)) plan.push(article)
      seen.add(article.path)
    }
  }

  const total = plan.filter((item) => !(item instanceof VFile)).length
  const outcomes: FileOutcome[] = []
  const targets = new Set<string>()
  let done = 0

  for (const item of plan) {
    if (item instanceof VFile) {
      outcomes.push(withoutOutput(item))
      continue
    }

    const file = new VFile({path: display(item.path)})
    options.onProgress?.({type: 'file', file: file.path, done: done++, total})
    const paths = outputPaths(options.cwd, options.outDir, item.name)

    if (targets.has(paths.translation) || seen.has(paths.translation) || seen.has(paths.sideBySide)) {
      fileFatal(file, 'output-conflict', display(paths.translation))
      outcomes.push(withoutOutput(file))
      continue
    }

    targets.add(paths.translation)
    outcomes.push(await translateOne(item, file, paths, display, options))
  }

  return outcomes
}

async function translateOne(
  article: Article,
  file: VFile,
  paths: OutputPaths,
  display: (path: string) => string,
  options: TranslateFilesOptions
): Promise<FileOutcome> {
  const read = await readArticle(article.path, file)
  if (!read) return withoutOutput(file)

  let result
  try {
    result = await translateDocument(file, options.settings)
  } catch (error) {
    // A failure no later article can get past (a wrong key) stops the run; anything else fails this file only.
    if (error instanceof EngineFailure && error.stopsRun) throw error
    const ruleId = error instanceof EngineFailure ? 'engine-failed' : 'internal-error'
    fileFatal(file, ruleId, error instanceof Error ? error.message : String(error), {cause: error})
    return withoutOutput(file)
  }

  const counts = {
    units: result.units.length,
    characters: result.characters,
    billedCharacters: result.billedCharacters,
    requests: result.requests
  }
  if (options.settings.engine.dryRun || !result.written) return {file, ...counts}

  const sideBySide = renderSideBySide(result.units, {
    ...options.sideBySide,
    sourcePath: file.path,
    targetLanguage: options.settings.targetLanguage
  })

  try {
    await writeAtomic([
      {path: paths.translation, value: read.bom + result.english},
      {path: paths.sideBySide, value: sideBySide}
    ])
  } catch (error) {
    fileFatal(file, 'write-failed', (error as NodeJS.ErrnoException).code ?? String(error), {cause: error})
    return withoutOutput(file)
  }

  return {
    file,
    output: {translation: display(paths.translation), sideBySide: display(paths.sideBySide)},
    ...counts
  }
}

function withoutOutput(file: VFile): FileOutcome {
  return {file, units: 0, characters: 0, billedCharacters: 0, requests: 0}
}
