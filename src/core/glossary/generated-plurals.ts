import type {GlossaryEntry} from './glossary-entry.js'
import {italianForms, normalizeForm} from '../language/index.js'

/**
 * The plurals glossa generates for an entry. None for a do-not-translate
 * name, and none for a loanword (its English is its Italian: file, cache,
 * server), which Italian leaves invariable: `file` → `fili` would be
 * another word (threads).
 */
export function generatedPlurals(entry: GlossaryEntry): string[] {
  if (entry.dnt || normalizeForm(entry.italian) === normalizeForm(entry.english)) return []
  return italianForms(entry.italian).slice(1)
}
