import type {DocumentSettings} from './document-settings.js'
import type {Unit} from './unit.js'

/**
 * Stage 2: the translations this run already has, by unit index: a unit
 * identical to one an earlier article sent is not sent (or billed) again.
 */
export function reuseTranslations(
  units: readonly Unit[],
  settings: DocumentSettings
): Array<string | undefined> {
  return units.map((unit) => settings.known.get(unit.encoding.text))
}
