import {readFile, stat} from 'node:fs/promises'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {fileFatal, reportOnFile, splitBom} from '../core/index.js'

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

  // Windows “Unicode” files are UTF-16: say so rather than “binary”.
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
    fileFatal(file, 'file-encoding', 'UTF-16')
    return undefined
  }

  const nul = buffer.subarray(0, 8000).indexOf(0)
  if (nul !== -1) {
    fileFatal(file, 'file-binary', String(nul))
    return undefined
  }

  let value: string
  try {
    value = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(buffer)
  } catch (error) {
    const bad = firstInvalidByte(buffer)
    const before = buffer.subarray(0, bad).toString('utf8')
    const message = fileFatal(file, 'file-encoding', '0x' + (buffer[bad] ?? 0).toString(16).toUpperCase(), {
      cause: error
    })
    const place = location(before).toPoint(before.length)
    if (place) {
      message.place = place
      message.line = place.line
      message.column = place.column
    }
    return undefined
  }

  const {bom, text} = splitBom(value)
  value = text
  file.value = value

  if (value.trim() === '') {
    reportOnFile(file, 'file-empty', 'Unexpected empty file, expected Markdown to translate', {
      actual: 'empty'
    })
    return undefined
  }

  return {bom}
}

/** Offset of the first byte that breaks UTF-8 (the decoder only says that one does). */
function firstInvalidByte(buffer: Buffer): number {
  const lenient = buffer.toString('utf8')
  let index = lenient.indexOf('\uFFFD')

  while (index !== -1) {
    const offset = Buffer.byteLength(lenient.slice(0, index))
    // A real U+FFFD in the file is fine; a replacement for a bad byte is not.
    if (buffer[offset] !== 0xef || buffer[offset + 1] !== 0xbf || buffer[offset + 2] !== 0xbd) return offset
    index = lenient.indexOf('\uFFFD', index + 1)
  }

  return 0
}
