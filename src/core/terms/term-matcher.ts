import type {Glossary} from '../glossary/index.js'
import {normalizeForm, normalizeText} from '../language/index.js'
import {buildAutomaton, type Automaton} from './build-automaton.js'
import {scanWords} from './scan-words.js'

/** Where a glossary term occurs in a text, and which entry it stands for. */
export interface TermMatch {
  /** Index of the entry in the array given to compileTerms. */
  entry: number
  /** UTF-16 offsets of the match in the text. */
  from: number
  to: number
  /** The text as written, text.slice(from, to). */
  surface: string
  /** The English expected for the form that matched: the entry's, or an explicit form's own. */
  english: string
  /** Whether the form that matched is a plural (generated) or an explicit form, not the term itself. */
  inflected: boolean
  /**
   * Whether the form that matched is a generated plural, so the English that
   * fits it is the plural of `english` (`modelli` → `models`). An explicit
   * form says its own English, or is taken as singular.
   */
  plural: boolean
}

declare const opaque: unique symbol

/** A glossary compiled for `matchTerms`: the glossary, and a private automaton over its forms. */
export interface TermMatcher {
  readonly glossary: Glossary
  readonly [opaque]: true
}

/** The automaton over the normalised forms, and what each form stands for. */
interface Compiled {
  glossary: Glossary
  automaton: Automaton
  formEntry: Int32Array
  formEnglish: string[]
  formInflected: Uint8Array
  formPlural: Uint8Array
  /** For a do-not-translate name, how it is written: it matches only so, or in capitals. */
  formCase: Array<string | undefined>
}

interface Form {
  key: string
  entry: number
  english: string
  inflected: boolean
  plural: boolean
  written?: string
}

/**
 * Compile glossary entries for matching: each entry's term, its explicit
 * forms and its generated plurals (none for a do-not-translate entry).
 */
export function compileTerms(glossary: Glossary): TermMatcher {
  const forms = collectForms(glossary)
  const compiled: Compiled = {
    glossary,
    automaton: buildAutomaton(forms.map((form) => form.key)),
    formEntry: Int32Array.from(forms, (form) => form.entry),
    formEnglish: forms.map((form) => form.english),
    formInflected: Uint8Array.from(forms, (form) => (form.inflected ? 1 : 0)),
    formPlural: Uint8Array.from(forms, (form) => (form.plural ? 1 : 0)),
    formCase: forms.map((form) => form.written)
  }
  return compiled as unknown as TermMatcher
}

/**
 * Find glossary terms in a text: case-insensitive, any white space run for
 * a space, whole words only (an elided article or preposition may precede),
 * leftmost-longest and non-overlapping, in one pass over the text.
 */
export function matchTerms(matcher: TermMatcher, text: string): TermMatch[] {
  const {automaton, formEntry, formEnglish, formInflected, formPlural, formCase} =
    matcher as unknown as Compiled
  const normalized = normalizeText(text)
  const {origin} = normalized
  return scanWords(automaton, normalized).flatMap(({key, start, end}) => {
    const from = origin[start]!
    // The match ends where the next unit of the text starts (a letter and its accent are one unit).
    const to = end < normalized.length ? origin[end]! : text.length
    const surface = text.slice(from, to)
    // `Meta` and `Mistral` are names; `meta` and `mistral` are Italian words.
    const written = formCase[key]
    if (written !== undefined && !sameCase(surface, written)) return []
    return [
      {
        entry: formEntry[key]!,
        from,
        to,
        surface,
        english: formEnglish[key]!,
        inflected: formInflected[key] === 1,
        plural: formPlural[key] === 1
      }
    ]
  })
}

function sameCase(surface: string, written: string): boolean {
  const spaced = surface.replace(/\s+/g, ' ')
  return spaced === written || spaced === written.toUpperCase()
}

// Terms and explicit forms come first, so that a plural guessed for one
// entry never hides another entry's own term ("dati" next to "dato").
function collectForms({entries, plurals}: Glossary): Form[] {
  const forms: Form[] = []
  const seen = new Set<string>()
  const add = (
    italian: string,
    entry: number,
    english: string,
    inflected: boolean,
    plural: boolean,
    written?: string
  ) => {
    const key = normalizeForm(italian)
    if (key === '' || seen.has(key)) return
    seen.add(key)
    forms.push({key, entry, english, inflected, plural, ...(written === undefined ? {} : {written})})
  }

  entries.forEach((entry, index) => {
    if (entry.dnt) {
      // A name's other spellings (`Open AI`) stay as written too.
      for (const name of [entry.italian, ...entry.forms.map((form) => form.italian)]) {
        add(name, index, name, name !== entry.italian, false, name.replace(/\s+/g, ' '))
      }

      return
    }

    add(entry.italian, index, entry.english, false, false)
    for (const form of entry.forms) add(form.italian, index, form.english ?? entry.english, true, false)
  })
  entries.forEach((entry, index) => {
    for (const plural of plurals[index] ?? []) add(plural, index, entry.english, true, true)
  })
  return forms
}
