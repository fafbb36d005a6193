import {readFile} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {VFile} from 'vfile'
import {readGlossary, reportGlossaryProblems, UsageError, type ReadGlossary} from '../core/index.js'
import {decodeUtf8} from './decode-utf8.js'
import {displayPath} from './display-path.js'
import {glossaryPath} from './find-project.js'

export {glossaryPath} from './find-project.js'

/** A glossary file as read: its text, its glossary and header, and every problem, line by line. */
export interface LoadedGlossary extends ReadGlossary {
  /** The path as messages show it: relative to the working folder when inside it. */
  path: string
  /** The file's text; empty when there is no file. */
  text: string
  exists: boolean
  /** The file, with a fatal message for each problem, for the reporter. */
  file: VFile
}

export interface GlossaryLocation {
  /** The file the user named (`--glossary`), relative to the working folder; it must exist unless `create`. */
  path?: string | undefined
  /** The project folder found by `findProject`; its `glossary/glossary.tsv` is used when no path is named. */
  root?: string | undefined
  /** A missing file is a glossary to start (`glossary add`), not an error. */
  create?: boolean
  /** A missing project glossary is an error (the `glossary` commands other than `add`). */
  required?: boolean
}

/**
 * Read and check a glossary file: the one named, else the project's. A
 * project without one simply has no glossary, unless one is `required`.
 */
export async function loadGlossary(cwd: string, location: GlossaryLocation = {}): Promise<LoadedGlossary> {
  const named = location.path !== undefined
  const absolute = named ? resolve(cwd, location.path!) : join(location.root ?? cwd, glossaryPath)
  const shown = displayPath(cwd, absolute)
  let bytes: Buffer
  try {
    bytes = await readFile(absolute)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && (location.create || (!named && !location.required))) {
      return {...readGlossary(''), path: shown, text: '', exists: false, file: new VFile({path: shown})}
    }

    if (code === 'ENOENT') {
      throw named
        ? new UsageError('usage.glossary-not-found', {file: shown}, error)
        : new UsageError('usage.glossary-none', {file: glossaryPath, folder: location.root ?? cwd}, error)
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
