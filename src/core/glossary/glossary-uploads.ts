import {englishPlural, italianFunctionWords} from '../language/index.js'
import type {Glossary} from './create-glossary.js'
import type {GlossaryEntry} from './glossary-entry.js'

const englishSmallWords = new Set([
  ...['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by'],
  ...['with', 'from', 'as', 'per', 'via', 'vs', 'into', 'onto', 'over']
])

/**
 * The source and target pairs uploaded to DeepL's glossary. DeepL matches a
 * source only as written, so each form of a term (plurals, explicit forms)
 * goes up as written, capitalised, in Title Case and in capitals. A source the glossary
 * already holds is not repeated.
 */
export function glossaryUploads(glossary: Glossary): Array<[string, string]> {
  const {entries, plurals} = glossary
  const tiers = [
    entries.map(ownPairs),
    entries.map((entry, index) => pluralPairs(entry, plurals[index] ?? []))
  ]
  // Terms and explicit forms outrank generated plurals, as in compileTerms;
  // the order of the upload is still the order of the entries.
  const winner = new Map<string, string>()
  for (const tier of tiers) {
    for (const pairs of tier) {
      for (const [source, target] of pairs) {
        if (!winner.has(source)) winner.set(source, target)
      }
    }
  }

  const uploads: Array<[string, string]> = []
  entries.forEach((_, index) => {
    for (const [source, target] of [...tiers[0]![index]!, ...tiers[1]![index]!]) {
      if (winner.get(source) !== target) continue
      uploads.push([source, target])
      winner.delete(source)
    }
  })
  return uploads
}

// A do-not-translate name, and its other spellings, go up exactly as written.
function ownPairs(entry: GlossaryEntry): Array<[string, string]> {
  if (entry.dnt) {
    return [entry.italian, ...entry.forms.map((form) => form.italian)]
      .filter((name) => name.trim() !== '')
      .map((name): [string, string] => [name, name])
  }
  return [
    [entry.italian, entry.english] as [string, string],
    ...entry.forms.map((form): [string, string] => [form.italian, form.english ?? entry.english])
  ].flatMap(casings)
}

function pluralPairs(entry: GlossaryEntry, plurals: readonly string[]): Array<[string, string]> {
  const english = englishPlural(entry.english)
  return plurals.flatMap((italian) => casings([italian, english]))
}

function casings([source, target]: [string, string]): Array<[string, string]> {
  if (source.trim() === '' || target.trim() === '') return []
  return [
    [source, target],
    [capitalise(source), capitalise(target)],
    [titleCase(source, italianFunctionWords), titleCase(target, englishSmallWords)],
    // Headlines and labels in capitals: `INFERENZE` → `INFERENCES`.
    [source.toUpperCase(), target.toUpperCase()]
  ]
}

function capitalise(text: string): string {
  const match = /^(\s*)(\S+)/u.exec(text)
  if (!match || /\p{Lu}/u.test(match[2]!)) return text
  return match[1]! + upperFirst(match[2]!) + text.slice(match[0].length)
}

function titleCase(text: string, smallWords: ReadonlySet<string>): string {
  let first = true
  return text.replace(/\S+/gu, (word) => {
    const keep = /\p{Lu}/u.test(word) || (!first && smallWords.has(word))
    first = false
    return keep ? word : upperFirst(word)
  })
}

function upperFirst(word: string): string {
  const code = word.codePointAt(0)
  if (code === undefined) return word
  const head = String.fromCodePoint(code)
  return head.toUpperCase() + word.slice(head.length)
}
