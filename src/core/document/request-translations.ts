import type {VFile} from 'vfile'
import type {EngineAnswer, EngineRequest, EngineResponse} from '../engine.js'
import {EngineFailure} from '../errors.js'
import {reportOnFile} from '../report-on-file.js'
import {articleContext} from './article-context.js'
import type {DocumentSettings} from './document-settings.js'
import type {Unit} from './unit.js'
import {detach} from './detach.js'

/** What the engine gave for one article. */
export interface Requested {
  /** By unit index: the XML translation, or `undefined` where none came back. */
  translations: Array<string | undefined>
  /**
   * Billable characters of the units sent (DeepL's count: code points, tags
   * excluded): each distinct unit once, none found before this stage.
   */
  characters: number
  billedCharacters: number
  requests: number
  /** Distinct texts sent to the engine. */
  sent: number
  /**
   * Set when the engine stopped part-way: `partly` when some translations
   * came back (they are written), `wholly` when none did (nothing is).
   */
  stopped?: 'partly' | 'wholly'
}

/**
 * Stage 3: send the engine each distinct unit that has no translation yet,
 * once, with the article's title and lead as context, and keep what comes
 * back for the rest of the run. A stopped engine becomes a fatal message on
 * the file with the counts of what is left in Italian; a failure no later
 * article can get past, or a malformed answer, is thrown.
 */
export async function requestTranslations(
  file: VFile,
  units: readonly Unit[],
  found: ReadonlyArray<string | undefined>,
  settings: DocumentSettings,
  keys: ReadonlyMap<string, string> = new Map(),
  /** Told, as each answer arrives, how many of the article's units it translated. */
  onAnswered?: (units: number) => void
): Promise<Requested> {
  // Identical units are sent, and billed, once.
  const distinct = new Map<string, number>()
  for (const [index, unit] of units.entries()) {
    if (found[index] === undefined) distinct.set(unit.encoding.text, unit.encoding.characters)
  }

  // What each answer brings, for the memory and for whoever counts units (a text may be several units).
  let counts: Map<string, number> | undefined
  const answered = (list: readonly string[], memory: Remembering | undefined): EngineRequest['onAnswer'] => {
    if (!onAnswered) return memory?.onAnswer
    if (!counts) {
      counts = new Map()
      for (const unit of units) counts.set(unit.encoding.text, (counts.get(unit.encoding.text) ?? 0) + 1)
    }
    const of = counts
    return (answer) => {
      memory?.onAnswer?.(answer)
      onAnswered(answer.indices.reduce((sum, index) => sum + (of.get(list[index]!) ?? 0), 0))
    }
  }

  // What another article in flight has asked for is awaited, not sent again.
  const awaited = [...distinct.keys()].filter((text) => settings.pending.has(text))
  const waits = awaited.map((text) => settings.pending.get(text)!)
  const texts = [...distinct.keys()].filter((text) => !settings.pending.has(text))
  const charactersOf = (list: readonly string[]) =>
    list.reduce((sum, text) => sum + (distinct.get(text) ?? 0), 0)
  const settle = promised(texts, settings.pending)
  const memory = remember(texts, keys, settings)
  let response: EngineResponse
  try {
    response = await ask(texts, units, settings, answered(texts, memory))
  } catch (error) {
    settle(() => undefined)
    throw error
  }

  const received = new Map<string, string | undefined>()
  for (const [index, text] of texts.entries()) {
    const translation = response.translations[index]
    received.set(text, translation)
    if (translation !== undefined) keep(settings, memory, text, translation)
  }

  settle((text) => received.get(text))
  for (const [index, translation] of (await Promise.all(waits)).entries()) {
    received.set(awaited[index]!, translation)
  }

  // What another article asked for and did not get (its engine stopped) is asked for here, once.
  const late = awaited.filter((text) => received.get(text) === undefined)
  if (late.length > 0 && !response.failure) {
    const lateMemory = remember(late, keys, settings)
    const again = await ask(late, units, settings, answered(late, lateMemory))
    for (const [index, text] of late.entries()) {
      received.set(text, again.translations[index])
      if (again.translations[index] !== undefined)
        keep(settings, lateMemory, text, again.translations[index]!)
    }

    texts.push(...late)
    response = {
      ...response,
      billedCharacters: response.billedCharacters + again.billedCharacters,
      requests: response.requests + again.requests,
      ...(again.failure ? {failure: again.failure} : {})
    }
  }

  const requested: Requested = {
    translations: units.map((unit, index) => found[index] ?? received.get(unit.encoding.text)),
    characters: charactersOf(texts),
    billedCharacters: response.billedCharacters,
    requests: response.requests,
    sent: texts.length
  }

  // The answers are written to the outputs all the same; only the next run pays for them again.
  if (memory?.failure) {
    reportOnFile(file, 'memory-not-stored', 'Cannot store answers in the translation memory', {
      cause: memory.failure.error,
      actual: String((memory.failure.error as Error)?.message ?? memory.failure.error),
      values: {units: memory.failure.units}
    })
  }

  if (response.failure) {
    const left = texts.filter((text) => received.get(text) === undefined)
    const wholly = left.length === texts.length
    requested.stopped = wholly ? 'wholly' : 'partly'
    reportOnFile(
      file,
      wholly ? 'engine-unanswered' : 'engine-stopped',
      'Cannot finish the translation (' + response.failure.code + ')',
      {
        fatal: true,
        cause: response.failure,
        actual: response.failure.message,
        // What is left in Italian: the rule's text shows it.
        values: {units: left.length, characters: charactersOf(left)}
      }
    )
  }

  return requested
}

