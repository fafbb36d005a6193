import type {Table} from 'mdast'
import {parseMarkdown, rangeOf} from '../markdown/index.js'
import {decodeCell} from './cell-codec.js'
import {previousMarker} from './render-side-by-side.js'
import {reviewStatuses, type ReviewStatus} from '../document/index.js'

export interface SideBySideRow {
  /** The row's line in the file, for messages about it; `column` is where its English cell starts. */
  line: number
  column: number
  id: string
  /** The fingerprint of the English glossa wrote, when the row still has it. */
  fingerprint: string | undefined
  /** The status cell as written (`machine`, `reviewed`, `stale`, or whatever a person typed). */
  status: string
  /** The Italian cell as shown: read-only, with the unit's container markers in code when it has any. */
  source: string
  /** The English cell: the unit's text, what a reviewer edits. */
  english: string
  notes: string
  /** For a stale row: the English reviewed before the Italian changed. */
  previous: string | undefined
  /** Cells in the row: a row with another number was broken by an edit. */
  cells: number
}

export interface SideBySide {
  /** `2` for files with review status, `1` for the files of earlier versions (no status, no fingerprints). */
  version: 1 | 2
  sourcePath: string | undefined
  targetLanguage: string | undefined
  /** The Italian article's fingerprint when the file was written (version 2). */
  sourceHash: string | undefined
  /** Cells a row should have. */
  columns: number
  /** The language its headers are in (`it` when the Italian column is headed `Italiano`), to keep it on rewrite. */
  language: 'it' | 'en'
  rows: SideBySideRow[]
}

/** Whether a status cell says one of the statuses. */
export function isReviewStatus(value: string): value is ReviewStatus {
  return (reviewStatuses as readonly string[]).includes(value)
}

/**
 * Read a side-by-side file back into ids, statuses and texts. Columns are
 * read by position, so the headers may be in either interface language.
 * Returns `undefined` when the text is not a side-by-side file.
 */
export async function parseSideBySide(value: string): Promise<SideBySide | undefined> {
  const found = /glossa side-by-side v([12])\b/.exec(value)
  if (!found) return undefined
  const version = found[1] === '2' ? 2 : 1
  const end = value.indexOf('\n', found.index)
  const header = value.slice(found.index, end === -1 ? undefined : end)
  const meta = /· source: (.*?) · target: (\S+)(?: · italian: ([\da-f]+))? -->/.exec(header)
  const table = (await parseMarkdown(value)).children.find((node): node is Table => node.type === 'table')
  if (!table) return undefined
  const columns = version === 2 ? 5 : 4

  const rows = table.children.slice(1).map((tableRow): SideBySideRow => {
    const cells = tableRow.children.map((cell) => {
      const first = cell.children[0]
      const last = cell.children[cell.children.length - 1]
      return first && last ? value.slice(rangeOf(first).start, rangeOf(last).end) : ''
    })
    // A row an edit broke (a pipe typed unescaped) has more cells than the header:
    // markdown gives the header's number, so count the row's own separators.
    const raw = tableRow.position
      ? value.slice(tableRow.position.start.offset, tableRow.position.end.offset)
      : ''
    const count = raw.replace(/\\./g, '').split('|').length - 2
    const englishCell = tableRow.children[version === 2 ? 3 : 2]
    const common = {
      line: tableRow.position?.start.line ?? 0,
      column: englishCell?.position?.start.column ?? 1,
      cells: Math.max(count, 0)
    }

    if (version === 1) {
      return {
        ...common,
        id: decodeCell(cells[0] ?? ''),
        fingerprint: undefined,
        status: 'machine',
        source: decodeCell(cells[1] ?? ''),
        english: decodeCell(cells[2] ?? ''),
        notes: decodeCell(cells[3] ?? ''),
        previous: undefined
      }
    }

    const id = /^(\S*?)\s*(?:<!--\s*([\da-f]{8})\s*-->)?$/.exec((cells[0] ?? '').trim())
    const notes = decodeCell(cells[4] ?? '')
    const at = notes.indexOf(previousMarker)
    return {
      ...common,
      id: id?.[1] ?? (cells[0] ?? '').trim(),
      fingerprint: id?.[2],
      status: decodeCell(cells[1] ?? '').trim(),
      source: decodeCell(cells[2] ?? ''),
      english: decodeCell(cells[3] ?? ''),
      notes: at === -1 ? notes : notes.slice(0, at),
      previous: at === -1 ? undefined : notes.slice(at + previousMarker.length)
    }
  })

  // `--` cannot stand in an HTML comment; the writer wrote it `-\-`.
  return {
    version,
    sourcePath: meta?.[1]?.replace(/-\\-/g, '--'),
    targetLanguage: meta?.[2],
    sourceHash: meta?.[3],
    columns,
    language: /^\|[^\n]*\| Italiano \|/m.test(value) ? 'it' : 'en',
    rows
  }
}
