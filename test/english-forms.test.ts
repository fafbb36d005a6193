import {describe, expect, it} from 'vitest'
import {englishForms, englishPlural} from '../src/core/index.js'

describe('englishPlural', () => {
  it.each<[string, string]>([
    ['model', 'models'],
    ['inference', 'inferences'],
    ['data center', 'data centers'],
    ['large language model', 'large language models'],
    ['point of presence', 'points of presence'],
    ['Point of Presence', 'Points of Presence'],
    // Invariable.
    ['training', 'training'],
    ['computing', 'computing'],
    ['machine learning', 'machine learning'],
    ['compute', 'compute'],
    ['data', 'data'],
    ['software', 'software'],
    ['open-source software', 'open-source software'],
    ['hardware', 'hardware'],
    ['firmware', 'firmware'],
    ['information', 'information'],
    ['research', 'research'],
    ['feedback', 'feedback'],
    ['artificial intelligence', 'artificial intelligence'],
    ['network traffic', 'network traffic'],
    ['analytics', 'analytics'],
    ['robotics', 'robotics'],
    ['series', 'series'],
    // Countable nouns in -ing.
    ['embedding', 'embeddings'],
    ['setting', 'settings'],
    ['string', 'strings'],
    // Endings.
    ['bus', 'buses'],
    ['class', 'classes'],
    ['box', 'boxes'],
    ['search', 'searches'],
    ['hash', 'hashes'],
    ['analysis', 'analyses'],
    ['hypothesis', 'hypotheses'],
    ['policy', 'policies'],
    ['key', 'keys'],
    ['matrix', 'matrices'],
    ['child process', 'child processes'],
    // Acronyms and case.
    ['GPU', 'GPUs'],
    ['DATA CENTER', 'DATA CENTERS'],
    ['LLM', 'LLMs'],
    ['Data Center', 'Data Centers'],
    ['Policy', 'Policies'],
    ['pre-training', 'pre-training']
  ])('%s → %s', (term, expected) => {
    expect(englishPlural(term)).toBe(expected)
  })
})

describe('englishForms', () => {
  it.each<[string, string[]]>([
    ['inference', ['inference', 'inferences']],
    ['training', ['training']],
    ['GPU', ['GPU', 'GPUs']],
    ['data center', ['data center', 'data centre', 'data centers', 'data centres']],
    ['data centre', ['data centre', 'data center', 'data centres', 'data centers']],
    ['Data Center', ['Data Center', 'Data Centre', 'Data Centers', 'Data Centres']],
    ['optical fiber', ['optical fiber', 'optical fibre', 'optical fibers', 'optical fibres']],
    ['meter', ['meter', 'metre', 'meters', 'metres']],
    ['optimization', ['optimization', 'optimisation', 'optimizations', 'optimisations']],
    ['tokenisation', ['tokenisation', 'tokenization', 'tokenisations', 'tokenizations']],
    ['tokenizer', ['tokenizer', 'tokeniser', 'tokenizers', 'tokenisers']],
    ['analyzer', ['analyzer', 'analyser', 'analyzers', 'analysers']],
    ['behavior', ['behavior', 'behaviour', 'behaviors', 'behaviours']],
    ['colour space', ['colour space', 'color space', 'colour spaces', 'color spaces']],
    ['labor cost', ['labor cost', 'labour cost', 'labor costs', 'labour costs']],
    ['batch size', ['batch size', 'batch sizes']],
    ['OPTIMIZATION', ['OPTIMIZATION', 'OPTIMISATION', 'OPTIMIZATIONS', 'OPTIMISATIONS']],
    ['Tokenization', ['Tokenization', 'Tokenisation', 'Tokenizations', 'Tokenisations']],
    ['Color', ['Color', 'Colour', 'Colors', 'Colours']],
    ['GPU colour', ['GPU colour', 'GPU color', 'GPU colours', 'GPU colors']]
  ])('%s', (term, expected) => {
    expect(englishForms(term)).toEqual(expected)
  })
})
