import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {tmxProps} from './format-tmx.js'
import type {StoredEntry} from './stored-entry.js'

/** Why a `tu` was left out. */
export type TmxSkip = 'no-key' | 'bad-key' | 'no-italian' | 'no-english' | 'no-engine' | 'markup' | 'reviewed'

/** Why a whole file was refused: nothing of it may be imported. */
export class TmxRefusal extends Error {
  readonly reason: 'xml' | 'root' | 'languages'
  readonly detail: string

  constructor(reason: 'xml' | 'root' | 'languages', detail: string) {
    super(reason + ': ' + detail)
    this.reason = reason
    this.detail = detail
  }
}

const targets = new Set(['en-US', 'en-GB'])

/**
 * The entries of a TMX file glossa wrote (`formatTmx`), and each `tu` that
 * cannot be one, by its 1-based number and why. A file that is not
 * well-formed XML (a truncated one included), not TMX, or not from Italian
 * throws a `TmxRefusal`: a part of it would be a guess.
 */
export function parseTmx(text: string): {
  entries: StoredEntry[]
  skipped: Array<{unit: number; reason: TmxSkip}>
} {
  const valid = XMLValidator.validate(text)
  if (valid !== true) throw new TmxRefusal('xml', `line ${valid.err.line}: ${valid.err.msg}`)
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => name === 'tu' || name === 'tuv' || name === 'prop'
  }).parse(text) as {tmx?: Tmx}
  const tmx = parsed.tmx
  if (typeof tmx !== 'object' || tmx === null) {
    throw new TmxRefusal('root', Object.keys(parsed).find((key) => !key.startsWith('?')) ?? '')
  }

  const source = tmx.header?.['@_srclang'] ?? ''
  if (!isItalian(source)) throw new TmxRefusal('languages', source)
  const entries: StoredEntry[] = []
  const skipped: Array<{unit: number; reason: TmxSkip}> = []
  for (const [index, tu] of (tmx.body?.tu ?? []).entries()) {
    const entry = toEntry(tu)
    if (typeof entry === 'string') skipped.push({unit: index + 1, reason: entry})
    else entries.push(entry)
  }
  return {entries, skipped}
}

interface Tmx {
  header?: Record<string, string>
  body?: {tu?: Tu[]}
}

interface Tu {
  '@_creationdate'?: string
  '@_usagecount'?: string
  prop?: Array<{'@_type'?: string; '#text'?: string}>
  tuv?: Array<{'@_xml:lang'?: string; '@_lang'?: string; seg?: unknown}>
}

function toEntry(tu: Tu): StoredEntry | TmxSkip {
  const props = new Map((tu.prop ?? []).map((prop) => [prop['@_type'], prop['#text'] ?? '']))
  // A reviewed row glossa exported lives in its side-by-side file: there is nothing to key it by here.
  if (props.get(tmxProps.status) === 'reviewed') return 'reviewed'
  const key = props.get(tmxProps.key)
  if (key === undefined) return 'no-key'
  if (!/^[\da-f]{64}$/.test(key)) return 'bad-key'
  const tuvs = (tu.tuv ?? []).map((tuv) => ({
    language: tuv['@_xml:lang'] ?? tuv['@_lang'] ?? '',
    seg: tuv.seg
  }))
  const italian = tuvs.find((tuv) => isItalian(tuv.language))
  const english = tuvs.find((tuv) => targets.has(tuv.language))
  if (!italian) return 'no-italian'
  if (!english) return 'no-english'
  // Inline elements (`bpt`, `ph`) are another tool's markup, not glossa's encoded text.
  if (typeof italian.seg !== 'string' || typeof english.seg !== 'string') return 'markup'
  const engine = props.get(tmxProps.engine)
  if (!engine) return 'no-engine'
  const billed = Number(props.get(tmxProps.billedCharacters) ?? 0)
  return {
    key,
    source: italian.seg,
    target: english.seg,
    sourceLanguage: 'it',
    targetLanguage: english.language,
    engine,
    billedCharacters: Number.isSafeInteger(billed) && billed >= 0 ? billed : 0,
    detectedLanguage: props.get(tmxProps.detectedLanguage),
    created: isoDate(tu['@_creationdate']),
    hits: Math.max(0, Number.parseInt(tu['@_usagecount'] ?? '0', 10) || 0)
  }
}

function isItalian(language: string): boolean {
  return /^it(?:-|$)/i.test(language)
}

/** `20261202T003659Z` as `2026-12-02T00:36:59.000Z`; now when missing or malformed. */
function isoDate(value: string | undefined): string {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '')
  if (!match) return new Date().toISOString()
  const [, year, month, day, hour, minute, second] = match
  return `${year}-${month}-${day}T${hour}:${minute}:${second}.000Z`
}
