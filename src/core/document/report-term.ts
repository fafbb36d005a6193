import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reportOnFile} from '../report-on-file.js'
import type {TermFinding} from '../terms/index.js'
import type {PlacedTerm} from './unit.js'

const termReasons: Record<TermFinding['ruleId'], (finding: TermFinding) => string> = {
  'glossary-term-missing': (finding) =>
    '`' + finding.actual + '` should be translated as `' + finding.expected[0] + '` (glossary)',
  'glossary-term-forbidden': (finding) =>
    '`' +
    finding.term.surface +
    '` should be translated as `' +
    finding.expected[0] +
    '`, not `' +
    finding.actual +
    '` (glossary)',
  'glossary-dnt-changed': (finding) => '`' + finding.actual + '` should stay as written (glossary: a name)'
}

/** A glossary finding as a warning on the term in the Italian source. */
export function reportTerm(file: VFile, finding: TermFinding<PlacedTerm>): VFileMessage {
  return reportOnFile(file, finding.ruleId, termReasons[finding.ruleId](finding), {
    place: finding.term.position,
    actual: finding.actual,
    expected: finding.expected,
    // The localised text names the Italian term and the one English to write.
    values: {term: finding.term.surface, english: finding.expected[0] ?? ''}
  })
}
