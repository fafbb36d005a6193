import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {articleContext} from './article-context.js'
import {collectUnits} from './collect-units.js'
import {EngineFailure, type Engine, type EngineResponse, type TargetLanguage} from './engine.js'
import type {Glossary} from './find-terms.js'
import {parseMarkdown} from './parse-markdown.js'
import {renderEnglish} from './render-english.js'
import {reportOnFile} from './report-on-file.js'
import type {PlacedTerm, Unit} from './unit.js'
import {plainTranslation, verifyTerms, type TermFinding} from './verify-terms.js'
import {tokenizeXml} from './xml.js'

export interface DocumentOptions {
  engine: Engine
  targetLanguage: TargetLanguage
  /** Front-matter fields to translate. */
  fields: readonly string[]
  /**
   * Translations already received in this run, by encoded text; filled as
   * translations arrive, so identical units across articles are sent once.
   */
  known?: Map<string, string>
  /** The glossary checked on every unit; its do-not-translate terms are held aside. */
  glossary?: Glossary | undefined
  /** Check the translations against the glossary (not in a dry run: nothing is translated). */
  checkTerms?: boolean
}

/** One unit's outcome: its English and the messages raised on it. */
export interface UnitResult {
  unit: Unit
  english: string
  messages: VFileMessage[]
}

export interface DocumentResult {
  /** The English document. */
  english: string
  units: UnitResult[]
  /**
   * Billable characters of the units sent for this article (DeepL's count:
   * code points, tags excluded): each distinct unit once, none already
   * translated for an earlier article of the run.
   */
  characters: number
  /** False when the engine failed before anything came back: there is nothing new to write. */
  written: boolean
  billedCharacters: number
  requests: number
}

/**
 * Translate one Italian article held in `file`: split it into units, send
 * each distinct unit to the engine once, check the markup that comes back,
 * and write the English. Problems become messages on `file`.
 */
export async function translateDocument(file: VFile, options: DocumentOptions): Promise<DocumentResult> {
  const source = String(file.value)
  const {units, skipped} = collectUnits(parseMarkdown(source), source, {
    fields: options.fields,
    glossary: options.glossary
  })

  for (const place of skipped) {
    reportOnFile(file, 'unit-skipped', 'Cannot place this block in the source exactly; it stays in Italian', {
      place,
      actual: source.slice(place.start.offset, place.end.offset)
    })
  }

  // Identical units are sent, and billed, once.
  const distinct = new Map(units.map((unit) => [unit.encoding.text, unit.encoding.characters]))
  // What an earlier article of this run already got back is not sent again.
  const known = options.known ?? new Map<string, string>()
  const texts = [...distinct.keys()].filter((text) => !known.has(text))
  const response = await requestTranslations(texts, units, options)
  const byText = new Map<string, string | undefined>(known)
  for (const [index, text] of texts.entries()) {
    const translation = response.translations[index]
    byText.set(text, translation)
    if (translation !== undefined) known.set(text, translation)
  }

  const rendered = renderEnglish(source, units, (unit) => byText.get(unit.encoding.text))
  const stopped = response.failure ? reportStop(file, response.failure, texts, byText, distinct) : undefined

  // Nothing was translated in a dry run: there is nothing to check.
  const glossary = options.checkTerms === false ? undefined : options.glossary
  const results = units.map((unit): UnitResult => {
    const messages: VFileMessage[] = []
    const problem = rendered.problems.get(unit)
    const translation = byText.get(unit.encoding.text)

    if (stopped === 'partly' && translation === undefined) {
      messages.push(
        reportOnFile(file, 'untranslated', 'Unexpected Italian: no translation came back for this unit', {
          place: unit.position
        })
      )
    }

    if (!problem && translation !== undefined && glossary && unit.terms.length > 0) {
      const english = plainTranslation(tokenizeXml(translation) ?? [], unit.encoding.tags)
      for (const finding of verifyTerms(unit.terms, glossary.entries, english)) {
        messages.push(reportTerm(file, finding))
      }
    }

    if (problem) {
      const reason =
        'Unexpected `' + problem.actual + '` in the translation, expected `' + problem.expected + '`'
      messages.push(
        reportOnFile(file, 'markup-mismatch', reason, {
          place: unit.position,
          actual: problem.actual,
          expected: [problem.expected]
        })
      )
    }

    return {unit, english: rendered.english.get(unit) ?? unit.source, messages}
  })

  return {
    english: rendered.document,
    units: results,
    characters: texts.reduce((sum, text) => sum + (distinct.get(text) ?? 0), 0),
    written: stopped !== 'wholly',
    billedCharacters: response.billedCharacters,
    requests: response.requests
  }
}

const termReasons: Record<TermFinding['ruleId'], (finding: TermFinding) => string> = {
  'glossary-term-missing': (finding) =>
    'Unexpected translation of `' + finding.actual + '`, expected `' + finding.expected[0] + '` (glossary)',
  'glossary-term-forbidden': (finding) =>
    'Unexpected `' +
    finding.actual +
    '` in the translation, expected `' +
    finding.expected[0] +
    '` (glossary)',
  'glossary-dnt-changed': (finding) =>
    'Unexpected change to `' + finding.actual + '`, expected it as written (do not translate)'
}

/** A glossary finding as a warning on the term in the Italian source. */
function reportTerm(file: VFile, finding: TermFinding<PlacedTerm>): VFileMessage {
  return reportOnFile(file, finding.ruleId, termReasons[finding.ruleId](finding), {
    place: finding.term.position,
    actual: finding.actual,
    expected: finding.expected
  })
}

/**
 * The engine stopped (quota, outage, a malformed answer): the file fails
 * with a count of what is left in Italian. When part came back it is
 * written (`partly`); when nothing did, nothing is (`wholly`), so a good
 * earlier output is never replaced by the Italian.
 */
function reportStop(
  file: VFile,
  failure: EngineFailure,
  texts: readonly string[],
  translated: ReadonlyMap<string, string | undefined>,
  characters: ReadonlyMap<string, number>
): 'partly' | 'wholly' {
  const left = texts.filter((text) => translated.get(text) === undefined)
  const wholly = left.length === texts.length
  const ruleId = wholly ? 'engine-unanswered' : 'engine-stopped'
  reportOnFile(file, ruleId, 'Cannot finish the translation (' + failure.code + ')', {
    fatal: true,
    cause: failure,
    actual: failure.message,
    // Units and characters left in Italian: the rule's text shows them.
    expected: [String(left.length), String(left.reduce((sum, text) => sum + (characters.get(text) ?? 0), 0))]
  })
  return wholly ? 'wholly' : 'partly'
}

/** Ask the engine for the distinct texts of one article; its failures become `EngineFailure`s. */
async function requestTranslations(
  texts: string[],
  units: readonly Unit[],
  options: DocumentOptions
): Promise<EngineResponse> {
  if (texts.length === 0) return {translations: [], billedCharacters: 0, requests: 0}
  let response: EngineResponse

  try {
    response = await options.engine.translate({
      texts,
      sourceLanguage: 'it',
      targetLanguage: options.targetLanguage,
      context: articleContext(units)
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
      engine: options.engine.name,
      actual: response.translations.length,
      expected: texts.length
    })
  }

  return response
}
