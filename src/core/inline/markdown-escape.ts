import {isAsciiPunctuation} from '../markdown/index.js'

/**
 * Escape translated plain text so that it reads back as the same text when
 * parsed as Markdown (CommonMark + GFM + `$$` math), and never as markup.
 * Escapes are kept to the characters that could start a construct, so the
 * English stays readable in a diff.
 */
export function escapeMarkdown(
  value: string,
  options: {atLineStart: boolean; inTable: boolean; before?: string}
): string {
  // A blank line would end the paragraph: blank lines are dropped.
  const lines = value.replace(/\n[ \t]*(?=\n)/g, '').split('\n')
  let result = ''

  for (const [index, raw] of lines.entries()) {
    const lineStart = index > 0 || options.atLineStart
    let text = raw

    if (index > 0) result += '\n'
    // Leading white space would make an indented code block or hide a
    // block marker from the escaping below.
    if (lineStart) text = text.replace(/^[ \t]+/, '')
    // Two trailing spaces before a line ending would make a hard break.
    if (index < lines.length - 1) text = text.replace(/[ \t]+$/, '')

    result += escapeInline(text, options.inTable, lineStart, index === 0 ? (options.before ?? '') : '')
  }

  return result
}

function escapeInline(text: string, inTable: boolean, lineStart: boolean, previous: string): string {
  let result = ''

  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    const before = index === 0 ? previous : text.charAt(index - 1)
    const after = text.charAt(index + 1)

    if (
      // A backslash escapes only ASCII punctuation, or breaks the line at its end: `{'\\n'}` stays as it is.
      (char === '\\' && (after === '' || isAsciiPunctuation(after))) ||
      char === '`' ||
      char === '*' ||
      char === '[' ||
      char === ']' ||
      char === '~' ||
      (char === '|' && inTable) ||
      (char === '_' && !(isWordCharacter(before) && isWordCharacter(after))) ||
      (char === '<' && /[a-z/!?]/i.test(after)) ||
      (char === '&' && /^&(#x?[\da-f]+|[a-z][\da-z]*);/i.test(text.slice(index, index + 40))) ||
      (char === '$' && (before === '$' || after === '$'))
    ) {
      result += '\\' + char
    } else {
      result += char
    }
  }

  return lineStart ? escapeLineStart(result) : result
}

/**
 * Escape what would start a block: `#`, `>`, list markers, breaks, `=` runs,
 * and a line that could be read as a table's delimiter row.
 */
function escapeLineStart(line: string): string {
  if (/^[#>=+-]/.test(line) || delimiterRow.test(line)) return '\\' + line
  const ordered = /^(\d{1,9})([.)])/.exec(line)
  if (ordered) return ordered[1] + '\\' + line.slice(ordered[1]!.length)
  return line
}

const delimiterRow = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/

function isWordCharacter(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char)
}
