import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  compileTerms,
  createGlossary,
  italianForms,
  matchTerms,
  type GlossaryEntry
} from '../src/core/index.js'
import {entry} from './helpers/glossary-entry.js'

const glossary = [
  /* 0 */ entry('inferenza', 'inference'),
  /* 1 */ entry('addestramento', 'training'),
  /* 2 */ entry('intelligenza artificiale', 'artificial intelligence'),
  /* 3 */ entry('intelligenza artificiale generativa', 'generative artificial intelligence'),
  /* 4 */ entry('intelligenza', 'intelligence'),
  /* 5 */ entry('potenza di calcolo', 'computing power'),
  /* 6 */ entry('calcolo', 'computation'),
  /* 7 */ entry('tecnica', 'technique'),
  /* 8 */ entry('tecnico', 'technician'),
  /* 9 */ entry('modello linguistico di grandi dimensioni', 'large language model'),
  /* 10 */ entry('scheda video', 'graphics card', {
    forms: [{italian: 'schede grafiche', english: 'graphics cards'}, {italian: 'scheda grafica'}]
  }),
  /* 11 */ entry('Gemma', 'Gemma', {dnt: true})
]

const withPre = [...glossary, /* 12 */ entry('pre-addestramento', 'pre-training')]

/** [surface, from, entry] */
type Expected = [string, number, number]

interface Case {
  name: string
  text: string
  expected: Expected[]
  entries?: GlossaryEntry[]
}

