import {describe, expect, it} from 'vitest'
import {formatDeepL, parseDeepL, type GlossaryEntry} from '../src/core/index.js'

function entry(fields: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'italian' | 'english'>): GlossaryEntry {
  return {note: '', forms: [], forbidden: [], dnt: false, line: 0, ...fields}
}

const glossary: GlossaryEntry[] = [
  entry({
    italian: 'macchina virtuale',
    english: 'virtual machine',
    note: 'Not written: DeepL has no notes',
    forms: [{italian: 'macchine virtuali'}, {italian: 'VM', english: 'VM'}],
    forbidden: ['virtual engine']
  }),
  entry({italian: 'Kubernetes', english: 'Kubernetes', dnt: true}),
  entry({italian: 'coppia chiave, valore', english: 'key-value pair'}),
  entry({italian: 'il "cloud"', english: '"cloud" computing'})
]

describe('formatDeepL', () => {
  it('writes TSV as written, one line per entry and per form', () => {
    expect(formatDeepL(glossary, 'tsv')).toBe(
      'macchina virtuale\tvirtual machine\n' +
        'macchine virtuali\tvirtual machine\n' +
        'VM\tVM\n' +
        'Kubernetes\tKubernetes\n' +
        'coppia chiave, valore\tkey-value pair\n' +
        'il "cloud"\t"cloud" computing\n'
    )
  })

  it('writes CSV quoted as RFC 4180 asks', () => {
    expect(formatDeepL(glossary, 'csv')).toBe(
      'macchina virtuale,virtual machine\n' +
        'macchine virtuali,virtual machine\n' +
        'VM,VM\n' +
        'Kubernetes,Kubernetes\n' +
        '"coppia chiave, valore",key-value pair\n' +
        '"il ""cloud""","""cloud"" computing"\n'
    )
  })

  it('writes a source once, as DeepL refuses duplicates', () => {
    const entries = [
      entry({
        italian: 'database',
        english: 'database',
        forms: [{italian: 'database'}, {italian: 'basi di dati'}]
      }),
      entry({italian: 'basi di dati', english: 'databases'})
    ]

    expect(formatDeepL(entries, 'tsv')).toBe('database\tdatabase\nbasi di dati\tdatabase\n')
  })

  it('writes nothing for no entries', () => {
    expect(formatDeepL([], 'csv')).toBe('')
  })
})

