import type {YamlScalarStyle} from './yaml-scalar.js'

/** A run of a YAML value that stands in the source as it is: `length` characters at `at` in the value, at `start` in the source. */
export interface ScalarPiece {
  at: number
  length: number
  start: number
  end: number
  verbatim: true
}

/**
 * Where the characters of a front-matter value stand in the source, so a
 * glossary term in a title is placed on the term and not on the opening
 * quote. `raw` is the scalar as written (quotes or block header included),
 * `offset` its place in the source. The value is read again here (folded
 * lines, `''`, escapes, block indentation) and compared with the YAML
 * parser's: when they differ, no pieces are returned and a term is placed
 * on the whole value. Escapes other than `\"`, `\\` and `\/` have no piece,
 * since their bytes are not the character.
 */
export function scalarPieces(
  raw: string,
  type: YamlScalarStyle['type'],
  value: string,
  offset: number
): ScalarPiece[] {
  const read = new Reader(offset)

  switch (type) {
    case 'PLAIN':
      fold(raw, 0, read, (text, start) => read.literal(text, start))
      break
    case 'QUOTE_SINGLE':
      fold(raw.slice(1, -1), 1, read, (text, start) => single(text, start, read))
      break
    case 'QUOTE_DOUBLE':
      fold(raw.slice(1, -1), 1, read, (text, start) => double(text, start, read), true)
      break
    default:
      block(raw, type === 'BLOCK_LITERAL', read)
  }

  // A block scalar's final line breaks depend on its chomping; they hold no term.
  const same =
    read.value === value ||
    (type.startsWith('BLOCK') && value.startsWith(read.value) && /^\n*$/.test(value.slice(read.value.length)))
  return same ? read.pieces : []
}

/** The value as read so far, and the pieces of it that stand in the source as they are. */
class Reader {
  value = ''
  pieces: ScalarPiece[] = []
  constructor(private readonly offset: number) {}

  literal(text: string, start: number): void {
    if (text === '') return
    const at = this.offset + start
    this.pieces.push({
      at: this.value.length,
      length: text.length,
      start: at,
      end: at + text.length,
      verbatim: true
    })
    this.value += text
  }

  /** Characters of the value that are not in the source as written (a line folded, an escape). */
  made(text: string): void {
    this.value += text
  }
}

/**
 * Flow scalars fold their lines: white space around a line break goes, one
 * break becomes a space, each further empty line a line break. In a
 * double-quoted scalar a `\` before the break joins the lines with nothing.
 */
function fold(
  inner: string,
  base: number,
  read: Reader,
  line: (text: string, start: number) => void,
  escapes = false
): void {
  const lines = inner.split(/(\r\n|\r|\n)/)
  let position = base
  let empties = 0
  let joined = false

  for (let index = 0; index < lines.length; index += 2) {
    const text = lines[index]!
    const start = position
    position += text.length + (lines[index + 1]?.length ?? 0)
    const last = index === lines.length - 1
    const from = index === 0 ? 0 : /^[ \t]*/.exec(text)![0].length
    const escaped = escapes && !last && /(?:^|[^\\])(?:\\\\)*\\$/.test(text)
    const to = escaped ? text.length - 1 : last ? text.length : Math.max(from, text.trimEnd().length)

    if (index > 0 && !joined) {
      if (from === to && !last) {
        empties++
        continue
      }

      read.made(empties > 0 ? '\n'.repeat(empties) : ' ')
    }

    empties = 0
    line(text.slice(from, to), start + from)
    joined = escaped
  }
}

/** A line of a single-quoted scalar: `''` is one quote, the first of the two. */
function single(text: string, start: number, read: Reader): void {
  let position = 0

  for (let quote = text.indexOf("''"); quote !== -1; quote = text.indexOf("''", position)) {
    read.literal(text.slice(position, quote + 1), start + position)
    position = quote + 2
  }

  read.literal(text.slice(position), start + position)
}

const escaped: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029'
}
const hexLength: Record<string, number> = {x: 2, u: 4, U: 8}

/** A line of a double-quoted scalar: text runs are pieces; `\"`, `\\`, `\/` are the character after the backslash. */
function double(text: string, start: number, read: Reader): void {
  let position = 0

  for (let slash = text.indexOf('\\'); slash !== -1; slash = text.indexOf('\\', position)) {
    read.literal(text.slice(position, slash), start + position)
    const code = text.charAt(slash + 1)

    if (code === '"' || code === '\\' || code === '/') {
      read.literal(code, start + slash + 1)
      position = slash + 2
    } else if (code in hexLength) {
      const digits = text.slice(slash + 2, slash + 2 + hexLength[code]!)
      read.made(String.fromCodePoint(Number.parseInt(digits, 16) || 0))
      position = slash + 2 + digits.length
    } else {
      read.made(escaped[code] ?? code)
      position = slash + 2
    }
  }

  read.literal(text.slice(position), start + position)
}

/**
 * A block scalar: the lines after its header, less their indentation.
 * A literal one keeps its line breaks; a folded one joins two lines of text
 * with a space, and keeps the breaks around empty and more-indented lines.
 */
function block(raw: string, literal: boolean, read: Reader): void {
  const lines = raw.split(/(\r\n|\r|\n)/)
  const explicit = /^[|>][-+]?(\d)/.exec(lines[0] ?? '')
  let position = (lines[0]?.length ?? 0) + (lines[1]?.length ?? 0)
  let indent = explicit ? Number(explicit[1]) : -1
  let previous: 'none' | 'text' | 'more' = 'none'
  let empties = 0

  for (let index = 2; index < lines.length; index += 2) {
    const text = lines[index]!
    const start = position
    position += text.length + (lines[index + 1]?.length ?? 0)

    if (text.trim() === '') {
      empties++
      continue
    }

    if (indent === -1) indent = /^ */.exec(text)![0].length
    const content = text.slice(indent)
    const kind = /^[ \t]/.test(content) ? 'more' : 'text'
    if (previous === 'none') read.made('\n'.repeat(empties))
    else if (!literal && previous === 'text' && kind === 'text')
      read.made(empties > 0 ? '\n'.repeat(empties) : ' ')
    else read.made('\n'.repeat(empties + 1))
    read.literal(content, start + indent)
    previous = kind
    empties = 0
  }
}
