import {extname} from 'node:path'
import {editGlossary} from './core/edit-glossary.js'
import type {GlossaryEntry, GlossaryProblem} from './core/glossary-entry.js'
import {formatDeepL, parseDeepL} from './core/glossary-deepl.js'
import {formatTbx} from './core/format-tbx.js'
import {parseTbx} from './core/parse-tbx.js'
import {glossaryColumns, parseGlossary, type GlossaryColumn} from './core/parse-glossary.js'
import type {GlossaryFormat} from './parse-cli-args.js'

/**
 * The format of a glossary file from its name, and for `.tsv` from its
 * header: glossa's own file starts with `it	en`, DeepL's has no header.
 */
export function detectFormat(path: string, text?: string): GlossaryFormat {
  switch (extname(path).toLowerCase()) {
    case '.tbx':
    case '.xml':
      return 'tbx'
    case '.csv':
      return 'deepl-csv'
    default: {
      if (text === undefined) return 'tsv'
      const header = text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
      return header === undefined || /^it\ten(?:\t|$)/.test(header.trim()) ? 'tsv' : 'deepl-tsv'
    }
  }
}

/** Read a glossary in any format glossa exchanges. */
export function parseExchange(
  text: string,
  format: GlossaryFormat
): {entries: GlossaryEntry[]; problems: GlossaryProblem[]; columns: GlossaryColumn[]} {
  switch (format) {
    case 'tsv': {
      const parsed = parseGlossary(text)
      return {...parsed, columns: parsed.columns ?? [...glossaryColumns]}
    }
    case 'tbx':
      return {...parseTbx(text), columns: [...glossaryColumns]}
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
