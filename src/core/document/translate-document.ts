import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {collectUnits} from './collect-units.js'
import {checkUnits} from './check-units.js'
import {decodeTranslations} from './decode-translations.js'
import {lookupMemory} from './lookup-memory.js'
import type {DocumentSettings} from './document-settings.js'
import {requestTranslations} from './request-translations.js'
import {reuseTranslations} from './reuse-translations.js'
import {spliceUnits} from './splice-units.js'
import type {PriorTranslations, UnitReview} from './review-status.js'
import type {Unit} from './unit.js'
import {verifyUnits} from './verify-units.js'

/** One unit's outcome: its English and the messages raised on it. */
export interface UnitResult {
  unit: Unit
  english: string
  messages: VFileMessage[]
  /** Where it stands in review: `machine` unless a side-by-side file said otherwise. */
  review: UnitReview
}

export interface TranslateDocumentOptions {
  /**
   * What the article's side-by-side file already holds, read once the
   * units are known: reviewed English is used as it is, never sent.
   */
  prior?: ((units: readonly Unit[]) => PriorTranslations | Promise<PriorTranslations>) | undefined
  /**
   * Told how many units the article has once it is split, then how many
   * have a translation before anything is sent (reviewed, from this run or
   * the memory): a progress bar counts units with it.
   */
  onUnits?: ((event: {units: number; resolved: number}) => void) | undefined
  /** Told as each answer of the engine arrives how many units it translated. */
  onAnswered?: ((units: number) => void) | undefined
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
  /** Units whose translation came from the translation memory. */
  fromMemory: number
  /** Distinct texts sent to the engine. */
  sent: number
  /** Units whose reviewed English came from the side-by-side file: not sent, not billed. */
  fromReviewed: number
}

/**
 * Translate one Italian article held in `file`. Each stage hands its data to
 * the next; problems become messages on `file`. A new stage (a memory
 * lookup, a quality check) is one module and one line here.
 */
export async function translateDocument(
  file: VFile,
  settings: DocumentSettings,
  options: TranslateDocumentOptions = {}
): Promise<DocumentResult> {
  const source = String(file.value)
  // Parse, split into units, encode each once, find its glossary terms.
  const units = await collectUnits(file, settings)
  // What a reviewer approved stands; nothing of it is sent.
  const prior = options.prior
    ? await options.prior(units)
    : {translations: units.map(() => undefined), reviews: units.map((): UnitReview => ({status: 'machine'}))}
  // Units translated earlier in this run are not sent again.
  const reused = reuseTranslations(units, settings).map((found, index) => prior.translations[index] ?? found)
  // Nor are units the memory has an answer for.
  const remembered = lookupMemory(units, reused, settings)
  options.onUnits?.({
    units: units.length,
    resolved: remembered.found.filter((found) => found !== undefined).length
  })
  // The engine gets each distinct unit still without a translation; each answer is remembered as it arrives.
  const requested = await requestTranslations(
    file,
    units,
    remembered.found,
    settings,
    remembered.keys,
    options.onAnswered
  )
  // Each translation is read once: Markdown and words, or a tag problem.
  const decoded = await decodeTranslations(source, units, requested.translations)
  // Untranslated units, glossary terms, broken markup.
  const verified = verifyUnits(file, units, requested, decoded, settings)
  // Numbers, currencies, dates, links, code, Italian left over.
  const checked = checkUnits(file, units, decoded, settings)
  const messages = verified.map((list, index) => [...list, ...checked[index]!])
  // The Italian source with every unit's span replaced; every other byte copied.
  const english = spliceUnits(
    source,
    units,
    decoded.map((unit) => unit.written),
    0,
    source.length
  )

  return {
    english,
    units: units.map((unit, index) => ({
      unit,
      english: decoded[index]!.english,
      messages: messages[index]!,
      review: prior.reviews[index]!
    })),
    characters: requested.characters,
    written: requested.stopped !== 'wholly',
    billedCharacters: requested.billedCharacters,
    requests: requested.requests,
    fromMemory: remembered.fromMemory,
    sent: requested.sent,
    fromReviewed: prior.reviews.filter(
      (review, index) => review.status === 'reviewed' && prior.translations[index] !== undefined
    ).length
  }
}
