import type {Engine} from '../core/engine.js'
import type {GlossaryEntry} from '../core/glossary-entry.js'
import {escapeRegExp} from '../core/escape-reg-exp.js'
import {glossaryUploads} from '../core/glossary-uploads.js'
import {mockWords} from './mock-words.js'
import {deeplLimits} from './pack-batches.js'

const word = /\p{L}+(?:['’](?=\p{L}|$))?/gu
// Markup, and the content of `<x>` elements, which an engine leaves alone.
const markup = /(<x\b[^>]*[^/]>[^<]*<\/x>|<[^>]*>)/

/**
 * A deterministic, offline stand-in for a tag-aware MT engine: tags stay in
 * place, known Italian words become English (case kept), the rest is left
 * alone. Like DeepL, it honours a glossary only in the exact forms uploaded.
 * Bills what DeepL would bill and counts requests as DeepL batches them
 * (at most 50 texts each).
 */
export function createMockEngine(glossary: readonly GlossaryEntry[] = []): Engine {
  const terms = new Map(glossaryUploads(glossary))
  const sources = [...terms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
  const pattern = new RegExp(
    (sources.length > 0 ? '(?<![\\p{L}\\p{N}])(' + sources.join('|') + ')(?![\\p{L}\\p{N}])|' : '') +
      word.source,
    'gu'
  )
  // Without a glossary the pattern has no group, and the second argument is the offset.
  const replace = (found: string, term: unknown) =>
    typeof term === 'string' ? (terms.get(term) ?? term) : translateWord(found)

  return {
    name: 'mock',
    async translate(request) {
      const translations = request.texts.map((text) =>
        text
          .split(markup)
          .map((part) => (part.startsWith('<') ? part : part.replace(pattern, replace)))
          .join('')
      )
      const billedCharacters = request.texts.reduce((sum, text) => sum + billable(text), 0)
      return {translations, billedCharacters, requests: Math.ceil(request.texts.length / deeplLimits.texts)}
    }
  }
}

/** The mock engine without a glossary. */
export const mockEngine: Engine = createMockEngine()

function translateWord(italian: string): string {
  const english = mockWords.get(italian.toLowerCase().replace('’', "'"))
  if (english === undefined) return italian
  const upper = italian.charAt(0) !== italian.charAt(0).toLowerCase()
  return upper ? english.charAt(0).toUpperCase() + english.slice(1) : english
}

function billable(xml: string): number {
  const text = xml.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt);/g, '_')
  return [...text].length
}
