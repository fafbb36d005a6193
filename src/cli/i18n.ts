import i18next from 'i18next'
import {en} from './locales/en.js'
import {it} from './locales/it.js'

export type Language = 'it' | 'en'

export const languages: readonly Language[] = ['it', 'en']

/** Look up an interface text by key. */
export type Translate = (key: string, values?: Record<string, unknown>) => string

/** A translator for one interface language (its own i18next instance, no globals). */
export function createTranslate(language: Language): Translate {
  const instance = i18next.createInstance()
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    resources: {en: {translation: en}, it: {translation: it}},
    interpolation: {escapeValue: false},
    returnNull: false
  })
  return (key, values) => instance.t(key, values ?? {}) as string
}

/** The interface language from `--lang`, else the locale variables, else English. */
export function pickLanguage(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>
): Language {
  if (flag === 'it' || flag === 'en') return flag
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return /^it(?:[_.@-]|$)/i.test(locale) ? 'it' : 'en'
}
