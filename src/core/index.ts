// The core of glossa: pure functions over text, mdast and data (no file
// system, no process, no terminal, no DeepL). Everything outside the core
// imports it from here. Modules that need remark, YAML or the XML parser
// load them on first use, so importing the core stays cheap for commands
// that never parse Markdown.
export {
  collectUnits,
  documentSettings,
  reportTerm,
  translateDocument,
  type DocumentOptions,
  type DocumentResult,
  type TranslateDocumentOptions,
  type DocumentSettings,
  type PlacedTerm,
  type Unit,
  type UnitKind,
  type UnitResult
} from './document/index.js'
export type {Engine, EngineAnswer, EngineRequest, EngineResponse, TargetLanguage} from './engine.js'
export {EngineFailure, GlossaError, UsageError, type MessageValues} from './errors.js'
export {escapeRegExp} from './escape-reg-exp.js'
export {fileFatal} from './file-fatal.js'
export {
  createGlossary,
  detectFormat,
  editGlossary,
  entryCell,
  formatDeepL,
  formatEntry,
  formatExchange,
  formatOfName,
  formatTbx,
  glossaryColumns,
  glossaryFormats,
  glossaryUploads,
  hasControl,
  lineCount,
  parseDeepL,
  parseExchange,
  parseGlossary,
  parseTbx,
  readGlossary,
  reportGlossaryProblems,
  type Glossary,
  type GlossaryColumn,
  type GlossaryEdit,
  type GlossaryEntry,
  type GlossaryForm,
  type GlossaryFormat,
  type GlossaryProblem,
  type ParsedGlossary,
  type ReadGlossary
} from './glossary/index.js'
export {decodeInline, escapeMarkdown, walkInline, type Encoding, type Tag} from './inline/index.js'
export {englishForms, englishPlural, italianForms, normalizeForm, normalizeText} from './language/index.js'
export {
  memoryKey,
  pipelineVersion,
  type MemoryEntry,
  type MemoryKeyInput,
  type TranslationMemory
} from './memory/index.js'
export {markdownParser, parseMarkdown, type MarkdownParser, type Range} from './markdown/index.js'
export {
  checkQuality,
  qualityChecks,
  readNumbers,
  type QualityFinding,
  type QualityPair
} from './quality/index.js'
export {reportOnFile} from './report-on-file.js'
export {priorFromSideBySide, reviewedXml, type PriorOptions} from './review/index.js'
export {
  decodeCell,
  encodeCell,
  fingerprint,
  isReviewStatus,
  italianCell,
  markdownWords,
  parseSideBySide,
  previousMarker,
  renderSideBySide,
  sourceFingerprint,
  splitCells,
  writtenStatus,
  type SideBySide,
  type SideBySideOptions,
  type SideBySideRow
} from './side-by-side/index.js'
export {splitBom} from './split-bom.js'
export {
  compileTerms,
  findTerms,
  matchTerms,
  verifyTerms,
  type TermFinding,
  type TermMatch,
  type TermMatcher,
  type UnitTerm
} from './terms/index.js'