const positive: Case[] = [
  {
    name: 'a letter typed with a combining accent, whole in the surface',
    text: 'le unita\u0300 di elaborazione grafica e la città',
    entries: [entry('unità di elaborazione grafica', 'graphics processing unit'), entry('città', 'city')],
    expected: [
      ['unita\u0300 di elaborazione grafica', 3, 0],
      ['città', 39, 1]
    ]
  },
  {
    name: 'any case',
    text: 'Inferenza, INFERENZA e inferenza',
    expected: [
      ['Inferenza', 0, 0],
      ['INFERENZA', 11, 0],
      ['inferenza', 23, 0]
    ]
  },
  {
    name: 'plurals',
    text: 'Le inferenze dopo gli addestramenti',
    expected: [
      ['inferenze', 3, 0],
      ['addestramenti', 22, 1]
    ]
  },
  {
    name: 'plurals with agreement',
    text: 'le intelligenze artificiali e le potenze di calcolo',
    expected: [
      ['intelligenze artificiali', 3, 2],
      ['potenze di calcolo', 33, 5]
    ]
  },
  {
    name: 'a plural of the head only',
    text: 'due intelligenze artificiale',
    expected: [['intelligenze artificiale', 4, 2]]
  },
  {
    name: 'plurals of -ca and -co',
    text: 'tecniche nuove, tecnici esperti',
    expected: [
      ['tecniche', 0, 7],
      ['tecnici', 16, 8]
    ]
  },
  {
    name: 'a complement keeps its number',
    text: 'i modelli linguistici di grandi dimensioni',
    expected: [['modelli linguistici di grandi dimensioni', 2, 9]]
  },
  {
    name: 'explicit forms',
    text: 'due schede grafiche e una scheda grafica, non una scheda video',
    expected: [
      ['schede grafiche', 4, 10],
      ['scheda grafica', 26, 10],
      ['scheda video', 50, 10]
    ]
  },
  {
    name: "elision with '",
    text: "l'inferenza, dell'addestramento, all'inferenza, un'intelligenza, sull'addestramento, dall'inferenza",
    expected: [
      ['inferenza', 2, 0],
      ['addestramento', 18, 1],
      ['inferenza', 37, 0],
      ['intelligenza', 51, 4],
      ['addestramento', 70, 1],
      ['inferenza', 90, 0]
    ]
  },
  {
    name: 'elision with ’',
    text: 'L’inferenza, nell’inferenza, dall’addestramento',
    expected: [
      ['inferenza', 2, 0],
      ['inferenza', 18, 0],
      ['addestramento', 34, 1]
    ]
  },
  {
    name: 'across a newline',
    text: "l'intelligenza\nartificiale",
    expected: [['intelligenza\nartificiale', 2, 2]]
  },
  {
    name: 'across double spaces and a tab',
    text: 'la potenza  di\tcalcolo',
    expected: [['potenza  di\tcalcolo', 3, 5]]
  },
  {
    name: 'across NBSP and narrow NBSP',
    text: 'intelligenza\u00a0artificiale, potenza di\u202f\u00a0calcolo',
    expected: [
      ['intelligenza\u00a0artificiale', 0, 2],
      ['potenza di\u202f\u00a0calcolo', 26, 5]
    ]
  },
  {
    name: 'the longest wins',
    text: 'intelligenza artificiale generativa, intelligenza artificiale, intelligenza',
    expected: [
      ['intelligenza artificiale generativa', 0, 3],
      ['intelligenza artificiale', 37, 2],
      ['intelligenza', 63, 4]
    ]
  },
  {
    name: 'a longer term hides what is inside it',
    text: 'la potenza di calcolo e il calcolo',
    expected: [
      ['potenza di calcolo', 3, 5],
      ['calcolo', 27, 6]
    ]
  },
  {
    name: 'a longer form failing the boundary does not hide a shorter one',
    text: 'intelligenza artificialeX',
    expected: [['intelligenza', 0, 4]]
  },
  {
    name: 'adjacent matches',
    text: 'inferenza inferenza,addestramento',
    expected: [
      ['inferenza', 0, 0],
      ['inferenza', 10, 0],
      ['addestramento', 20, 1]
    ]
  },
  {name: 'the whole text', text: 'inferenza', expected: [['inferenza', 0, 0]]},
  {
    name: 'at the start and the end',
    text: 'inferenza e addestramento',
    expected: [
      ['inferenza', 0, 0],
      ['addestramento', 12, 1]
    ]
  },
  {
    name: 'punctuation around',
    text: '«inferenza», (inferenza), inferenza. "inferenza" inferenza: –addestramento–',
    expected: [
      ['inferenza', 1, 0],
      ['inferenza', 14, 0],
      ['inferenza', 26, 0],
      ['inferenza', 38, 0],
      ['inferenza', 49, 0],
      ['addestramento', 61, 1]
    ]
  },
  {
    name: 'a spaced dash',
    text: 'inferenza - addestramento',
    expected: [
      ['inferenza', 0, 0],
      ['addestramento', 12, 1]
    ]
  },
  {
    name: 'a hyphenated entry',
    text: "il pre-addestramento e l'addestramento",
    entries: withPre,
    expected: [
      ['pre-addestramento', 3, 12],
      ['addestramento', 25, 1]
    ]
  },
  {
    name: 'a hyphenated entry, plural',
    text: 'i Pre-addestramenti',
    entries: withPre,
    expected: [['Pre-addestramenti', 2, 12]]
  },
  {
    name: 'U+FFFC as a boundary',
    text: 'inferenza\ufffc e \ufffcinferenza',
    expected: [
      ['inferenza', 0, 0],
      ['inferenza', 14, 0]
    ]
  },
  {
    name: 'across U+FFFC, only whole parts',
    text: 'potenza\ufffcdi calcolo, intelligenza\ufffcartificiale',
    expected: [
      ['calcolo', 11, 6],
      ['intelligenza', 20, 4]
    ]
  },
  {
    name: 'a do-not-translate name, as written or in capitals only (meta, mistral are words)',
    text: 'Gemma e GEMMA, non gemma',
    expected: [
      ['Gemma', 0, 11],
      ['GEMMA', 8, 11]
    ]
  }
]

