import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {checkQuality} from '../quality/index.js'
import {reportOnFile} from '../report-on-file.js'
import type {DecodedUnit} from './decode-translations.js'
import type {DocumentSettings} from './document-settings.js'
import type {Unit} from './unit.js'

/**
 * Stage 6: the quality checks of each translated unit (numbers, currencies,
 * dates, links, code, Italian left over), as warnings on the unit in the
 * Italian source, by unit index. A dry run translated nothing, and an engine
 * that gives the source back (`identity`) is checking the Markdown, not the
 * English: neither is checked.
 */
export function checkUnits(
  file: VFile,
  units: readonly Unit[],
  decoded: readonly DecodedUnit[],
  settings: DocumentSettings
): VFileMessage[][] {
  if (settings.engine.dryRun || settings.engine.verbatim) return units.map(() => [])

  return units.map((unit, index) => {
    const {words, problem, english} = decoded[index]!
    if (words === undefined || problem) return []
    const findings = checkQuality({
      // The words the engine translated: names held aside are in neither side's words.
      italian: unheld(unit.encoding.text),
      english: words(),
      italianMarkdown: unit.source,
      englishMarkdown: english
    })
    return findings.map((finding) =>
      reportOnFile(
        file,
        finding.ruleId,
        'Unexpected `' + finding.actual + '`, expected `' + finding.expected + '`',
        {
          place: unit.position,
          actual: finding.actual,
          expected: [finding.expected]
        }
      )
    )
  })
}

/** An encoded unit's words without its held names and tags. */
function unheld(xml: string): string {
  return xml
    .replace(/<x id="\d+">[^<]*<\/x>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
