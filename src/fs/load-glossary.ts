import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {VFile} from 'vfile'
import {readGlossary, reportGlossaryProblems, UsageError, type ReadGlossary} from '../core/index.js'
import {decodeUtf8} from './decode-utf8.js'

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
  let bytes: Buffer
  try {
    bytes = await readFile(resolve(cwd, shown))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && (path === undefined || options.create)) {
      return {...readGlossary(''), path: shown, text: '', exists: false, file: new VFile({path: shown})}
    }

    throw new UsageError('usage.glossary-unreadable', {file: shown, reason: code ?? String(error)}, error)
  }

  const file = new VFile({path: shown})
  const text = decodeUtf8(bytes, file)
  // Not UTF-8: nothing in it can be trusted, so the glossary is broken as a whole (the message is on `file`).
  if (text === undefined) {
    const problem = {line: file.messages[0]?.line ?? 0, ruleId: 'file-encoding', values: {}}
    return {...readGlossary(''), problems: [problem], path: shown, text: '', exists: true, file}
  }

  const read = readGlossary(text)
  file.value = text
  reportGlossaryProblems(file, read.problems)
  return {...read, path: shown, text, exists: true, file}
}
