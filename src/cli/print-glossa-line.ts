import type {Io} from '../io.js'

/**
 * Write one `glossa: ` line on stderr: a usage or configuration error, a
 * failure that is about no file, or a notice. The only writer of such lines.
 */
export function printGlossaLine(io: Io, text: string): void {
  io.stderr.write('glossa: ' + text + '\n')
}