/**
 * Register `texts` as asked for, for articles translated at the same time;
 * the returned function settles them with what came back and forgets them.
 */
function promised(
  texts: readonly string[],
  pending: Map<string, Promise<string | undefined>>
): (answer: (text: string) => string | undefined) => void {
  const resolvers = new Map<string, (translation: string | undefined) => void>()
  for (const text of texts) {
    pending.set(text, new Promise((resolve) => resolvers.set(text, resolve)))
  }

  return (answer) => {
    for (const [text, resolve] of resolvers) {
      pending.delete(text)
      resolve(answer(text))
    }
  }
}

/** Ask the engine for the distinct texts of one article; its failures become `EngineFailure`s. */
async function ask(
  texts: string[],
  units: readonly Unit[],
  settings: DocumentSettings,
  onAnswer: EngineRequest['onAnswer']
): Promise<EngineResponse> {
  if (texts.length === 0) return {translations: [], billedCharacters: 0, requests: 0}
  let response: EngineResponse

  try {
    response = await settings.engine.translate({
      texts,
      sourceLanguage: 'it',
      targetLanguage: settings.targetLanguage,
      context: articleContext(units),
      glossary: settings.terms?.glossary,
      onAnswer
    })
  } catch (error) {
    if (error instanceof EngineFailure) throw error
    throw new EngineFailure(
      'error.engine-error',
      {message: (error as Error)?.message ?? String(error)},
      error
    )
  }

  // A failure no later article can get past ends the run here, whatever came back.
  if (response.failure?.stopsRun) throw response.failure
  if (response.translations.length !== texts.length) {
    throw new EngineFailure('error.engine-count', {
      engine: settings.engine.name,
      actual: response.translations.length,
      expected: texts.length
    })
  }

  return response
}

/** Answers going into the memory, and the first failure to store one, if any. */
interface Remembering {
  onAnswer: (answer: EngineAnswer) => void
  failure?: {error: unknown; units: number}
}

/**
 * Keep an answer for the rest of the run. With a memory that stored it, the
 * memory is where later articles find it (in their one query), so a run
 * holds nothing per unit; without one, or when storing failed, the run keeps
 * it, as a copy that does not keep the article's source alive.
 */
function keep(
  settings: DocumentSettings,
  memory: Remembering | undefined,
  text: string,
  translation: string
) {
  if (memory && !memory.failure) return
  settings.known.set(detach(text), detach(translation))
}

/**
 * Each answer goes into the memory as it arrives, in one transaction: a run
 * killed later loses only the requests still in flight. A memory that fails
 * to store must not fail the translation it was given: the failure is kept
 * for a warning, and the answers still reach the outputs.
 */
function remember(
  texts: readonly string[],
  keys: ReadonlyMap<string, string>,
  settings: DocumentSettings
): Remembering | undefined {
  const {memory, engine, targetLanguage} = settings
  const memoryId = engine.memoryId
  if (!memory || memoryId === undefined) return undefined
  const remembering: Remembering = {
    onAnswer(answer) {
      const entries = answer.indices.flatMap((index, offset) => {
        const source = texts[index]!
        const key = keys.get(source)
        if (key === undefined) return []
        return [
          {
            key,
            source,
            target: answer.translations[offset]!,
            sourceLanguage: 'it',
            targetLanguage,
            engine: memoryId,
            billedCharacters: answer.billedCharacters[offset] ?? 0,
            detectedLanguage: answer.detectedLanguages[offset]
          }
        ]
      })
      try {
        memory.store(entries)
      } catch (error) {
        const units = (remembering.failure?.units ?? 0) + entries.length
        remembering.failure = {error: remembering.failure?.error ?? error, units}
      }
    }
  }
  return remembering
}
