import type {Unit} from './unit.js'

/**
 * The source between `start` and `end` with each unit wholly inside it
 * replaced by its `written` bytes (a unit nested in a replaced one goes with
 * it), every other byte copied. `outer` is the unit being written, which a
 * range of its own (a name that is a whole heading) must not replace.
 */
export function spliceUnits(
  source: string,
  units: readonly Unit[],
  written: ReadonlyArray<string | undefined>,
  start: number,
  end: number,
  outer?: number
): string {
  let out = ''
  let position = start

  for (let index = firstAt(units, start); index < units.length; index++) {
    const unit = units[index]!
    if (unit.start >= end) break
    if (index === outer || unit.start < position || unit.end > end) continue
    out += source.slice(position, unit.start) + (written[index] ?? source.slice(unit.start, unit.end))
    position = unit.end
  }

  return out + source.slice(position, end)
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
