/**
 * Reversible text for a GFM table cell: a line break becomes `<br>`, a pipe
 * becomes `\|`, and backslashes in front of either are doubled so that a
 * literal `\|` or `<br>` in the text survives the trip. Everything else is
 * left alone, so the cell still renders as the Markdown it holds.
 */
export function encodeCell(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/(\\*)(\||<br>|\n)/g, (_, slashes: string, what: string) =>
      what === '\n' ? slashes + slashes + '<br>' : slashes + slashes + '\\' + what
    )
}

/** Read back what `encodeCell` wrote. */
export function decodeCell(cell: string): string {
  return cell.replace(/(\\*)(\||<br>)/g, (_, slashes: string, what: string) => {
    const half = '\\'.repeat(Math.floor(slashes.length / 2))
    if (slashes.length % 2 === 1) return half + what
    return half + (what === '<br>' ? '\n' : '|')
  })
}
