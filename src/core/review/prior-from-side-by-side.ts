import type {VFile} from 'vfile'
import type {PriorTranslations, Unit, UnitReview} from '../document/index.js'
import {reportOnFile} from '../report-on-file.js'
import {
  writtenStatus,
  isReviewStatus,
  italianCell,
  type SideBySide,
  type SideBySideRow
} from '../side-by-side/index.js'
import {reviewedXml} from './reviewed-xml.js'

export interface PriorOptions {
  /** The Italian article the units come from. */
  source: string
  /**
   * `review apply`: the article is the one the file was made from, so every
   * row with English glossa wrote is a translation, and a row without a
   * unit, or a unit without a row, is a reviewer's mistake. `translate`:
   * only reviewed English is used, and rows whose Italian changed make
   * their units `stale`.
   */
  apply: boolean
}

/**
 * Read what an article's side-by-side file holds for its units, checking
 * every row a person touched: reviewed or edited English is encoded with
 * the unit's tags (`reviewedXml`) or refused with its line and column;
 * an edited Italian cell, an unknown, missing, duplicated, reordered or
 * broken row, or a status nobody wrote is reported on `sideBySideFile`,
 * never applied silently.
 */
export async function priorFromSideBySide(
  units: readonly Unit[],
  sideBySide: SideBySide | undefined,
  sideBySideFile: VFile,
  options: PriorOptions
): Promise<PriorTranslations> {
  const translations: Array<string | undefined> = units.map(() => undefined)
  const reviews: UnitReview[] = units.map(() => ({status: 'machine'}))
  if (!sideBySide) return {translations, reviews}

  const error = (row: SideBySideRow, ruleId: string, values: {actual?: string; expected?: string} = {}) =>
    reportOnFile(sideBySideFile, ruleId, 'Cannot apply row `' + row.id + '` (' + ruleId + ')', {
      place: {line: row.line, column: row.column},
      fatal: true,
      actual: values.actual ?? row.id,
      ...(values.expected === undefined ? {} : {expected: [values.expected]}),
      values: {id: row.id}
    })

  const byId = new Map(units.map((unit, index) => [unit.id, index]))
  const rows = new Map<string, SideBySideRow>()
  const duplicated = new Set<string>()
  const unmatched: SideBySideRow[] = []

  for (const row of sideBySide.rows) {
    if (row.cells !== sideBySide.columns) {
      error(row, 'review-row-broken', {actual: String(row.cells), expected: String(sideBySide.columns)})
    } else if (rows.has(row.id) || duplicated.has(row.id)) {
      error(row, 'review-row-duplicate')
      duplicated.add(row.id)
    } else if (byId.has(row.id)) {
      rows.set(row.id, row)
    } else {
      unmatched.push(row)
      if (options.apply) error(row, 'review-row-unknown')
    }
  }

  for (const id of duplicated) rows.delete(id)
  let last = -1
  const staleFrom = options.apply
    ? new Map<number, SideBySideRow>()
    : staleRows(units, sideBySide.rows, byId, unmatched)

  for (const [index, unit] of units.entries()) {
    const row = rows.get(unit.id)
    if (!row) {
      const old = staleFrom.get(index)
      if (old) reviews[index] = {status: 'stale', previous: earlierEnglish(old)}
      else if (options.apply && !duplicated.has(unit.id)) {
        reportOnFile(sideBySideFile, 'review-row-missing', 'Cannot find the row of unit `' + unit.id + '`', {
          fatal: true,
          actual: unit.id,
          values: {id: unit.id}
        })
      }

      continue
    }

    if (row.line < last) error(row, 'review-row-order')
    last = row.line
    if (row.source !== italianCell(unit)) {
      error(row, 'review-italian-edited', {actual: row.source, expected: italianCell(unit)})
      continue
    }

    if (!isReviewStatus(row.status)) {
      error(row, 'review-status-unknown', {actual: row.status, expected: 'machine, reviewed, stale'})
      reviews[index] = {status: 'machine', kept: kept(row)}
      continue
    }

    // An English cell without the fingerprint glossa wrote was edited (a row of a file before
    // review states has none, and nothing in it can be told apart: it counts as machine).
    const edited = sideBySide.version === 2 && writtenStatus(row) === undefined
    const approved = edited || row.status === 'reviewed'
    if (!approved && !options.apply) {
      if (row.status === 'stale') reviews[index] = {status: 'stale', previous: row.previous}
      continue
    }

    const xml = await reviewedXml(unit, row.english, options.source)
    if (!xml.ok) {
      error(row, 'review-markup-mismatch', {actual: xml.actual, expected: xml.expected})
      reviews[index] = {status: 'machine', kept: kept(row)}
      continue
    }

    translations[index] = xml.xml
    reviews[index] = approved
      ? {status: 'reviewed'}
      : row.status === 'stale'
        ? {status: 'stale', previous: row.previous}
        : {status: 'machine'}
  }

  return {translations, reviews}
}

/** A row written back as the reviewer left it, so the edit waits for a fix instead of being lost. */
function kept(row: SideBySideRow): UnitReview['kept'] {
  return {english: row.english, status: row.status, fingerprint: row.fingerprint ?? ''}
}

/** What a reviewer had for a row whose Italian changed: its English if reviewed or edited, else the earlier one it kept. */
function earlierEnglish(row: SideBySideRow): string | undefined {
  if (row.status === 'reviewed' || writtenStatus(row) === undefined) return row.english
  return row.previous
}

/**
 * The rows whose Italian changed, paired with the units that replace them:
 * between two rows that still match a unit, unmatched rows and units of
 * the same kind are paired in order. Only rows with reviewed English (or
 * English kept from an earlier review) make a unit stale.
 */
function staleRows(
  units: readonly Unit[],
  rows: readonly SideBySideRow[],
  byId: ReadonlyMap<string, number>,
  unmatched: readonly SideBySideRow[]
): Map<number, SideBySideRow> {
  const pairs = new Map<number, SideBySideRow>()
  const orphans = new Set(unmatched)
  const rowIds = new Set(rows.map((row) => row.id))
  let unitStart = 0
  let pending: SideBySideRow[] = []

  const pair = (unitEnd: number) => {
    const free: number[] = []
    for (let index = unitStart; index < unitEnd; index++) if (!rowIds.has(units[index]!.id)) free.push(index)
    let cursor = 0
    for (const row of pending) {
      while (cursor < free.length && units[free[cursor]!]!.id.charAt(0) !== row.id.charAt(0)) cursor++
      if (cursor === free.length) break
      if (earlierEnglish(row) !== undefined) pairs.set(free[cursor]!, row)
      cursor++
    }

    pending = []
  }

  for (const row of rows) {
    const index = byId.get(row.id)
    if (index === undefined) {
      if (orphans.has(row)) pending.push(row)
      continue
    }

    pair(index)
    unitStart = index + 1
  }

  pair(units.length)
  return pairs
}
