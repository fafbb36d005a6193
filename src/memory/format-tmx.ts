import {XMLBuilder} from 'fast-xml-parser'
import type {StoredEntry} from './stored-entry.js'

/** The `prop` types that carry what a TMX has no place for: the key and the answer's metadata. */
export const tmxProps = {
  key: 'x-glossa-key',
  engine: 'x-glossa-engine',
  billedCharacters: 'x-glossa-billed-characters',
  detectedLanguage: 'x-glossa-detected-language',
  status: 'x-glossa-status',
  unit: 'x-glossa-unit',
  file: 'x-glossa-file'
} as const

/** A row a person reviewed in a side-by-side file: its Italian and English Markdown, for CAT tools. */
export interface ReviewedUnit {
  id: string
  /** The side-by-side file, as shown. */
  file: string
  italian: string
  english: string
  targetLanguage: string
}

/**
 * The memory as TMX 1.4b: one `tu` per entry, the Italian and the English
 * as `tuv`s whose `seg` holds the encoded text with its tags escaped
 * (`&lt;g id="1"&gt;…`), so that an import gives back the very text that
 * was sent and its key still matches. The key, engine, billed characters
 * and detected language are `prop`s; `created` is the `creationdate`, and
 * the hits are the `usagecount`.
 */
export function formatTmx(
  entries: readonly StoredEntry[],
  version: string,
  now = new Date(),
  reviewed: readonly ReviewedUnit[] = []
): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true
  })
  const tu = entries.map((entry) => ({
    '@_creationdate': tmxDate(new Date(entry.created)),
    '@_usagecount': String(entry.hits),
    prop: [
      prop(tmxProps.key, entry.key),
      prop(tmxProps.engine, entry.engine),
      prop(tmxProps.billedCharacters, String(entry.billedCharacters)),
      ...(entry.detectedLanguage === undefined
        ? []
        : [prop(tmxProps.detectedLanguage, entry.detectedLanguage)])
    ],
    tuv: [
      {'@_xml:lang': entry.sourceLanguage, seg: entry.source},
      {'@_xml:lang': entry.targetLanguage, seg: entry.target}
    ]
  }))
  // Reviewed rows: approved English as Markdown, marked so; they live in the side-by-side files, not in the memory.
  for (const unit of reviewed) {
    tu.push({
      '@_creationdate': tmxDate(now),
      '@_usagecount': '0',
      prop: [prop(tmxProps.status, 'reviewed'), prop(tmxProps.unit, unit.id), prop(tmxProps.file, unit.file)],
      tuv: [
        {'@_xml:lang': 'it', seg: unit.italian},
        {'@_xml:lang': unit.targetLanguage, seg: unit.english}
      ]
    })
  }

  return builder.build({
    '?xml': {'@_version': '1.0', '@_encoding': 'UTF-8'},
    tmx: {
      '@_version': '1.4',
      header: {
        '@_creationtool': 'glossa',
        '@_creationtoolversion': version,
        '@_datatype': 'xml',
        '@_segtype': 'block',
        '@_adminlang': 'en',
        '@_srclang': 'it',
        '@_o-tmf': 'glossa-sqlite',
        '@_creationdate': tmxDate(now)
      },
      body: {tu}
    }
  }) as string
}

function prop(type: string, value: string) {
  return {'@_type': type, '#text': value}
}

/** TMX's date form, `YYYYMMDDThhmmssZ` (ISO 8601 basic, UTC). */
export function tmxDate(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(/[-:]/g, '')
}