const negative: Case[] = [
  {name: 'derived words', text: 'inferenziale, addestramentoX, addestramento2, superinferenza', expected: []},
  {name: 'a prefix joined', text: 'preaddestramento', expected: []},
  {
    name: 'a hyphenated prefix when not listed',
    text: 'pre-addestramento, pre\u2011addestramento, pre\u2010addestramento',
    expected: []
  },
  {name: 'a hyphenated suffix', text: 'inferenza-based, addestramento-2', expected: []},
  {name: 'inside other words', text: 'ricalcolo, intelligenzaartificiale, tecnicamente', expected: []},
  {name: 'across U+FFFC', text: 'inferen\ufffcza', expected: []},
  {name: 'a do-not-translate term pluralised', text: 'le Gemme', expected: []},
  {name: 'a plural of a plural', text: 'inferenzi', expected: []},
  {name: 'an empty text', text: '', expected: []}
]

function run(cases: Case[]) {
  it.each(cases)('$name', ({text, expected, entries}) => {
    const matches = matchTerms(compileTerms(createGlossary(entries ?? glossary)), text)
    for (const match of matches) expect(text.slice(match.from, match.to)).toBe(match.surface)
    expect(matches.map((match) => [match.surface, match.from, match.entry])).toEqual(expected)
  })
}

describe('matchTerms finds', () => {
  run(positive)
})

describe('matchTerms does not find', () => {
  run(negative)
})

describe('matchTerms reports', () => {
  it('the English expected for the form, and whether it is inflected', () => {
    const text = 'inferenza, inferenze, schede grafiche, scheda grafica'
    const matches = matchTerms(compileTerms(createGlossary(glossary)), text)
    expect(matches.map(({surface, english, inflected}) => ({surface, english, inflected}))).toEqual([
      {surface: 'inferenza', english: 'inference', inflected: false},
      {surface: 'inferenze', english: 'inference', inflected: true},
      {surface: 'schede grafiche', english: 'graphics cards', inflected: true},
      {surface: 'scheda grafica', english: 'graphics card', inflected: true}
    ])
  })

  it('the first entry when two entries have the same form', () => {
    const entries = [entry('modello', 'model'), entry('Modello', 'template')]
    expect(
      matchTerms(compileTerms(createGlossary(entries)), 'un modello').map((match) => match.entry)
    ).toEqual([0])
  })

  it('an entry’s own term before a plural generated for another entry', () => {
    const entries = [entry('dato', 'data point'), entry('dati', 'data')]
    const matches = matchTerms(compileTerms(createGlossary(entries)), 'i dati e il dato')
    expect(matches.map((match) => [match.surface, match.entry, match.english])).toEqual([
      ['dati', 1, 'data'],
      ['dato', 0, 'data point']
    ])
  })

  it('offsets that stay exact where lower-casing would change the length', () => {
    // U+0130 lower-cases to two code units; it is kept as is.
    const text = '\u0130 inferenza \u0130nferenza'
    expect(
      matchTerms(compileTerms(createGlossary(glossary)), text).map((match) => [match.surface, match.from])
    ).toEqual([['inferenza', 2]])
  })

  it('a letter outside the Basic Multilingual Plane as a letter', () => {
    const text = 'inferenza\u{1D4D0} \u{1D4D0}inferenza inferenza\u{1F600}'
    expect(matchTerms(compileTerms(createGlossary(glossary)), text).map((match) => match.from)).toEqual([24])
  })
})

// ---------------------------------------------------------------------------
// Agreement with a slow reference: one regular expression per form, with the
// same boundaries, then leftmost-longest over every candidate.
// ---------------------------------------------------------------------------

const pool: GlossaryEntry[] = [
  entry('inferenza', 'inference'),
  entry('addestramento', 'training'),
  entry('pre-addestramento', 'pre-training'),
  entry('intelligenza artificiale', 'artificial intelligence'),
  entry('intelligenza artificiale generativa', 'generative artificial intelligence'),
  entry('intelligenza', 'intelligence'),
  entry('potenza di calcolo', 'computing power'),
  entry('calcolo', 'computation'),
  entry('tecnica', 'technique'),
  entry('rete neurale', 'neural network'),
  entry('rete', 'network'),
  entry('centro dati', 'data center'),
  entry('dato', 'data point'),
  entry('dati', 'data'),
  entry('unità di elaborazione', 'processing unit'),
  entry('GPU', 'GPU', {dnt: true}),
  entry('Gemma', 'Gemma', {dnt: true}),
  entry("l'ottimizzazione", 'optimization'),
  entry('scheda video', 'graphics card', {forms: [{italian: 'schede grafiche', english: 'graphics cards'}]}),
  entry('città', 'city', {forms: [{italian: 'città intelligente', english: 'smart city'}]})
]

