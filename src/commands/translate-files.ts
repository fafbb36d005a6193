import {
  EngineFailure,
  fileFatal,
  priorFromSideBySide,
  sourceFingerprint,
  writtenStatus,
  type SideBySide,
  UsageError,
  renderSideBySide,
  translateDocument,
  type TranslateDocumentOptions,
  type DocumentSettings,
  type SideBySideOptions
} from '../core/index.js'
import type {VFile} from 'vfile'
import {displayPath} from '../fs/display-path.js'
import type {OutputPaths} from '../fs/output-paths.js'
import type {PlanEntry, PlannedArticle} from '../fs/plan-articles.js'
import {readArticle} from '../fs/read-article.js'
import {readSideBySide} from '../fs/read-side-by-side.js'
import {dirname, relative, sep} from 'node:path'
import {writeAtomic} from '../fs/write-atomic.js'
import {writeProblem} from '../fs/write-problem.js'

/**
 * Progress of a run, sent as each article starts, is split into units, gets
 * an answer from the engine, and ends. Counts of units cover the articles
 * split so far; `allSplit` says when that is every article of the run.
 */
export interface ProgressEvent {
  /** Articles behind, and in the run. */
  done: number
  total: number
  /** Units of the articles split so far, and those of them with their English (all of a finished article's). */
  unitsTotal: number
  unitsDone: number
  allSplit: boolean
  /** Of the articles done. */
  fromMemory: number
  billedCharacters: number
}

export interface TranslateFilesOptions {
  /** The run's inputs, as `planArticles` expanded them. */
  plan: readonly PlanEntry[]
  cwd: string
  /** The settings of an article's project, settled once per project: engine, languages, fields, glossary. */
  settingsFor: (article: PlannedArticle) => DocumentSettings
  /** The side-by-side file's words, in the language of the file it rewrites, if any. */
  sideBySide: (
    language: 'it' | 'en' | undefined
  ) => Pick<SideBySideOptions, 'headers' | 'instructions' | 'note' | 'previous'>
  onProgress?: (event: ProgressEvent) => void
  /**
   * Each outcome as soon as it and every one before it in the plan are
   * done, in the plan's order: a report can be printed as the run goes, and
   * its messages let go.
   */
  onOutcome?: (outcome: FileOutcome) => void
  /**
   * Articles translated at once (default 1): their requests share the
   * engine's slots, so a folder of short articles does not wait one round
   * trip per article; outcomes keep the plan's order all the same.
   */
  inFlight?: number
}

/** What happened to one input. */
export interface FileOutcome {
  file: VFile
  /** Paths written, relative to `cwd`; absent when nothing was written. */
  output?: OutputPaths
  units: number
  characters: number
  billedCharacters: number
  requests: number
  /** Units answered from the translation memory. */
  fromMemory: number
  /** Distinct texts sent to the engine. */
  sent: number
  /** Units whose reviewed English came from the side-by-side file. */
  fromReviewed: number
  /** The side-by-side file read before the run, when a row of it was refused. */
  reviewFile?: VFile
}

/**
 * Translate every planned article: read, translate, write. One failing file
 * becomes a fatal message on that file and the others still run; a file's
 * outputs are written only when all of them are ready, atomically; a dry
 * run writes nothing. What the engine billed is reported even when a write
 * fails afterwards.
 */
export async function translateFiles(options: TranslateFilesOptions): Promise<FileOutcome[]> {
  const total = options.plan.filter((entry) => entry.kind === 'article').length
  const outcomes: FileOutcome[] = new Array(options.plan.length)
  let next = 0
  let done = 0
  // A failure no article can get past: nothing new starts, those in flight finish, then it is thrown.
  let stop: {error: unknown} | undefined
  const counts = {fromMemory: 0, billedCharacters: 0}
  const units = {total: 0, done: 0}
  // Articles begun and not yet split: until there are none and none are left to begin, the units' total can grow.
  let unsplit = 0
  const progress = () =>
    options.onProgress?.({
      done,
      total,
      unitsTotal: units.total,
      unitsDone: units.done,
      allSplit: next >= options.plan.length && unsplit === 0,
      ...counts
    })
  let reported = 0
  // Outcomes in the plan's order, each once; with `holes`, past any left undone by a stopped run.
  const flush = (holes = false) => {
    while (reported < outcomes.length && (holes || outcomes[reported])) {
      const outcome = outcomes[reported++]
      if (outcome) options.onOutcome?.(outcome)
    }
  }

  const worker = async (): Promise<void> => {
    while (next < options.plan.length && !stop) {
      const index = next++
      const entry = options.plan[index]!
      if (entry.kind === 'failed') {
        outcomes[index] = counted(entry.file)
        flush()
        continue
      }

      unsplit++
      progress()
      // This article's part of the units' counts, so its end can settle them.
      const mine = {split: false, total: 0, done: 0}
      const hooks: ArticleHooks = {
        onUnits(event) {
          mine.split = true
          unsplit--
          mine.total = event.units
          mine.done = event.resolved
          units.total += event.units
          units.done += event.resolved
          progress()
        },
        onAnswered(count) {
          mine.done += count
          units.done += count
          progress()
        }
      }
      try {
        const outcome = await translateOne(entry, options, hooks)
        outcomes[index] = outcome
        counts.fromMemory += outcome.fromMemory
        counts.billedCharacters += outcome.billedCharacters
      } catch (error) {
        stop ??= {error}
      }

      // Whatever became of it, a finished article has no units left to wait for.
      if (!mine.split) unsplit--
      units.done += Math.max(0, mine.total - mine.done)

      // The report needs the messages, not the text, nor the stack each message took when it was
      // made: its frames hold the article's whole pipeline, so thousands of articles would stay in memory.
      entry.file.value = ''
      for (const message of [...entry.file.messages, ...(outcomes[index]?.reviewFile?.messages ?? [])]) {
        message.stack = ''
      }

      done++
      progress()
      flush()
    }
  }

  // A bounded number at once, so memory does not grow with the number of articles.
  const workers = Math.max(1, Math.min(options.inFlight ?? 1, options.plan.length))
  await Promise.all(Array.from({length: workers}, worker))
  // What finished before a stop is reported all the same: its outputs are written.
  flush(true)
  if (stop) throw stop.error
  return outcomes
}

