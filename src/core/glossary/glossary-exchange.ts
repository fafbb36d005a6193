import {splitBom} from '../split-bom.js'
import {editGlossary} from './edit-glossary.js'
import {formatDeepL, parseDeepL} from './glossary-deepl.js'
import type {GlossaryEntry, GlossaryProblem} from './glossary-entry.js'
import {formatTbx} from './format-tbx.js'
import {glossaryColumns, parseGlossary, type GlossaryColumn} from './parse-glossary.js'
import {parseTbx} from './parse-tbx.js'

/** The formats `glossary import` and `export` speak. */
export const glossaryFormats = ['tsv', 'deepl-tsv', 'deepl-csv', 'tbx'] as const
export type GlossaryFormat = (typeof glossaryFormats)[number]

/**
 * The format of a glossary file from its name, and for `.tsv` from its
 * header: glossa's own file starts with `it	en`, DeepL's has no header.
 */
export function detectFormat(path: string, text?: string): GlossaryFormat {
  switch (extension(path)) {
    case '.tbx':
    case '.xml':
      return 'tbx'
    case '.csv':
      return 'deepl-csv'
    default: {
      if (text === undefined) return 'tsv'
      const header = splitBom(text)
        .text.split(/\r?\n/)
        .find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
      return header === undefined || /^it\ten(?:\t|$)/.test(header.trim()) ? 'tsv' : 'deepl-tsv'
    }
  }
}

/** Read a glossary in any format glossa exchanges. */
export async function parseExchange(
  text: string,
  format: GlossaryFormat
): Promise<{entries: GlossaryEntry[]; problems: GlossaryProblem[]; columns: GlossaryColumn[]}> {
  switch (format) {
    case 'tsv': {
      const parsed = parseGlossary(text)
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
    case 'tbx':
      return formatTbx(entries)
    case 'deepl-tsv':
      return formatDeepL(entries, 'tsv')
    case 'deepl-csv':
      return formatDeepL(entries, 'csv')
  }
}

/** The extension of a path's last name, lower-cased, as `node:path`'s `extname` gives it (`\\` too, as on Windows). */
function extension(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot).toLowerCase() : ''
}
