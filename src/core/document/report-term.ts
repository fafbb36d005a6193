import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reportOnFile} from '../report-on-file.js'
import type {TermFinding} from '../terms/index.js'
import type {PlacedTerm} from './unit.js'

const termReasons: Record<TermFinding['ruleId'], (finding: TermFinding) => string> = {
  'glossary-term-missing': (finding) =>
    'Unexpected translation of `' + finding.actual + '`, expected `' + finding.expected[0] + '` (glossary)',
  'glossary-term-forbidden': (finding) =>
    'Unexpected `' +
    finding.actual +
    '` in the translation, expected `' +
    finding.expected[0] +
    '` (glossary)',
  'glossary-dnt-changed': (finding) =>
    'Unexpected change to `' + finding.actual + '`, expected it as written (do not translate)'
}

/** A glossary finding as a warning on the term in the Italian source. */
export function reportTerm(file: VFile, finding: TermFinding<PlacedTerm>): VFileMessage {
  return reportOnFile(file, finding.ruleId, termReasons[finding.ruleId](finding), {
    place: finding.term.position,
    actual: finding.actual,
    expected: finding.expected
  })
}
