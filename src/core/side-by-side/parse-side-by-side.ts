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

/**
 * The rows of the file's table, one line each as the writer wrote them
 * (line breaks in a cell are `<br>`): read by hand rather than through a
 * Markdown parser, which takes seconds and gigabytes on the table of a
 * long article, and cannot tell a row an edit broke from a whole one.
 */
function tableLines(value: string): Array<{line: number; text: string}> | undefined {
  const lines = value.split(/\r?\n/)
  const start = lines.findIndex(
    (line, index) => line.startsWith('|') && /^\|(?:\s*:?-+:?\s*\|)+\s*$/.test(lines[index + 1] ?? '')
  )
  if (start === -1) return undefined
  const rows: Array<{line: number; text: string}> = []
  for (let index = start + 2; index < lines.length && lines[index]!.startsWith('|'); index++) {
    rows.push({line: index + 1, text: lines[index]!})
  }

  return rows
}

/** A row's cells as written (escapes kept for `decodeCell`), with the 0-based column each starts at. */
export function splitCells(text: string): Array<{text: string; column: number}> {
  const cells: Array<{text: string; column: number}> = []
  let start = 1
  for (let index = 1; index < text.length; index++) {
    const character = text[index]
    if (character === '\\') index++
    else if (character === '|') {
      const raw = text.slice(start, index)
      const lead = raw.length - raw.trimStart().length
      cells.push({text: raw.trim(), column: start + lead})
      start = index + 1
    }
  }

  return cells
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
  const table = tableLines(value)
  if (!table) return undefined
  const columns = version === 2 ? 5 : 4

  const rows = table.map(({line, text}): SideBySideRow => {
    const split = splitCells(text)
    const cells = split.map((cell) => cell.text)
    const count = cells.length
    const englishCell = split[version === 2 ? 3 : 2]
    const common = {line, column: (englishCell?.column ?? 0) + 1, cells: count}

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
