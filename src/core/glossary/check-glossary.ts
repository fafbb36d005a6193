import {normalizeForm} from '../language/index.js'
import type {Glossary} from './create-glossary.js'
import type {GlossaryEntry, GlossaryProblem} from './glossary-entry.js'

/**
 * Problems between entries, which no single line shows: a form of one term
 * (generated plural or listed form) that is also a form of another, so the
 * same Italian would call for two English terms. Reported on the later
 * entry, naming the earlier one.
 */
export function checkGlossary(glossary: Glossary): GlossaryProblem[] {
  const problems: GlossaryProblem[] = []
  const owners = new Map<string, GlossaryEntry>()

  for (const [index, entry] of glossary.entries.entries()) {
    const forms = [
      entry.italian,
      ...(glossary.plurals[index] ?? []),
      ...entry.forms.map((form) => form.italian)
    ]
    const reported = new Set<GlossaryEntry>()

    for (const form of forms) {
      const key = normalizeForm(form)
      const owner = owners.get(key)
      if (owner === undefined) owners.set(key, entry)
      else if (owner !== entry && !reported.has(owner)) {
        reported.add(owner)
        problems.push({
          line: entry.line,
          ruleId: 'glossary-form-collision',
          values: {form, term: owner.italian, first: owner.line}
        })
      }
    }
  }

  return problems
}
