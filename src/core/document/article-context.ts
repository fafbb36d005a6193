import {heldMarkup} from '../inline/index.js'
import type {Unit} from './unit.js'

const maximum = 1000

/**
 * The article's title and lead, as plain text: DeepL reads it as context for
 * every unit of the article without translating or billing it.
 */
export function articleContext(units: readonly Unit[]): string {
  const title = units.find((unit) => unit.kind === 'field') ?? units.find((unit) => unit.kind === 'heading')
  const lead = units.find((unit) => unit.kind === 'paragraph')
  return [title, lead]
    .filter((unit): unit is Unit => unit !== undefined)
    .map((unit) => unit.encoding.plain.text.replaceAll(heldMarkup, ''))
    .join('\n')
    .slice(0, maximum)
}