type ArticleHooks = Required<Pick<TranslateDocumentOptions, 'onUnits' | 'onAnswered'>>

async function translateOne(
  article: PlannedArticle,
  options: TranslateFilesOptions,
  hooks: ArticleHooks
): Promise<FileOutcome> {
  const {file} = article
  const settings = options.settingsFor(article)
  const read = await readArticle(article.path, file)
  if (!read) return counted(file)

  const {translation, sideBySide: sideBySidePath} = article.output
  // The review so far: reviewed English is used as it stands, edits not yet applied are applied first.
  const review = await readSideBySide(sideBySidePath, displayPath(options.cwd, sideBySidePath))
  const source = String(file.value)
  const sameTarget = review.parsed?.targetLanguage === settings.targetLanguage
  // Another target would overwrite English a person reviewed for the first: nothing is sent, nothing written.
  if (review.parsed && !sameTarget && hasReview(review.parsed)) {
    fileFatal(file, 'review-target-differs', review.parsed.targetLanguage ?? '', {
      expected: settings.targetLanguage
    })
    return counted(file)
  }

  let result
  try {
    result = await translateDocument(file, settings, {
      ...hooks,
      prior: (units) =>
        priorFromSideBySide(units, sameTarget ? review.parsed : undefined, review.file, {
          source,
          apply: false
        })
    })
  } catch (error) {
    // A failure no later article can get past (a wrong key, a damaged memory) stops the run; anything else fails this file only.
    if (error instanceof UsageError || (error instanceof EngineFailure && error.stopsRun)) throw error
    const ruleId = error instanceof EngineFailure ? 'engine-failed' : 'internal-error'
    fileFatal(file, ruleId, error instanceof Error ? error.message : String(error), {cause: error})
    return counted(file)
  }

  const counts = {
    units: result.units.length,
    characters: result.characters,
    billedCharacters: result.billedCharacters,
    requests: result.requests,
    fromMemory: result.fromMemory,
    sent: result.sent,
    fromReviewed: result.fromReviewed,
    ...(review.file.messages.length > 0 ? {reviewFile: review.file} : {})
  }
  if (settings.engine.dryRun || !result.written) return counted(file, counts)

  const sideBySide = renderSideBySide(result.units, {
    ...options.sideBySide(review.parsed?.language),
    sourcePath: relative(dirname(sideBySidePath), article.path).split(sep).join('/'),
    sourceHash: sourceFingerprint(source),
    targetLanguage: settings.targetLanguage
  })

  try {
    await writeAtomic([
      {path: translation, value: read.bom + result.english},
      {path: sideBySidePath, value: sideBySide}
    ])
  } catch (error) {
    // The system's path is the part that refused (a file where a folder should be); a rename names its target.
    const {path, dest} = error as NodeJS.ErrnoException & {dest?: string}
    const blamed = dest ?? path ?? translation
    fileFatal(file, 'write-failed', (error as NodeJS.ErrnoException).code ?? String(error), {
      cause: writeProblem(error, displayPath(options.cwd, blamed))
    })
    return counted(file, counts)
  }

  return {
    file,
    output: {
      translation: displayPath(options.cwd, translation),
      sideBySide: displayPath(options.cwd, sideBySidePath)
    },
    ...counts
  }
}

/** Whether a side-by-side file holds anything a person did: a reviewed row, or an edit. */
function hasReview(parsed: SideBySide): boolean {
  return parsed.rows.some(
    (row) => row.status === 'reviewed' || (parsed.version === 2 && writtenStatus(row) === undefined)
  )
}

/** An outcome without outputs; what was sent and billed before the failure still counts. */
function counted(
  file: VFile,
  counts: Omit<FileOutcome, 'file' | 'output'> = {
    units: 0,
    characters: 0,
    billedCharacters: 0,
    requests: 0,
    fromMemory: 0,
    sent: 0,
    fromReviewed: 0
  }
): FileOutcome {
  return {file, ...counts}
}
