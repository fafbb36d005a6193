import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parseGlossary, type GlossaryEntry, type GlossaryProblem} from '../core/parse-glossary.js'

/** Where `translate` looks for the project glossary, relative to the working folder. */
export const glossaryPath = 'glossary/glossary.tsv'

/** Read and check the project glossary; no file means no glossary. */
export async function loadGlossary(
  cwd: string
): Promise<{path: string; entries: GlossaryEntry[]; problems: GlossaryProblem[]}> {
  let text: string
  try {
    text = await readFile(join(cwd, glossaryPath), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return {path: glossaryPath, entries: [], problems: []}
    throw error
  }

  return {path: glossaryPath, ...parseGlossary(text)}
}
