import {splitBom} from '../split-bom.js'
import {splitRecord} from './delimited.js'
import {detectDelimiter} from './detect-delimiter.js'
import {editGlossary} from './edit-glossary.js'
import {formatDeepL, parseDeepL} from './glossary-deepl.js'
import type {GlossaryEntry, GlossaryProblem} from './glossary-entry.js'
import {formatGlossaryCsv} from './format-glossary-csv.js'
import {formatTbx} from './format-tbx.js'
import {glossaryColumns, parseGlossary, type GlossaryColumn} from './parse-glossary.js'
import {parseTbx} from './parse-tbx.js'

/** The formats `glossary import` and `export` speak. */
export const glossaryFormats = ['tsv', 'csv', 'deepl-tsv', 'deepl-csv', 'tbx'] as const
export type GlossaryFormat = (typeof glossaryFormats)[number]

/**
 * The format a file name says without doubt, for writing: `.tsv` is
 * glossa's own file, `.csv` its full CSV, `.tbx` (or `.xml`) TBX; any other
 * name says nothing (`undefined`), and DeepL's formats are only ever asked for.
 */
export function formatOfName(path: string): GlossaryFormat | undefined {
  switch (extension(path)) {
    case '.tbx':
    case '.xml':
      return 'tbx'
    case '.csv':
      return 'csv'
    case '.tsv':
      return 'tsv'
    default:
      return undefined
  }
}

/**
 * The format of a file to read, from its name and its first line: a CSV
 * or TSV whose header names glossa's columns (`it`, `en`, then any of
 * `note`, `forms`, `forbid`, `dnt`) is glossa's, any other is DeepL's.
 */
export function detectFormat(path: string, text: string): GlossaryFormat {
  const named = formatOfName(path)
  if (named === 'tbx') return 'tbx'
  const delimiter = named === 'csv' ? detectDelimiter(text) : '\t'
  const header = splitBom(text)
    .text.split(/\r?\n/)
    .find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
  const glossa = header === undefined || isGlossaHeader(header, delimiter)
  if (named === 'csv') return glossa ? 'csv' : 'deepl-csv'
  return glossa ? 'tsv' : 'deepl-tsv'
}

/** Read a glossary in any format glossa exchanges. */
export async function parseExchange(
  text: string,
  format: GlossaryFormat
): Promise<{entries: GlossaryEntry[]; problems: GlossaryProblem[]; columns: GlossaryColumn[]}> {
  switch (format) {
    case 'tsv':
    case 'csv': {
      const parsed = parseGlossary(text, format === 'tsv' ? '\t' : detectDelimiter(text))
      return {...parsed, columns: parsed.columns ?? [...glossaryColumns]}
    }
    case 'tbx':
      return {...(await parseTbx(text)), columns: [...glossaryColumns]}
    // DeepL's files hold only the two terms.
    case 'deepl-tsv':
      return {...parseDeepL(text, 'tsv'), columns: ['it', 'en']}
    case 'deepl-csv':
      return {...parseDeepL(text, 'csv'), columns: ['it', 'en']}
  }
}

/** Write a glossary in any format glossa exchanges; `tsv` is glossa's own file, without comments. */
export function formatExchange(entries: readonly GlossaryEntry[], format: GlossaryFormat): string {
  switch (format) {
    case 'tsv':
      return editGlossary('', {add: entries})
    case 'csv':
      return formatGlossaryCsv(entries)
    case 'tbx':
      return formatTbx(entries)
    case 'deepl-tsv':
      return formatDeepL(entries, 'tsv')
    case 'deepl-csv':
      return formatDeepL(entries, 'csv')
  }
}

/** A header line of glossa's columns: `it` and `en` first, the rest known (a spreadsheet may pad it). */
function isGlossaHeader(line: string, delimiter: string): boolean {
  const names = (splitRecord(line, delimiter).cells ?? []).map((cell) => cell.trim())
  while (names.length > 2 && names[names.length - 1] === '') names.pop()
  return (
    names[0] === 'it' &&
    names[1] === 'en' &&
    names.every((name) => (glossaryColumns as readonly string[]).includes(name))
  )
}

/** The extension of a path's last name, lower-cased, as `node:path`'s `extname` gives it (`\\` too, as on Windows). */
function extension(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot).toLowerCase() : ''
}
