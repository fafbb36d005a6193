import {checkGlossary} from './check-glossary.js'
import {parseGlossary, type ParsedGlossary} from './parse-glossary.js'

/**
 * Everything glossa checks in a glossary file: each line on its own, then
 * the entries against each other. `translate` refuses to start, and
 * `glossary check` fails, on any of these problems; they come in line order.
 */
export function readGlossary(text: string): ParsedGlossary {
  const parsed = parseGlossary(text)
  const problems = [...parsed.problems, ...checkGlossary(parsed.entries)].sort((a, b) => a.line - b.line)
  return {...parsed, problems}
}
