import {localise} from './report.js'
import type {Translate} from './i18n.js'
import type {SideBySideOptions} from '../core/index.js'

/** The side-by-side file's words in the interface language: headers, the reviewer's line, notes. */
export function sideBySideTexts(
  t: Translate
): Pick<SideBySideOptions, 'headers' | 'instructions' | 'note' | 'previous'> {
  return {
    headers: [
      t('sideBySide.id'),
      t('sideBySide.status'),
      t('sideBySide.source'),
      t('sideBySide.target'),
      t('sideBySide.notes')
    ],
    instructions: t('sideBySide.instructions'),
    note: (message) => '`' + (message.ruleId ?? '') + '` ' + localise(message, t),
    previous: t('sideBySide.previous')
  }
}
