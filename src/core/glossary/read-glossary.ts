import {checkGlossary} from './check-glossary.js'
import {createGlossary, type Glossary} from './create-glossary.js'
import type {GlossaryProblem} from './glossary-entry.js'
import {parseGlossary, type GlossaryColumn} from './parse-glossary.js'

/** A glossary file as read: the glossary, every problem in line order, and the header's columns. */
export interface ReadGlossary {
  glossary: Glossary
  problems: GlossaryProblem[]
  /** The columns of the header, in the file's order; `undefined` when there is none yet. */
  columns: GlossaryColumn[] | undefined
}

/**
 * Everything glossa checks in a glossary file: each line on its own, then
 * the entries against each other. `translate` refuses to start, and
 * `glossary check` fails, on any of these problems; they come in line order.
 */
export function readGlossary(text: string): ReadGlossary {
  const parsed = parseGlossary(text)
  const glossary = createGlossary(parsed.entries)
  const problems = [...parsed.problems, ...checkGlossary(glossary)].sort((a, b) => a.line - b.line)
  return {glossary, problems, columns: parsed.columns}
}
