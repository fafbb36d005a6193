import {isAbsolute, join, relative, resolve, sep} from 'node:path'
import {VFile} from 'vfile'
import type {Engine, TargetLanguage} from './core/engine.js'
import {renderSideBySide, type SideBySideOptions} from './core/side-by-side.js'
import {translateDocument} from './core/translate-document.js'
import {GlossaError} from './errors.js'
import {fileFatal} from './file-fatal.js'
import {findArticles, type Article} from './fs/find-articles.js'
import {readArticle} from './fs/read-article.js'
import {writeAtomic} from './fs/write-atomic.js'

/** Progress of a run, one event per file as it starts. */
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
  targetLanguage: TargetLanguage
  engine: Engine
  fields: readonly string[]
  sideBySide: Pick<SideBySideOptions, 'headers' | 'instructions' | 'note'>
  onProgress?: (event: ProgressEvent) => void
}

/** What happened to one input. */
export interface FileOutcome {
  file: VFile
  /** Paths written, relative to `cwd`; absent when the file failed. */
  output?: {translation: string; sideBySide: string}
  units: number
  characters: number
  billedCharacters: number
  requests: number
}

/**
 * Translate every article under `inputs` into `outDir`. One failing file
 * becomes a fatal message on that file and the others still run; a file's
 * outputs are written only when all of them are ready, atomically.
 */
export async function translateFiles(options: TranslateFilesOptions): Promise<FileOutcome[]> {
  // Paths inside the working folder are shown relative to it, others whole.
  const display = (path: string) => {
    const local = relative(options.cwd, path)
    return local.startsWith('..') || isAbsolute(local) ? path : local.split(sep).join('/') || '.'
  }
  const outcomes: FileOutcome[] = []
  const articles: Article[] = []
  const seen = new Set<string>()

  for (const found of await findArticles(options.inputs, options.cwd, options.outDir)) {
    if (found.kind === 'articles') {
      for (const article of found.articles) {
        if (!seen.has(article.path)) articles.push(article)
        seen.add(article.path)
      }
    } else {
      const file = new VFile({path: display(resolve(options.cwd, found.input))})
      fileFatal(file, found.kind === 'missing' ? 'file-missing' : 'folder-empty', file.path)
      outcomes.push(empty(file))
    }
  }

  const targets = new Set<string>()

  for (const [index, article] of articles.entries()) {
    const file = new VFile({path: display(article.path)})
    options.onProgress?.({type: 'file', file: file.path, done: index, total: articles.length})
    const base = join(resolve(options.cwd, options.outDir), article.name.replace(/\.md$/i, ''))
    const translation = base + '.en.md'
    const sideBySide = base + '.side-by-side.md'

    if (targets.has(translation) || seen.has(translation) || seen.has(sideBySide)) {
      fileFatal(file, 'output-conflict', display(translation))
      outcomes.push(empty(file))
      continue
    }

    targets.add(translation)
    outcomes.push(await translateOne(article, file, {translation, sideBySide}, display, options))
  }

  return outcomes
}

async function translateOne(
  article: Article,
  file: VFile,
  paths: {translation: string; sideBySide: string},
  display: (path: string) => string,
  options: TranslateFilesOptions
): Promise<FileOutcome> {
  const read = await readArticle(article.path, file)
  if (!read) return empty(file)

  let result
  try {
    result = await translateDocument(file, {
      engine: options.engine,
      targetLanguage: options.targetLanguage,
      fields: options.fields
    })
  } catch (error) {
    // Configuration problems stop the run; anything else fails this file only.
    if (error instanceof GlossaError && error.exitCode === 2) throw error
    fileFatal(file, 'engine-failed', error instanceof Error ? error.message : String(error), {cause: error})
    return empty(file)
  }

  const sideBySide = renderSideBySide(result.units, {
    ...options.sideBySide,
    sourcePath: file.path,
    targetLanguage: options.targetLanguage
  })

  try {
    await writeAtomic([
      {path: paths.translation, value: (read.bom ? '\uFEFF' : '') + result.english},
      {path: paths.sideBySide, value: sideBySide}
    ])
  } catch (error) {
    fileFatal(file, 'write-failed', (error as NodeJS.ErrnoException).code ?? String(error), {cause: error})
    return empty(file)
  }

  return {
    file,
    output: {translation: display(paths.translation), sideBySide: display(paths.sideBySide)},
    units: result.units.length,
    characters: result.characters,
    billedCharacters: result.billedCharacters,
    requests: result.requests
  }
}

function empty(file: VFile): FileOutcome {
  return {file, units: 0, characters: 0, billedCharacters: 0, requests: 0}
}
