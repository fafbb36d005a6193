/**
 * Reversible text for a GFM table cell: a line break becomes `<br>`, a pipe
 * becomes `\|`, and backslashes in front of either are doubled so that a
 * literal `\|` or `<br>` in the text survives the trip. White space at either
 * end of the text, which a table cell trims, is written as character
 * references (`&#32;`), and a reference the text itself has there is escaped
 * so that it is not taken for one. Everything else is left alone, so the cell
 * still renders as the Markdown it holds.
 */
export function encodeCell(text: string): string {
  const inner = text
    .replace(/\r\n?/g, '\n')
    .replace(/(\\*)(\||<br>|\n)/g, (_, slashes: string, what: string) =>
      what === '\n' ? slashes + slashes + '<br>' : slashes + slashes + '\\' + what
    )
  const [, lead = '', middle = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!
  if (!lead && !trail && !/^&(?:#|amp;)/.test(middle) && !/&#\d+;$/.test(middle)) return inner
  const escaped = middle
    // A leading `&#…` or `&amp;` of the text's own: its `&` as `&amp;`.
    .replace(/^&(?=#|amp;)/, '&amp;')
    // A trailing reference of the text's own: its `;` as `&#59;`.
    .replace(/(&#\d+);$/, '$1&#59;')
  return references(lead) + escaped + references(trail)
}

/** Read back what `encodeCell` wrote. */
export function decodeCell(cell: string): string {
  let lead = ''
  let trail = ''
  let middle = cell.replace(/^(?:&#\d+;)+/, (found) => {
    // Only white space was written there; a reference to anything else is the text's own.
    const space = spaces(found)
    lead = space ?? ''
    return space === undefined ? found : ''
  })
  middle = middle.replace(/(?:&#\d+;)+$/, (found) => {
    const run = trailingSpaces(found)
    trail = run.spaces
    return run.rest
  })
  middle = middle.replace(/^&amp;(?=#|amp;)/, '&').replace(/(&#\d+)&#59;$/, '$1;')
  return (lead + middle + trail).replace(/(\\*)(\||<br>)/g, (_, slashes: string, what: string) => {
    const half = '\\'.repeat(Math.floor(slashes.length / 2))
    if (slashes.length % 2 === 1) return half + what
    return half + (what === '<br>' ? '\n' : '|')
  })
}

function references(space: string): string {
  return [...space].map((character) => '&#' + character.codePointAt(0) + ';').join('')
}

/** The white space a run of references stands for, or `undefined` if one of them is not white space. */
function spaces(run: string): string | undefined {
  const characters = [...run.matchAll(/&#(\d+);/g)].map((match) => referenced(match[1]!))
  return characters.every((character) => /^\s$/.test(character)) ? characters.join('') : undefined
}

/** The white space at the end of a run of references, and the references before it. */
function trailingSpaces(run: string): {spaces: string; rest: string} {
  const references = [...run.matchAll(/&#(\d+);/g)]
  let index = references.length
  while (index > 0 && /^\s$/.test(referenced(references[index - 1]![1]!))) index--
  return {
    spaces: references
      .slice(index)
      .map((match) => referenced(match[1]!))
      .join(''),
    rest: references
      .slice(0, index)
      .map((match) => match[0])
      .join('')
  }
}

/** The character a decimal reference stands for; none for a number past Unicode (a reviewer may type one). */
function referenced(digits: string): string {
  const code = Number(digits)
  return code <= 0x10ffff ? String.fromCodePoint(code) : ''
}
