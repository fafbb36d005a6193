import type {VFile} from 'vfile'
import type {EngineAnswer, EngineRequest, EngineResponse} from '../engine.js'
import {EngineFailure} from '../errors.js'
import {reportOnFile} from '../report-on-file.js'
import {articleContext} from './article-context.js'
import type {DocumentSettings} from './document-settings.js'
import type {Unit} from './unit.js'

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
  keys: ReadonlyMap<string, string> = new Map()
): Promise<Requested> {
  // Identical units are sent, and billed, once.
  const distinct = new Map<string, number>()
  for (const [index, unit] of units.entries()) {
    if (found[index] === undefined) distinct.set(unit.encoding.text, unit.encoding.characters)
  }

  const texts = [...distinct.keys()]
  const charactersOf = (list: readonly string[]) =>
    list.reduce((sum, text) => sum + (distinct.get(text) ?? 0), 0)
  const response = await ask(texts, units, settings, remember(texts, keys, settings))
  const received = new Map<string, string | undefined>()
  for (const [index, text] of texts.entries()) {
    const translation = response.translations[index]
    received.set(text, translation)
    if (translation !== undefined) settings.known.set(text, translation)
  }

  const requested: Requested = {
    translations: units.map((unit, index) => found[index] ?? received.get(unit.encoding.text)),
    characters: charactersOf(texts),
    billedCharacters: response.billedCharacters,
    requests: response.requests,
    sent: texts.length
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

/**
 * Each answer goes into the memory as it arrives, in one transaction: a run
 * killed later loses only the requests still in flight.
 */
function remember(
  texts: readonly string[],
  keys: ReadonlyMap<string, string>,
  settings: DocumentSettings
): ((answer: EngineAnswer) => void) | undefined {
  const {memory, engine} = settings
  if (!memory || engine.memoryId === undefined) return undefined
  const memoryId = engine.memoryId
  return (answer) => {
    memory.store(
      answer.indices.flatMap((index, offset) => {
        const source = texts[index]!
        const key = keys.get(source)
        return key === undefined
          ? []
          : [
              {
                key,
                source,
                target: answer.translations[offset]!,
                sourceLanguage: 'it',
                targetLanguage: settings.targetLanguage,
                engine: memoryId,
                billedCharacters: answer.billedCharacters[offset] ?? 0,
                detectedLanguage: answer.detectedLanguages[offset]
              }
            ]
      })
    )
  }
}
