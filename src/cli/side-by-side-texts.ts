import {localise} from './report.js'
import {createTranslate, type Language, type Translate} from './i18n.js'
import type {SideBySideOptions} from '../core/index.js'

const translators = new Map<Language, Translate>()

/** One translator per language for the run: a rewrite per article must not build an i18next instance each time. */
function translator(language: Language): Translate {
  let t = translators.get(language)
  if (!t) {
    t = createTranslate(language)
    translators.set(language, t)
  }

  return t
}

/** The side-by-side file's words in the interface language: headers, the reviewer's line, notes. */
export function sideBySideTexts(
  interfaceT: Translate,
  /** The language of the file being rewritten, which it keeps: editors in two languages do not churn it. */
  language?: Language
): Pick<SideBySideOptions, 'headers' | 'instructions' | 'note' | 'previous'> {
  const t = language ? translator(language) : interfaceT
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
