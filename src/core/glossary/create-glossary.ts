import {generatedPlurals} from './generated-plurals.js'
import type {GlossaryEntry} from './glossary-entry.js'

/**
 * A glossary ready for use: its entries, and each entry's generated plurals,
 * computed once for the checks, the term matcher and DeepL's upload alike.
 */
export interface Glossary {
  readonly entries: readonly GlossaryEntry[]
  /** By entry index: the plurals glossa generates (none for names and loanwords). */
  readonly plurals: ReadonlyArray<readonly string[]>
}

/** Make a glossary of entries. */
export function createGlossary(entries: readonly GlossaryEntry[]): Glossary {
  return {entries, plurals: entries.map(generatedPlurals)}
}
