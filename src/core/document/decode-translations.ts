import {decodeInline, plainTranslation, tokenizeXml, type TagProblem} from '../inline/index.js'
import {restorePrefixes, stripPrefixes, yamlScalar, type Range} from '../markdown/index.js'
import {spliceUnits} from './splice-units.js'
import type {Unit} from './unit.js'

/** One unit after decoding: what stands in the English file, and what the checks read. */
export interface DecodedUnit {
  /** The bytes that replace the unit's span in the English file (container prefixes, YAML quoting included). */
  written: string
  /** The unit's English as a reviewer reads it (prefix-free Markdown, LF); its Italian when it keeps it. */
  english: string
  /**
   * The translation's words, markup taken out, read when a check asks for
   * them; absent when there is no translation to check.
   */
  words?: () => string
  /** What was wrong with the translation; the unit keeps its Italian. */
  problem?: TagProblem
}

/**
 * Stage 4: decode each translation once into Markdown and words, or a tag
 * problem. A unit whose translation is missing, unchanged or broken keeps
 * its Italian bytes (with the translations of units nested in it, such as
 * image alts). Units are decoded innermost first, since a held-aside image
 * is written with its alt text's translation.
 */
export async function decodeTranslations(
  source: string,
  units: readonly Unit[],
  translations: ReadonlyArray<string | undefined>
): Promise<DecodedUnit[]> {
  const decoded: DecodedUnit[] = []
  const written: Array<string | undefined> = []

  // Nested units come after the unit they are in.
  for (let index = units.length - 1; index >= 0; index--) {
    const result = await decodeUnit(source, units, written, index, translations[index])
    decoded[index] = result
    written[index] = result.written
  }

  return decoded
}

async function decodeUnit(
  source: string,
  units: readonly Unit[],
  written: ReadonlyArray<string | undefined>,
  index: number,
  xml: string | undefined
): Promise<DecodedUnit> {
  const unit = units[index]!
  const italian = (extra: Pick<DecodedUnit, 'words' | 'problem'>): DecodedUnit => {
    const bytes = spliceUnits(source, units, written, unit.start, unit.end, index)
    return {written: bytes, english: unit.kind === 'field' ? unit.source : stripPrefixes(bytes), ...extra}
  }

  if (xml === undefined) return italian({})
  // An unchanged unit keeps its bytes; its words are still checked, and only
  // then read: most unchanged units (an identity run, a dry run) have no term.
  if (xml === unit.encoding.text)
    return italian({words: () => plainTranslation(tokenizeXml(xml) ?? [], unit.encoding.tags)})

  // A hold may hold a unit of its own (an image's alt), never the unit it is
  // in: a name that is a whole heading spans the unit.
  const hold = (range: Range) =>
    stripPrefixes(spliceUnits(source, units, written, range.start, range.end, index))
  const decoded = decodeInline(xml, unit.encoding, hold, {
    inTable: unit.inTable,
    plain: unit.kind === 'field'
  })
  if (!decoded.ok) return italian({problem: {actual: decoded.actual, expected: decoded.expected}})
  if (decoded.markdown === '') return italian({problem: {actual: 'empty translation', expected: 'text'}})

  const markdown = placeable(unit, decoded.markdown)
  // An alt that is the label is followed by the label, so the image still
  // resolves; unless it came back as it was, when the bytes stay.
  const label = unit.label && stripPrefixes(source.slice(unit.label.start, unit.label.end))
  if (label === markdown) return italian({words: () => decoded.words})
  return {
    written: unit.yaml
      ? await yamlScalar(markdown, unit.yaml, unit.lineEnding)
      : restorePrefixes(
          label === undefined ? markdown : markdown + '][' + label,
          unit.prefixes,
          unit.lineEnding
        ),
    english: markdown,
    words: () => decoded.words
  }
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