const apostrophes = "['’‘ʼ′]"
const boundaryBefore = '(?<![\\p{L}\\p{N}\\p{M}])(?<![\\p{L}\\p{N}][-\\u2010\\u2011])'
const boundaryAfter = '(?![\\p{L}\\p{N}\\p{M}])(?![-\\u2010\\u2011][\\p{L}\\p{N}])'

function referenceKey(form: string): string {
  return form
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/['’‘ʼ′]/g, "'")
    .toLowerCase()
}

function referenceForms(entries: readonly GlossaryEntry[]): Array<{key: string; entry: number}> {
  const forms: Array<{key: string; entry: number}> = []
  const seen = new Set<string>()
  const add = (italian: string, index: number) => {
    const key = referenceKey(italian)
    if (key === '' || seen.has(key)) return
    seen.add(key)
    forms.push({key, entry: index})
  }
  entries.forEach((item, index) => {
    add(item.italian, index)
    if (!item.dnt) for (const form of item.forms) add(form.italian, index)
  })
  entries.forEach((item, index) => {
    if (!item.dnt) for (const plural of italianForms(item.italian).slice(1)) add(plural, index)
  })
  return forms
}

function referenceMatches(entries: readonly GlossaryEntry[], text: string): Array<[number, number, number]> {
  const candidates: Array<[number, number, number]> = []
  for (const {key, entry: index} of referenceForms(entries)) {
    const body = key
      .split(' ')
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, apostrophes))
      .join('\\s+')
    const pattern = new RegExp(boundaryBefore + body + boundaryAfter, 'giu')
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      candidates.push([match.index, match.index + match[0].length, index])
      pattern.lastIndex = match.index + 1
    }
  }
  candidates.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const chosen: Array<[number, number, number]> = []
  let lastEnd = 0
  for (const candidate of candidates) {
    if (candidate[0] < lastEnd) continue
    chosen.push(candidate)
    lastEnd = candidate[1]
  }
  return chosen
}

const casing = fc.constantFrom(
  (word: string) => word,
  (word: string) => word.toUpperCase(),
  (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
)
const formWord = fc
  .tuple(
    fc.constantFrom(
      ...pool.flatMap((item) => [...italianForms(item.italian), ...item.forms.map((form) => form.italian)])
    ),
    casing
  )
  .map(([word, cased]) => cased(word).replace(/ /g, '\n'))
const filler = fc.constantFrom(
  'e',
  'di',
  'la',
  'il',
  'nuovo',
  'super',
  'pre',
  'X',
  '2',
  'zione',
  'generativa',
  'artificiali'
)
const separator = fc.constantFrom(
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '\u202f',
  ', ',
  '-',
  '\u2011',
  "l'",
  'dell’',
  '\ufffc',
  '(',
  '»',
  '.',
  ''
)
const texts = fc
  .array(fc.oneof(formWord, filler, separator, separator), {maxLength: 40})
  .map((parts) => parts.join(''))
const glossaries = fc
  .subarray(pool, {minLength: 1})
  .chain((entries) => fc.shuffledSubarray(entries, {minLength: entries.length}))

describe('matchTerms agrees with a reference', () => {
  it('on generated glossaries and texts', () => {
    fc.assert(
      fc.property(glossaries, texts, (entries, text) => {
        const actual = matchTerms(compileTerms(createGlossary(entries)), text).map(
          (match): [number, number, number] => [match.from, match.to, match.entry]
        )
        expect(actual).toEqual(referenceMatches(entries, text))
      }),
      {seed: 20261125, numRuns: 300}
    )
  })
})
