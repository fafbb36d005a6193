import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {editGlossary, parseGlossary, readGlossary} from '../src/core/index.js'

const entry = {note: '', forms: [], forbidden: [], dnt: false}

describe('parseGlossary', () => {
  it('reads entries with their lines, skipping comments and blank lines', () => {
    const text = '# comment\n\nit\ten\tnote\r\ninferenza\tinference\tnota\n  # another\nmodello\tmodel\n'
    expect(parseGlossary(text)).toEqual({
      entries: [
        {...entry, italian: 'inferenza', english: 'inference', note: 'nota', line: 4},
        {...entry, italian: 'modello', english: 'model', line: 6}
      ],
      problems: [],
      columns: ['it', 'en', 'note']
    })
  })

  it('reads columns by the header’s names, lists split on |, forms with their own English', () => {
    const text =
      'it\ten\tdnt\tforbid\tforms\n' +
      'prestazione\tperformance\t\tperformances | perf\tprestazioni=performance|prestaz.\n' +
      'OpenAI\t\tyes\n'
    expect(parseGlossary(text).entries).toEqual([
      {
        ...entry,
        italian: 'prestazione',
        english: 'performance',
        forms: [{italian: 'prestazioni', english: 'performance'}, {italian: 'prestaz.'}],
        forbidden: ['performances', 'perf'],
        line: 2
      },
      {...entry, italian: 'OpenAI', english: 'OpenAI', dnt: true, line: 3}
    ])
  })

  it('reads quoted cells as spreadsheets write them', () => {
    const text = 'it\ten\tnote\ncalcolo\tcompute\t"not ""calculation"", ever"\n'
    expect(parseGlossary(text).entries[0]?.note).toBe('not "calculation", ever')
  })

  it('reports every problem with its line', () => {
    const text = [
      'italiano\tinglese', // 1: wrong header
      'a\u0007b\tx', // 2
      'c\td\u2028e', // 3
      'inferenza\tinference', // 4
      'Inferenza\tinference', // 5: duplicate, case aside
      'inferenza\tinferencing', // 6: conflict
      'modello\t"model', // 7: unclosed quote
      'dato\tdatum\tnote\textra\tforbid\tyes\tmore', // 8: columns
      'vuoto\t', // 9: empty
      'nome\tname\t\t\t\tmaybe', // 10: dnt value
      'OpenAI\tOpen AI\t\t\t\tyes', // 11: dnt with another English
      'calcolo\tcompute\t\t\tCompute' // 12: forbids its own English
    ].join('\n')
    expect(parseGlossary(text).problems.map(({line, ruleId}) => [line, ruleId])).toEqual([
      [1, 'glossary-header'],
      [2, 'glossary-control'],
      [3, 'glossary-control'],
      [5, 'glossary-duplicate'],
      [6, 'glossary-conflict'],
      [7, 'glossary-quote'],
      [8, 'glossary-columns'],
      [9, 'glossary-empty'],
      [10, 'glossary-dnt-value'],
      [11, 'glossary-dnt-english'],
      [12, 'glossary-forbid-own']
    ])
  })

  it('finds forms that two terms share, generated or listed', () => {
    const text =
      'it\ten\tnote\tforms\nmodello\tmodel\nmodelli\tmodels\ncalcolo\tcompute\ncalcoli\tcalculations\n'
    expect(readGlossary(text).problems).toEqual([
      {line: 3, ruleId: 'glossary-form-collision', values: {form: 'modelli', term: 'modello', first: 2}},
      {line: 5, ruleId: 'glossary-form-collision', values: {form: 'calcoli', term: 'calcolo', first: 4}}
    ])
  })

  it('accepts the project glossary, with at least 30 entries', async () => {
    const text = await readFile(join(import.meta.dirname, '..', 'glossary', 'glossary.tsv'), 'utf8')
    const {glossary, problems} = readGlossary(text)
    const entries = glossary.entries
    expect(problems).toEqual([])
    expect(entries.length).toBeGreaterThanOrEqual(30)
    expect(entries.find((item) => item.italian === 'inferenza')?.english).toBe('inference')
    expect(entries.find((item) => item.italian === 'addestramento')?.english).toBe('training')
    expect(entries.filter((item) => item.dnt).map((item) => item.italian)).toEqual(
      expect.arrayContaining([
        'OpenAI',
        'Amazon Web Services',
        'Amazon EC2 UltraServers',
        'ChatGPT',
        'Nvidia'
      ])
    )
  })
})

describe('editGlossary', () => {
  const file = '# terms\r\nit\ten\tnote\r\n\r\ninferenza\tinference\tnota\r\n# keep me\r\nmodello\tmodel\r\n'

  it('adds at the end and removes by line, keeping every other byte and the line ending', () => {
    const added = editGlossary(file, {add: [{...entry, italian: 'calcolo', english: 'compute', line: 0}]})
    expect(added).toBe(file + 'calcolo\tcompute\r\n')
    expect(editGlossary(file, {remove: new Set([4])})).toBe(
      '# terms\r\nit\ten\tnote\r\n\r\n# keep me\r\nmodello\tmodel\r\n'
    )
  })

  it('replaces a line in place and extends the header when an entry needs a column', () => {
    const replaced = editGlossary(file, {
      replace: new Map([
        [6, {...entry, italian: 'modello', english: 'model', forbidden: ['template'], line: 6}]
      ])
    })
    expect(replaced).toBe(
      '# terms\r\nit\ten\tnote\tforbid\r\n\r\ninferenza\tinference\tnota\r\n# keep me\r\nmodello\tmodel\t\ttemplate\r\n'
    )
    expect(parseGlossary(replaced).entries[1]?.forbidden).toEqual(['template'])
  })

  it('starts an empty file with the full header, and quotes what would read back differently', () => {
    const text = editGlossary('', {
      add: [{...entry, italian: 'OpenAI', english: 'OpenAI', note: '"the" company', dnt: true, line: 0}]
    })
    expect(text).toBe('it\ten\tnote\tforms\tforbid\tdnt\nOpenAI\tOpenAI\t"""the"" company"\t\t\tyes\n')
    expect(parseGlossary(text).entries[0]?.note).toBe('"the" company')
  })
})
