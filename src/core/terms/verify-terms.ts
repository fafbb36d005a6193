import {escapeRegExp} from '../escape-reg-exp.js'
import type {GlossaryEntry} from '../glossary/index.js'
import {englishForms, englishPlural} from '../language/index.js'
import type {UnitTerm} from './find-terms.js'

export type TermRule = 'glossary-term-missing' | 'glossary-term-forbidden' | 'glossary-dnt-changed'

/**
 * A glossary term not honoured in a unit's translation, on the term's first
 * occurrence: `actual` is what is wrong (the term as written, or the
 * forbidden rendering found), `expected` the English that fits the
 * occurrence first (`models` for `modelli`), then the entry's own when it
 * differs.
 */
export interface TermFinding<Term extends UnitTerm = UnitTerm> {
  ruleId: TermRule
  term: Term
  actual: string
  expected: string[]
}

/**
 * Check a unit's translation against the glossary terms found in its
 * Italian: each term's English must be there (any case, singular or plural,
 * British or American spelling), a do-not-translate term exactly as written,
 * and no forbidden rendering anywhere. A term found several times is
 * checked once: a translation may fairly say "it" the second time.
 */
export function verifyTerms<Term extends UnitTerm>(
  terms: readonly Term[],
  entries: readonly GlossaryEntry[],
  english: string
): Array<TermFinding<Term>> {
  const findings: Array<TermFinding<Term>> = []
  const seen = new Set<string>()

  for (const term of terms) {
    const entry = entries[term.entry]
    // A name held aside came back as written; another occurrence may not have.
    if (!entry || term.protected) continue
    const key = term.entry + '\0' + (entry.dnt ? term.surface : term.english)
    if (seen.has(key)) continue
    seen.add(key)

    if (entry.dnt) {
      if (!find(english, [term.surface], false)) {
        findings.push({ruleId: 'glossary-dnt-changed', term, actual: term.surface, expected: [term.surface]})
      }

      continue
    }

    const expected = fitting(term)
    if (!find(english, formsOf(term.english), true)) {
      findings.push({ruleId: 'glossary-term-missing', term, actual: term.surface, expected})
    }

    if (seen.has(term.entry + '\0forbidden')) continue
    seen.add(term.entry + '\0forbidden')
    for (const forbidden of entry.forbidden) {
      const found = find(english, formsOf(forbidden), true)
      if (found) findings.push({ruleId: 'glossary-term-forbidden', term, actual: found, expected})
    }
  }

  return findings
}

/**
 * The English an editor should write for this occurrence, then the
 * English of the form that matched when it differs: a generated plural
 * wants the plural (`modelli` → `models`), unless English does not count the
 * word (`dati` → `data`); an explicit form gives its own English. The check
 * itself accepts either number.
 */
function fitting(term: UnitTerm): string[] {
  const first = term.plural ? englishPlural(term.english) : term.english
  return first === term.english ? [first] : [first, term.english]
}

const patterns = new Map<string, RegExp>()
const forms = new Map<string, string[]>()

/** The English forms of a term, computed once per term (the cache grows only with the glossary). */
function formsOf(term: string): string[] {
  let found = forms.get(term)
  if (!found) forms.set(term, (found = englishForms(term)))
  return found
}

/** The first of `forms` in `text` as a whole word or phrase; white space, hyphens and apostrophes are loose. */
function find(text: string, candidates: readonly string[], ignoreCase: boolean): string | undefined {
  for (const form of candidates) {
    const key = (ignoreCase ? 'i' : 's') + form
    let pattern = patterns.get(key)

    if (!pattern) {
      const body = form
        .trim()
        .split(/[\s\-‐‑]+/)
        .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
        .join('[\\s\\-‐‑]+')
      pattern = new RegExp(
        '(?<![\\p{L}\\p{N}\\p{M}_])' + body + '(?![\\p{L}\\p{N}\\p{M}_]|[.,]\\d)',
        ignoreCase ? 'iu' : 'u'
      )
      // The cache only grows with the glossary's own terms.
      patterns.set(key, pattern)
    }

    const match = pattern.exec(text)
    if (match) return match[0]
  }

  return undefined
}
