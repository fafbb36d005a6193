import type {VFileMessage} from 'vfile-message'
import {encodeCell} from './cell-codec.js'
import type {TargetLanguage} from '../engine.js'
import type {UnitResult} from '../document/index.js'

export interface SideBySideOptions {
  /** Path of the Italian article, as written in the file's header. */
  sourcePath: string
  targetLanguage: TargetLanguage
  /** Column headers in the interface language: id, Italian, English, notes. */
  headers: readonly [string, string, string, string]
  /** One line for the reviewer, in the interface language. */
  instructions: string
  /** How a message reads in the notes column. */
  note: (message: VFileMessage) => string
}

/** The marker that starts every side-by-side file; `parseSideBySide` looks for it. */
export const sideBySideMarker = 'glossa side-by-side v1'

/**
 * The review file: a GFM table with one row per unit in document order.
 * Cells hold the Markdown of the unit (line breaks as `<br>`, pipes escaped),
 * so the file renders as the article reads and parses back to the same text.
 * The Italian cell starts with the unit's container markers in code
 * (`` `- [ ]` ``), so a list item reads as one; the English cell never has
 * them, so what a reviewer edits is the unit's text alone.
 */
export function renderSideBySide(results: readonly UnitResult[], options: SideBySideOptions): string {
  const header =
    '<!-- ' +
    sideBySideMarker +
    ' · source: ' +
    options.sourcePath.replace(/--/g, '-\\-') +
    ' · target: ' +
    options.targetLanguage +
    ' -->'
  const lines = [
    header,
    '',
    options.instructions,
    '',
    row(options.headers),
    row(options.headers.map(() => '---'))
  ]

  for (const {unit, english, messages} of results) {
    lines.push(
      row([
        unit.id,
        encodeCell(unit.context ? '`' + unit.context + '` ' + unit.source : unit.source),
        encodeCell(english),
        encodeCell(messages.map(options.note).join('\n'))
      ])
    )
  }

  return lines.join('\n') + '\n'
}

function row(cells: readonly string[]): string {
  return '| ' + cells.map((cell) => cell || ' ').join(' | ') + ' |'
}
