// The glossary as data: its entries and their plurals, the file glossa
// keeps (read, checked line by line and as a whole, edited in place), the
// formats it exchanges (its own CSV, DeepL's TSV and CSV, TBX) and what DeepL gets.
export {checkGlossary} from './check-glossary.js'
export {checkTerm, hasControl, maximumTermBytes} from './check-term.js'
export {createGlossary, type Glossary} from './create-glossary.js'
export {editGlossary, formatEntry, lineCount, type GlossaryEdit} from './edit-glossary.js'
export {entryCell} from './entry-cell.js'
export type {GlossaryEntry, GlossaryForm, GlossaryProblem} from './glossary-entry.js'
export {
  detectFormat,
  formatExchange,
  formatOfName,
  glossaryFormats,
  parseExchange,
  type GlossaryFormat
} from './glossary-exchange.js'
export {formatDeepL, parseDeepL} from './glossary-deepl.js'
export {glossaryUploads} from './glossary-uploads.js'
export {formatTbx} from './format-tbx.js'
export {glossaryColumns, parseGlossary, type GlossaryColumn, type ParsedGlossary} from './parse-glossary.js'
export {parseTbx} from './parse-tbx.js'
export {readGlossary, type ReadGlossary} from './read-glossary.js'
export {reportGlossaryProblems} from './report-glossary-problems.js'
