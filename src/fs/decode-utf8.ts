import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {fileFatal} from '../core/index.js'

/**
 * Decode a file's bytes as UTF-8, keeping a byte-order mark (callers that
 * write the file back keep it too). A file that is not UTF-8 gets a fatal
 * `file-encoding` message at the line and column of its first bad byte, and
 * `undefined` comes back: a guess at the encoding would put wrong letters in
 * the text, which then match nothing. With `refuseBinary`, a NUL byte in the
 * first 8000 bytes is `file-binary` instead (an article is never binary).
 */
export function decodeUtf8(
  buffer: Buffer,
  file: VFile,
  options: {refuseBinary?: boolean} = {}
): string | undefined {
  // Windows “Unicode” files are UTF-16: say so rather than “binary” or a byte.
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
    fileFatal(file, 'file-encoding', 'UTF-16')
    return undefined
  }

  if (options.refuseBinary) {
    const nul = buffer.subarray(0, 8000).indexOf(0)
    if (nul !== -1) {
      fileFatal(file, 'file-binary', String(nul))
      return undefined
    }
  }

  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(buffer)
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
