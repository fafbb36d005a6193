/**
 * One record of a delimited text file (TSV or CSV), spreadsheet style: a cell
 * that starts with `"` is quoted, `""` inside it is a quote; other cells are
 * taken as written. Records never span lines: glossary terms cannot hold a
 * line break (DeepL refuses them), so a quote still open at the end of the
 * line is an error, reported with its column.
 */
export function splitRecord(
  line: string,
  delimiter: string
): {cells: string[]; unclosed?: never} | {cells?: never; unclosed: number} {
  const cells: string[] = []
  let index = 0

  while (true) {
    if (line.charAt(index) === '"') {
      const opened = index
      let cell = ''
      index++

      while (true) {
        const quote = line.indexOf('"', index)
        if (quote === -1) return {unclosed: opened + 1}
        cell += line.slice(index, quote)
        if (line.charAt(quote + 1) === '"') {
          cell += '"'
          index = quote + 2
          continue
        }

        index = quote + 1
        break
      }

      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      const next = line.indexOf(delimiter, index)
      cells.push(cell + line.slice(index, next === -1 ? undefined : next))
      if (next === -1) return {cells}
      index = next + delimiter.length
      continue
    }

    const next = line.indexOf(delimiter, index)
    cells.push(line.slice(index, next === -1 ? undefined : next))
    if (next === -1) return {cells}
    index = next + delimiter.length
  }
}

/**
 * Write one record, quoting only the cells that need it. CSV quotes any
 * cell with a quote, as RFC 4180 asks; TSV, which people edit by hand, only
 * those that would otherwise read back differently.
 */
export function formatRecord(cells: readonly string[], delimiter: string): string {
  return cells
    .map((cell, index) =>
      cell.startsWith('"') ||
      cell.includes(delimiter) ||
      (delimiter === ',' && cell.includes('"')) ||
      // A line starting with `#` would read back as a comment.
      (index === 0 && cell.trimStart().startsWith('#'))
        ? '"' + cell.replaceAll('"', '""') + '"'
        : cell
    )
    .join(delimiter)
}
