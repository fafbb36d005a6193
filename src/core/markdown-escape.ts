/**
 * Escape translated plain text so that it reads back as the same text when
 * parsed as Markdown (CommonMark + GFM + `$$` math), and never as markup.
 * Escapes are kept to the characters that could start a construct, so the
 * English stays readable in a diff.
 */
export function escapeMarkdown(
  value: string,
  options: {atLineStart: boolean; inTable: boolean}
): string {
  let result = ''
  let lineStart = options.atLineStart

  const lines = value.split('\n')

  for (const [index, raw] of lines.entries()) {
    let text = raw

    if (index > 0) {
      result += '\n'
      lineStart = true
      // Leading white space would turn into an indented code block.
      text = text.replace(/^[ \t]+/, '')
    }

    // Two trailing spaces before a line ending would make a hard break.
    if (index < lines.length - 1) text = text.replace(/[ \t]+$/, '')

    result += escapeInline(text, options.inTable, lineStart)
    lineStart = false
  }

  return result
}

function escapeInline(text: string, inTable: boolean, lineStart: boolean): string {
  let result = ''

  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    const before = text.charAt(index - 1)
    const after = text.charAt(index + 1)

    if (
      char === '\\' ||
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

/** Escape what would start a block: `#`, `>`, list markers, breaks, `=` runs. */
function escapeLineStart(line: string): string {
  if (/^[#>=+-]/.test(line)) return '\\' + line
  const ordered = /^(\d{1,9})([.)])/.exec(line)
  if (ordered) return ordered[1] + '\\' + line.slice(ordered[1]!.length)
  return line
}

function isWordCharacter(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char)
}
