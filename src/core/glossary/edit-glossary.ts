import {formatRecord, splitRecord} from './delimited.js'
import type {GlossaryEntry} from './glossary-entry.js'
import {entryCell} from './entry-cell.js'
import {splitBom} from '../split-bom.js'
import {glossaryColumns, type GlossaryColumn} from './parse-glossary.js'

/** Changes to a glossary file, by line (1-based, as parsed). */
export interface GlossaryEdit {
  add?: readonly GlossaryEntry[]
  replace?: ReadonlyMap<number, GlossaryEntry>
  remove?: ReadonlySet<number>
}

/**
 * Apply edits to a glossary file's text and return the new text. Every
 * other line (comments, blank lines, other entries) stays byte for byte,
 * in its place, with the file's line ending; new entries go at the end.
 * A header missing a column an entry needs is extended.
 */
export function editGlossary(text: string, edit: GlossaryEdit): string {
  const {bom, text: body} = splitBom(text)
  const parts = body.split(/(\r?\n)/)
  // Each line keeps its own ending; new lines take the file's first one.
  const lines = parts.filter((_, index) => index % 2 === 0)
  const endings = parts.filter((_, index) => index % 2 === 1)
  const lineEnding = endings[0] ?? '\n'
  if (lines[lines.length - 1] === '') lines.pop()

  const headerIndex = lines.findIndex((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
  let columns = headerIndex === -1 ? undefined : readColumns(lines[headerIndex]!)
  const touched = [...(edit.add ?? []), ...(edit.replace?.values() ?? [])]
  const needed = glossaryColumns.filter(
    (column) => column === 'it' || column === 'en' || touched.some((entry) => entryCell(entry, column) !== '')
  )
  const added: string[] = []

  if (columns === undefined) {
    columns = [...glossaryColumns]
    added.push(columns.join('\t'))
  } else {
    const missing = needed.filter((column) => !columns!.includes(column))
    if (missing.length > 0) {
      columns = [...columns, ...missing]
      lines[headerIndex] = columns.join('\t')
    }
  }

  for (const entry of edit.add ?? []) added.push(formatEntry(entry, columns))
  let out = ''
  for (const [index, line] of lines.entries()) {
    if (edit.remove?.has(index + 1)) continue
    const replacement = edit.replace?.get(index + 1)
    // The last line may have no ending; it gets one only when lines follow it.
    const ending = endings[index] ?? (added.length > 0 ? lineEnding : '')
    out += (replacement ? formatEntry(replacement, columns) : line) + ending
  }

  return bom + out + added.map((line) => line + lineEnding).join('')
}

/** The number of lines of a text; a final line ending closes the last line, it does not open one. */
export function lineCount(text: string): number {
  return text.replace(/\r?\n$/, '').split(/\r?\n/).length
}

/** One entry as a line of the file, in the file's columns; empty trailing cells are left off. */
export function formatEntry(entry: GlossaryEntry, columns: readonly GlossaryColumn[]): string {
  const cells = columns.map((column) => entryCell(entry, column))
  while (cells.length > 2 && cells[cells.length - 1] === '') cells.pop()
  return formatRecord(cells, '\t')
}

function readColumns(line: string): GlossaryColumn[] {
  const record = splitRecord(line, '\t')
  const names = (record.cells ?? []).map((cell) => cell.trim())
  return names.filter((name): name is GlossaryColumn => (glossaryColumns as readonly string[]).includes(name))
}
