import type {Engine} from '../core/engine.js'
import {mockWords} from './mock-words.js'

const word = /\p{L}+(?:['’](?=\p{L}|$))?/gu
const tag = /(<[^>]*>)/

/**
 * A deterministic, offline stand-in for a tag-aware MT engine: tags stay in
 * place, known Italian words become English (case kept), the rest is left
 * alone. Bills what DeepL would bill and counts requests as DeepL batches
 * them (at most 50 texts each).
 */
export const mockEngine: Engine = {
  name: 'mock',
  async translate(request) {
    const translations = request.texts.map((text) =>
      text
        .split(tag)
        .map((part) => (part.startsWith('<') ? part : part.replace(word, translateWord)))
        .join('')
    )
    const billedCharacters = request.texts.reduce((sum, text) => sum + billable(text), 0)
    return {translations, billedCharacters, requests: Math.ceil(request.texts.length / 50)}
  }
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
