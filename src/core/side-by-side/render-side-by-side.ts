import type {VFileMessage} from 'vfile-message'
import {encodeCell} from './cell-codec.js'
import type {TargetLanguage} from '../engine.js'
import type {Unit, UnitResult} from '../document/index.js'
import {fingerprint} from './fingerprint.js'

export interface SideBySideOptions {
  /** Path of the Italian article from the side-by-side file's folder, as written in the header. */
  sourcePath: string
  /** `sourceFingerprint` of the Italian article the rows were made from. */
  sourceHash: string
  targetLanguage: TargetLanguage
  /** Column headers in the interface language: id, status, Italian, English, notes. */
  headers: readonly [string, string, string, string, string]
  /** One line for the reviewer, in the interface language. */
  instructions: string
  /** How a message reads in the notes column. */
  note: (message: VFileMessage) => string
  /** The words before a stale row's earlier reviewed English, in the notes. */
  previous: string
}

/** The marker that starts every side-by-side file; `parseSideBySide` looks for it. */
export const sideBySideMarker = 'glossa side-by-side v2'

/** What separates a stale row's notes from the earlier reviewed English, so it reads back whole. */
export const previousMarker = '<!--previous-->'

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
    ' · italian: ' +
    options.sourceHash +
    ' -->'
  const lines = [
    header,
    '',
    options.instructions,
    '',
    row(options.headers),
    row(options.headers.map(() => '---'))
  ]

  for (const {unit, english, messages, review} of results) {
    const notes = messages.map(options.note)
    if (review.previous !== undefined) {
      notes.push('`stale` ' + options.previous + ' ' + previousMarker + review.previous)
    }

    // A reviewer's edit that could not be applied stays in the row as it was left, fingerprint and all.
    const kept = review.kept
    lines.push(
      row([
        // The fingerprint is an HTML comment: hidden where the table is rendered, out of the reviewer's way.
        unit.id + ' <!--' + (kept ? kept.fingerprint : fingerprint(english, review.status)) + '-->',
        kept ? kept.status : review.status,
        encodeCell(italianCell(unit)),
        encodeCell(kept ? kept.english : english),
        encodeCell(notes.join('\n'))
      ])
    )
  }

  return lines.join('\n') + '\n'
}

/** The Italian cell of a unit's row, decoded: its container markers in code, then its text. */
export function italianCell(unit: Pick<Unit, 'context' | 'source'>): string {
  return unit.context ? '`' + unit.context + '` ' + unit.source : unit.source
}

function row(cells: readonly string[]): string {
  return '| ' + cells.map((cell) => cell || ' ').join(' | ') + ' |'
}
