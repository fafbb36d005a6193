import type {GlossaryProblem} from './glossary-entry.js'

/** DeepL's limit on a glossary term, in UTF-8 bytes. */
export const maximumTermBytes = 1024

/**
 * Whether a text has a character no glossary can hold: control characters
 * and the Unicode line separators (DeepL refuses them; a line break would
 * also split a line of the file), and U+FFFE and U+FFFF (not XML).
 */
export function hasControl(text: string): boolean {
  return /[\p{Cc}\u2028\u2029\uFFFE\uFFFF]/u.test(text)
}

/** What DeepL would refuse in one term, if anything: a control character, or more than 1024 bytes. */
export function checkTerm(term: string): Omit<GlossaryProblem, 'line'> | undefined {
  if (hasControl(term)) return {ruleId: 'glossary-control', values: {term}}
  const bytes = new TextEncoder().encode(term).length
  if (bytes > maximumTermBytes)
    return {ruleId: 'glossary-too-long', values: {bytes, maximum: maximumTermBytes}}
  return undefined
}
