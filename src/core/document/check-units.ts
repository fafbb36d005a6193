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
  if (settings.engine.dryRun || settings.engine.verbatim || settings.checks.size === 0)
    return units.map(() => [])

  const source = String(file.value)
  // Most articles silence nothing: the lines before units are read only when one does.
  const commented = source.includes('glossa-ignore')
  return units.map((unit, index) => {
    const {words, problem, english} = decoded[index]!
    if (words === undefined || problem) return []
    const silenced = commented ? ignoredBefore(source, unit.start) : new Set<string>()
    const findings = checkQuality(
      {
        // The words the engine translated: names held aside are in neither side's words.
        italian: unheld(unit.encoding.text),
        english: words(),
        italianMarkdown: unit.source,
        englishMarkdown: english
      },
      settings.checks
    )
    return findings
      .filter((finding) => !silenced.has(finding.ruleId))
      .map((finding) =>
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

/** An encoded unit's words without its held names and tags, in one pass. */
function unheld(xml: string): string {
  return xml.replace(
    /(<x id="\d+">[^<]*<\/x>)|<[^>]+>|&(lt|gt|amp);/g,
    (_, held?: string, entity?: string) =>
      held ? ' ' : entity === 'lt' ? '<' : entity === 'gt' ? '>' : entity === 'amp' ? '&' : ''
  )
}

/**
 * The checks silenced for the unit at `start` by an HTML comment on the
 * line before it, `<!-- glossa-ignore number-mismatch, length-ratio -->`:
 * an editor's way to say a flag is expected there (a number that is meant
 * to differ), kept in the source where the reason is visible.
 */
function ignoredBefore(source: string, start: number): Set<string> {
  // Back over the unit's own line start and blank lines, then the line before: no copy of the source.
  let end = source.lastIndexOf('\n', start - 1)
  while (end > 0 && /\s/.test(source.charAt(end - 1))) end--
  if (end <= 0) return new Set()
  const line = source.slice(source.lastIndexOf('\n', end - 1) + 1, end)
  const match = /<!--\s*glossa-ignore\s+([\w\s,-]+?)\s*-->\s*$/.exec(line)
  return new Set(match ? match[1]!.split(/[\s,]+/) : [])
}
