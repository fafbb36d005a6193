import {formatRecord} from './delimited.js'
import {entryCell} from './entry-cell.js'
import type {GlossaryEntry} from './glossary-entry.js'
import {glossaryColumns} from './parse-glossary.js'

/**
 * Write the glossary as CSV with every column of glossa's own file
 * (`it,en,note,forms,forbid,dnt`), for spreadsheets: nothing is lost, so it
 * reads back as it was. Every row has every cell, as RFC 4180 asks.
 */
export function formatGlossaryCsv(entries: readonly GlossaryEntry[]): string {
  const rows = [
    [...glossaryColumns],
    ...entries.map((entry) => glossaryColumns.map((column) => entryCell(entry, column)))
  ]
  return rows.map((cells) => formatRecord(cells, ',') + '\n').join('')
}