describe('parseDeepL', () => {
  it('reads CSV with quoted commas and doubled quotes', () => {
    const {entries, problems} = parseDeepL(
      '"coppia chiave, valore","key, value pair"\n"il ""cloud""",the "cloud"\n',
      'csv'
    )

    expect(problems).toEqual([])
    expect(entries).toStrictEqual([
      entry({italian: 'coppia chiave, valore', english: 'key, value pair', line: 1}),
      entry({italian: 'il "cloud"', english: 'the "cloud"', line: 2})
    ])
  })

  it('reads CSV with the language columns, in any case', () => {
    expect(parseDeepL('nodo,node,it,en\nrete,network,IT,EN\n', 'csv')).toStrictEqual({
      entries: [
        entry({italian: 'nodo', english: 'node', line: 1}),
        entry({italian: 'rete', english: 'network', line: 2})
      ],
      problems: []
    })
  })

  it('takes quotes in TSV literally, as DeepL does', () => {
    expect(parseDeepL('"citato"\t"quoted"\n', 'tsv').entries).toStrictEqual([
      entry({italian: '"citato"', english: '"quoted"', line: 1})
    ])
  })

  it('strips a byte order mark, accepts CRLF and skips blank lines', () => {
    expect(parseDeepL('\uFEFFnodo\tnode\r\n\r\n  \r\nrete\tnetwork\r\n', 'tsv')).toStrictEqual({
      entries: [
        entry({italian: 'nodo', english: 'node', line: 1}),
        entry({italian: 'rete', english: 'network', line: 4})
      ],
      problems: []
    })
  })

  it('reports every CSV problem at its line', () => {
    const text = [
      'macchina virtuale,virtual machine',
      '',
      '"coppia chiave, valore,key-value pair',
      'a,b,c',
      'a,b,c,d,e',
      ',vuoto',
      'nodo,node,it,de',
      'macchina virtuale,VM',
      'campa\u0007nello,bell',
      'lungo,' + 'x'.repeat(1025),
      'rete,network'
    ].join('\n')

    const {entries, problems} = parseDeepL(text, 'csv')

    expect(entries.map((each) => [each.italian, each.line])).toEqual([
      ['macchina virtuale', 1],
      ['rete', 11]
    ])
    expect(problems).toEqual([
      {line: 3, ruleId: 'glossary-quote', values: {column: 1}},
      {line: 4, ruleId: 'glossary-columns', values: {actual: 3, expected: 2}},
      {line: 5, ruleId: 'glossary-columns', values: {actual: 5, expected: 4}},
      {line: 6, ruleId: 'glossary-empty', values: {}},
      {line: 7, ruleId: 'glossary-languages', values: {actual: 'it,de', expected: 'it,en'}},
      {line: 8, ruleId: 'glossary-duplicate', values: {term: 'macchina virtuale', first: 1}},
      {line: 9, ruleId: 'glossary-control', values: {term: 'campa\u0007nello'}},
      {line: 10, ruleId: 'glossary-too-long', values: {bytes: 1025, maximum: 1024}}
    ])
  })

  it('reports an unclosed quote with its column', () => {
    expect(parseDeepL('nodo,"node', 'csv').problems).toEqual([
      {line: 1, ruleId: 'glossary-quote', values: {column: 6}}
    ])
  })

  it('reports TSV lines without exactly two columns, and empty sides (one cell: no English)', () => {
    expect(parseDeepL('solo\nnodo\tnode\tnote\nrete\t \n', 'tsv').problems).toEqual([
      {line: 1, ruleId: 'glossary-empty', values: {}},
      {line: 2, ruleId: 'glossary-columns', values: {actual: 3, expected: 2}},
      {line: 3, ruleId: 'glossary-empty', values: {}}
    ])
  })

  it('skips a header row a spreadsheet adds, only as the first row', () => {
    expect(parseDeepL('it,en\nrete,network\nsource,target\n', 'csv')).toMatchObject({
      entries: [
        {italian: 'rete', english: 'network', line: 2},
        {italian: 'source', english: 'target', line: 3}
      ],
      problems: []
    })
    expect(parseDeepL('source\ttarget\nrete\tnetwork\n', 'tsv').entries.map((item) => item.italian)).toEqual([
      'rete'
    ])
  })

  it('reports a language pair other than Italian to English in 4-column CSV', () => {
    expect(parseDeepL('node,nodo,en,it', 'csv').problems).toEqual([
      {line: 1, ruleId: 'glossary-languages', values: {actual: 'en,it', expected: 'it,en'}}
    ])
  })

  it.each([
    ['`;` on every line (Excel, Italian locale)', 'rete;network\nnodo;"node, graph"\n', ['rete', 'nodo']],
    ['`;` with a header', 'it;en\nrete;network\n', ['rete']],
    ['`,` with a `;` in one unquoted cell', 'rete,network; net\nnodo,node\n', ['rete', 'nodo']],
    ['`,` with `;` only inside quotes', '"a;b",x\n"c;d",y\n', ['a;b', 'c;d']]
  ])('finds the CSV separator: %s', (_case, text, italian) => {
    const {entries, problems} = parseDeepL(text, 'csv')
    expect(problems).toEqual([])
    expect(entries.map((item) => item.italian)).toEqual(italian)
  })

  it.each(['tsv', 'csv'] as const)('reads back what formatDeepL writes as %s', (format) => {
    const entries = [
      entry({italian: 'macchina virtuale', english: 'virtual machine', line: 1}),
      entry({italian: 'coppia chiave, valore', english: 'key, value pair', line: 2}),
      entry({italian: 'il "cloud"', english: '"cloud" computing', line: 3}),
      entry({italian: 'perché sì', english: 'just because — 🚀', line: 4})
    ]

    expect(parseDeepL(formatDeepL(entries, format), format)).toStrictEqual({entries, problems: []})
  })
})
