import {readFile, stat} from 'node:fs/promises'
import type {VFile} from 'vfile'
import {fileFatal, reportOnFile, splitBom} from '../core/index.js'
import {decodeUtf8} from './decode-utf8.js'

/** Larger files are refused: an article is kilobytes; this is a mistake. */
export const maximumBytes = 16 * 1024 * 1024

/**
 * Read an article into `file.value`. Problems become fatal messages on the
 * file (the run goes on with the other files); an empty file is a warning.
 * Returns the UTF-8 byte-order mark the article started with (`''` for
 * none), which the English file gets back, or `undefined` when there is
 * nothing to translate.
 */
export async function readArticle(absolutePath: string, file: VFile): Promise<{bom: string} | undefined> {
  let buffer: Buffer

  try {
    // The size first: a file of gigabytes is not read to be refused.
    const {size} = await stat(absolutePath)
    if (size > maximumBytes) {
      fileFatal(file, 'file-too-large', String(size), {expected: String(maximumBytes)})
      return undefined
    }

    buffer = await readFile(absolutePath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    fileFatal(file, code === 'ENOENT' ? 'file-missing' : 'file-unreadable', String(code ?? error), {
      cause: error
    })
    return undefined
  }

  const value = decodeUtf8(buffer, file, {refuseBinary: true})
  if (value === undefined) return undefined
  const {bom, text} = splitBom(value)
  file.value = text

  if (text.trim() === '') {
    reportOnFile(file, 'file-empty', 'Unexpected empty file, expected Markdown to translate', {
      actual: 'empty'
    })
    return undefined
  }

  return {bom}
}
