import {escapeRegExp, glossaryUploads, type Engine, type Glossary} from '../core/index.js'
import {mockWords} from './mock-words.js'
import {deeplLimits} from './pack-batches.js'

const word = /\p{L}+(?:['’](?=\p{L}|$))?/gu
// Markup, and the content of `<x>` elements, which an engine leaves alone.
const markup = /(<x\b[^>]*[^/]>[^<]*<\/x>|<[^>]*>)/

/**
 * A deterministic, offline stand-in for a tag-aware MT engine: tags stay in
 * place, known Italian words become English (case kept), the rest is left
 * alone. Like DeepL, it honours the request's glossary only in the exact
 * forms uploaded. Bills what DeepL would bill and counts requests as DeepL
 * batches them (at most 50 texts each).
 */
export const mockEngine: Engine = {
  name: 'mock',
  async translate(request) {
    const words = wordsFor(request.glossary)
    const translations = request.texts.map((text) =>
      text
        .split(markup)
        .map((part) => (part.startsWith('<') ? part : words(part)))
        .join('')
    )
    const billedCharacters = request.texts.reduce((sum, text) => sum + billable(text), 0)
    return {translations, billedCharacters, requests: Math.ceil(request.texts.length / deeplLimits.texts)}
  }
}

// A run has one glossary: its pattern is built once.
let cached: {glossary: Glossary | undefined; words: (text: string) => string} | undefined

/** Translate the words of a text, the glossary's forms (as DeepL gets them) first. */
function wordsFor(glossary: Glossary | undefined): (text: string) => string {
  if (cached && cached.glossary === glossary) return cached.words
  const terms = new Map(glossary ? glossaryUploads(glossary) : [])
  const sources = [...terms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
  const pattern = new RegExp(
    (sources.length > 0 ? '(?<![\\p{L}\\p{N}])(' + sources.join('|') + ')(?![\\p{L}\\p{N}])|' : '') +
      word.source,
    'gu'
  )
  // Without a glossary the pattern has no group, and the second argument is the offset.
  const replace = (found: string, term: unknown) =>
    typeof term === 'string' ? (terms.get(term) ?? term) : translateWord(found)
  const words = (text: string) => text.replace(pattern, replace)
  cached = {glossary, words}
  return words
}

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
