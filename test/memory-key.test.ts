import {describe, expect, it} from 'vitest'
import {memoryKey, type MemoryKeyInput} from '../src/core/index.js'
import {entry as glossaryEntry} from './helpers/glossary-entry.js'

const base: MemoryKeyInput = {
  text: 'Il <g id="1">modello</g> nuovo.',
  sourceLanguage: 'it',
  targetLanguage: 'en-US',
  engine: 'deepl {"tagHandling":"xml"}',
  entries: [glossaryEntry('modello', 'model')]
}

describe('memoryKey', () => {
  it('is a SHA-256, the same for the same unit, whatever the order of its entries', () => {
    expect(memoryKey(base)).toMatch(/^[\da-f]{64}$/)
    const two = [glossaryEntry('modello', 'model'), glossaryEntry('nuovo', 'new')]
    expect(memoryKey({...base, entries: two})).toBe(memoryKey({...base, entries: [...two].reverse()}))
    // A term found twice in a unit is one entry.
    expect(memoryKey({...base, entries: [two[0]!, two[0]!]})).toBe(memoryKey(base))
  })

  it.each([
    ['the text', {text: 'Il <g id="1">modello</g> vecchio.'}],
    ['the markup', {text: 'Il modello nuovo.'}],
    ['the target', {targetLanguage: 'en-GB'}],
    ['the engine options', {engine: 'deepl {"tagHandling":"html"}'}],
    ['an entry’s English', {entries: [glossaryEntry('modello', 'AI model')]}],
    ['an entry’s forms', {entries: [{...glossaryEntry('modello', 'model'), forms: [{italian: 'modelli'}]}]}],
    ['an entry’s mark', {entries: [{...glossaryEntry('modello', 'model'), dnt: true}]}],
    ['an entry more', {entries: [glossaryEntry('modello', 'model'), glossaryEntry('nuovo', 'new')]}],
    ['no entry', {entries: []}]
  ])('changes with %s', (_, change) => {
    expect(memoryKey({...base, ...change})).not.toBe(memoryKey(base))
  })

  it('does not change with what does not change the English: notes, forbidden renderings, the line', () => {
    const entry = {
      ...glossaryEntry('modello', 'model'),
      note: 'a trained network',
      forbidden: ['pattern'],
      line: 9
    }
    expect(memoryKey({...base, entries: [entry]})).toBe(memoryKey(base))
  })
})
