import {describe, expect, it} from 'vitest'
import {parseGlossary, verifyTerms, type UnitTerm} from '../src/core/index.js'

const {entries} = parseGlossary(
  [
    'it\ten\tforbid\tdnt',
    'centro dati\tdata center\tserver farm',
    'addestramento\ttraining',
    'modello linguistico di grandi dimensioni\tlarge language model',
    'OpenAI\t\t\tyes'
  ].join('\n')
)

function term(entry: number, surface: string, extra: Partial<UnitTerm> = {}): UnitTerm {
  const english = entries[entry]!.english
  return {
    entry,
    from: 0,
    to: surface.length,
    surface,
    english,
    inflected: false,
    plural: false,
    start: 0,
    end: 0,
    protected: false,
    ...extra
  }
}

describe('verifyTerms', () => {
  it.each([
    ['data center', 'The data center is full.'],
    ['plural, any case', 'DATA CENTERS are full.'],
    ['British spelling', 'The data centres are full.'],
    ['hyphen for space', 'A data-center deal.'],
    ['possessive', "The data center's roof."],
    ['across a line break', 'The data\ncenter.']
  ])('accepts %s', (_, english) => {
    expect(verifyTerms([term(0, 'centro dati')], entries, english)).toEqual([])
  })

  it.each([
    ['another word', 'The datacenterized plan.'],
    ['a part of the term', 'The center is full.'],
    ['nothing at all', 'Il centro dati è pieno.']
  ])('misses %s', (_, english) => {
    expect(verifyTerms([term(0, 'centro dati')], entries, english)).toEqual([
      {
        ruleId: 'glossary-term-missing',
        term: term(0, 'centro dati'),
        actual: 'centro dati',
        expected: ['data center']
      }
    ])
  })

  it('reports a forbidden rendering as written, and a term found twice once', () => {
    const twice = [term(0, 'centro dati'), term(0, 'centri dati', {from: 20})]
    expect(
      verifyTerms(twice, entries, 'Two Server Farms.').map((finding) => [finding.ruleId, finding.actual])
    ).toEqual([
      ['glossary-term-missing', 'centro dati'],
      ['glossary-term-forbidden', 'Server Farms']
    ])
  })

  it('wants a do-not-translate term exactly as written, unless it was held aside', () => {
    expect(verifyTerms([term(3, 'OpenAI')], entries, 'Open AI says.')[0]?.ruleId).toBe('glossary-dnt-changed')
    expect(verifyTerms([term(3, 'OpenAI')], entries, 'OPENAI says.')[0]?.ruleId).toBe('glossary-dnt-changed')
    expect(verifyTerms([term(3, 'OpenAI')], entries, 'OpenAI says.')).toEqual([])
    expect(verifyTerms([term(3, 'OpenAI', {protected: true})], entries, '\uFFFC says.')).toEqual([])
  })

  it('expects the plural English for a generated plural first, either number still passing', () => {
    const plural = term(0, 'centri dati', {inflected: true, plural: true})
    expect(verifyTerms([plural], entries, 'Nothing here.')[0]?.expected).toEqual([
      'data centers',
      'data center'
    ])
    expect(verifyTerms([plural], entries, 'The data center.')).toEqual([])
    // English does not count training: its plural is itself, given once.
    const uncounted = term(1, 'addestramenti', {inflected: true, plural: true})
    expect(verifyTerms([uncounted], entries, 'Nothing here.')[0]?.expected).toEqual(['training'])
  })

  it('inflects the head of a multiword English term', () => {
    expect(
      verifyTerms([term(2, 'modelli linguistici di grandi dimensioni')], entries, 'Large language models.')
    ).toEqual([])
  })
})
