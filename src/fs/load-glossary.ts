import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {VFile} from 'vfile'
import {readGlossary, reportGlossaryProblems, UsageError, type ReadGlossary} from '../core/index.js'

/** Where glossa looks for the project glossary, relative to the working folder. */
export const glossaryPath = 'glossary/glossary.tsv'

/** A glossary file as read: its text, its glossary and header, and every problem, line by line. */
export interface LoadedGlossary extends ReadGlossary {
  /** The path as the user gave it (or the default). */
  path: string
  /** The file's text; empty when the default file does not exist. */
  text: string
  exists: boolean
  /** The file, with a fatal message for each problem, for the reporter. */
  file: VFile
}

/**
 * Read and check a glossary file. Without `path` the project glossary is
 * used, and a project without one simply has no glossary; a path the user
 * named must exist, unless the caller is about to create it.
 */
export async function loadGlossary(
  cwd: string,
  path?: string,
  options: {create?: boolean} = {}
): Promise<LoadedGlossary> {
  const shown = path ?? glossaryPath
  let text: string
  try {
    text = await readFile(resolve(cwd, shown), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && (path === undefined || options.create)) {
      return {...readGlossary(''), path: shown, text: '', exists: false, file: new VFile({path: shown})}
    }

    throw new UsageError('usage.glossary-unreadable', {file: shown, reason: code ?? String(error)}, error)
  }

  const read = readGlossary(text)
  const file = new VFile({path: shown, value: text})
  reportGlossaryProblems(file, read.problems)
  return {...read, path: shown, text, exists: true, file}
}
