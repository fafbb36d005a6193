import type {Table} from 'mdast'
import {parseMarkdown, rangeOf} from '../markdown/index.js'
import {decodeCell} from './cell-codec.js'
import {sideBySideMarker} from './render-side-by-side.js'

export interface SideBySideRow {
  /** The row's line in the file, for messages about it. */
  line: number
  id: string
  /** The Italian cell as shown: read-only, with the unit's container markers in code when it has any. */
  source: string
  /** The English cell: the unit's text, what a reviewer edits. */
  english: string
  notes: string
}

export interface SideBySide {
  sourcePath: string | undefined
  targetLanguage: string | undefined
  rows: SideBySideRow[]
}

/**
 * Read a side-by-side file back into ids and texts. Columns are read by
 * position, so the headers may be in either interface language.
 * Returns `undefined` when the text is not a side-by-side file.
 */
export async function parseSideBySide(value: string): Promise<SideBySide | undefined> {
  const start = value.indexOf(sideBySideMarker)
  if (start === -1) return undefined
  const end = value.indexOf('\n', start)
  const meta = /· source: (.*?) · target: (\S+) -->/.exec(value.slice(start, end === -1 ? undefined : end))
  const table = (await parseMarkdown(value)).children.find((node): node is Table => node.type === 'table')
  if (!table) return undefined

  const rows = table.children.slice(1).map((tableRow) => {
    const cells = tableRow.children.map((cell) => {
      const first = cell.children[0]
      const last = cell.children[cell.children.length - 1]
      return first && last ? decodeCell(value.slice(rangeOf(first).start, rangeOf(last).end)) : ''
    })
    return {
      line: tableRow.position?.start.line ?? 0,
      id: cells[0] ?? '',
      source: cells[1] ?? '',
      english: cells[2] ?? '',
      notes: cells[3] ?? ''
    }
  })

  // `--` cannot stand in an HTML comment; the writer wrote it `-\-`.
  return {sourcePath: meta?.[1]?.replace(/-\\-/g, '--'), targetLanguage: meta?.[2], rows}
}
