import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reportOnFile} from '../report-on-file.js'
import {verifyTerms} from '../terms/index.js'
import type {DecodedUnit} from './decode-translations.js'
import type {DocumentSettings} from './document-settings.js'
import type {Requested} from './request-translations.js'
import {reportTerm} from './report-term.js'
import type {Unit} from './unit.js'

/**
 * Stage 5: what is wrong with each unit's translation, as messages on the
 * Italian source, by unit index: left in Italian by a stopped engine,
 * glossary terms not honoured, markup the engine broke. Nothing is checked
 * in a dry run: nothing was translated.
 */
export function verifyUnits(
  file: VFile,
  units: readonly Unit[],
  requested: Requested,
  decoded: readonly DecodedUnit[],
  settings: DocumentSettings
): VFileMessage[][] {
  const terms = settings.engine.dryRun ? undefined : settings.terms

  return units.map((unit, index) => {
    const messages: VFileMessage[] = []
    const {words, problem} = decoded[index]!

    if (requested.stopped === 'partly' && requested.translations[index] === undefined) {
      messages.push(
        reportOnFile(file, 'untranslated', 'Unexpected Italian: no translation came back for this unit', {
          place: unit.position,
          // The rule's text for a unit that got no translation at all (i18next's context).
          values: {context: 'stopped'}
        })
      )
    }

    if (terms && words !== undefined && unit.terms.length > 0) {
      for (const finding of verifyTerms(unit.terms, terms.glossary.entries, words())) {
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

    return messages
  })
}
