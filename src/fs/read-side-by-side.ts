import {readFile} from 'node:fs/promises'
import {VFile} from 'vfile'
import {parseSideBySide, type SideBySide} from '../core/index.js'

/** An article's side-by-side file as read before a run, and the file its review messages go on. */
export interface ReadSideBySide {
  parsed: SideBySide | undefined
  file: VFile
}

/** Read the side-by-side file at `path` (shown as `shown`); none there is no review yet. */
export async function readSideBySide(path: string, shown: string): Promise<ReadSideBySide> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return {parsed: undefined, file: new VFile({path: shown})}
    throw error
  }

  return sideBySideFromText(text, shown)
}

/** A side-by-side file from its text (read, or as edits would make it). */
export async function sideBySideFromText(text: string, shown: string): Promise<ReadSideBySide> {
  return {parsed: await parseSideBySide(text), file: new VFile({path: shown, value: text})}
}
