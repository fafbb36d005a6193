import {decodeInline} from './decode-inline.js'
import type {Range} from './positions.js'
import {restorePrefixes, stripPrefixes} from './line-prefixes.js'
import type {Unit} from './unit.js'
import {yamlScalar} from './yaml-scalar.js'

export interface Rendered {
  /** The English document. */
  document: string
  /** Each unit's English as a reviewer reads it (prefix-free Markdown, LF). */
  english: Map<Unit, string>
  /** Units whose translation could not be used, with what was wrong. */
  problems: Map<Unit, {actual: string; expected: string}>
}

/**
 * Write the English document: the Italian source with each unit's span
 * replaced by its translation and every other byte copied.
 * A unit whose translation is missing, unchanged or broken keeps its Italian
 * bytes (and the translations of units nested in it, such as image alts).
 */
export function renderEnglish(
  source: string,
  units: readonly Unit[],
  translationOf: (unit: Unit) => string | undefined
): Rendered {
  const english = new Map<Unit, string>()
  const problems = new Map<Unit, {actual: string; expected: string}>()

  const render = (start: number, end: number, outer?: Unit): string => {
    let out = ''
    let position = start

    for (let index = firstAt(units, start); index < units.length; index++) {
      const unit = units[index]!
      if (unit.start >= end) break
      if (unit === outer || unit.start < position || unit.end > end) continue
      out += source.slice(position, unit.start) + write(unit)
      position = unit.end
    }

    return out + source.slice(position, end)
  }

  // A hold may hold a unit of its own (an image's alt), never the unit it is
  // in: a name that is a whole heading spans the unit.
  const renderHold = (unit: Unit) => (range: Range) => stripPrefixes(render(range.start, range.end, unit))

  const write = (unit: Unit): string => {
    const xml = translationOf(unit)

    if (xml !== undefined && xml !== unit.encoding.text) {
      const decoded = decodeInline(xml, unit.encoding, renderHold(unit), {
        inTable: unit.inTable,
        plain: unit.kind === 'field'
      })

      if (decoded.ok && decoded.markdown !== '') {
        const markdown = placeable(unit, decoded.markdown)
        english.set(unit, markdown)
        return unit.yaml
          ? yamlScalar(markdown, unit.yaml, unit.lineEnding)
          : restorePrefixes(markdown, unit.prefixes, unit.lineEnding)
      }

      problems.set(unit, decoded.ok ? {actual: 'empty translation', expected: 'text'} : decoded)
    }

    const italian = render(unit.start, unit.end, unit)
    english.set(unit, unit.kind === 'field' ? unit.source : stripPrefixes(italian))
    return italian
  }

  return {document: render(0, source.length), english, problems}
}

/**
 * The English as it will stand in the file: a unit on one line (a heading, a
 * cell) stays on one line, and a heading's trailing `#` run is escaped so it
 * is not read as a closing sequence.
 */
function placeable(unit: Unit, markdown: string): string {
  if (unit.yaml) return markdown
  const text =
    unit.prefixes.length === 0
      ? markdown
          .split('\n')
          .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
          .join(' ')
      : markdown
  return unit.kind === 'heading' ? text.replace(/(^|[ \t])(#+)$/, '$1\\$2') : text
}

/** Index of the first unit starting at or after `offset` (units are sorted). */
function firstAt(units: readonly Unit[], offset: number): number {
  let low = 0
  let high = units.length

  while (low < high) {
    const middle = (low + high) >>> 1
    if (units[middle]!.start < offset) low = middle + 1
    else high = middle
  }

  return low
}
