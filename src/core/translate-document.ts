import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {GlossaError} from '../errors.js'
import {articleContext} from './article-context.js'
import {collectUnits} from './collect-units.js'
import type {Engine, TargetLanguage} from './engine.js'
import {parseMarkdown} from './parse-markdown.js'
import {renderEnglish} from './render-english.js'
import type {Unit} from './unit.js'

export interface DocumentOptions {
  engine: Engine
  targetLanguage: TargetLanguage
  /** Front-matter fields to translate. */
  fields: readonly string[]
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
  /** Billable characters of the units (DeepL's count: code points, tags excluded). */
  characters: number
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
  const units = collectUnits(parseMarkdown(source), source, {fields: options.fields})
  const texts = [...new Set(units.map((unit) => unit.encoding.text))]
  const response =
    texts.length === 0
      ? {translations: [], billedCharacters: 0, requests: 0}
      : await options.engine.translate({
          texts,
          sourceLanguage: 'it',
          targetLanguage: options.targetLanguage,
          context: articleContext(units)
        })

  if (response.translations.length !== texts.length) {
    throw new GlossaError('error.engine-count', {
      engine: options.engine.name,
      actual: response.translations.length,
      expected: texts.length
    })
  }

  const byText = new Map(texts.map((text, index) => [text, response.translations[index]]))
  const rendered = renderEnglish(source, units, (unit) => byText.get(unit.encoding.text))

  const results = units.map((unit): UnitResult => {
    const messages: VFileMessage[] = []
    const problem = rendered.problems.get(unit)

    if (problem) {
      const message = file.message(
        'Unexpected `' + problem.actual + '` in the translation, expected `' + problem.expected + '`',
        {place: unit.position, ruleId: 'markup-mismatch', source: 'glossa'}
      )
      message.actual = problem.actual
      message.expected = [problem.expected]
      messages.push(message)
    }

    return {unit, english: rendered.english.get(unit) ?? unit.source, messages}
  })

  return {
    english: rendered.document,
    units: results,
    characters: units.reduce((sum, unit) => sum + unit.encoding.characters, 0),
    billedCharacters: response.billedCharacters,
    requests: response.requests
  }
}
