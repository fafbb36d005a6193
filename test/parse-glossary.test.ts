import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseGlossary} from '../src/core/parse-glossary.js'

describe('parseGlossary', () => {
  it('reads entries with their lines, skipping comments and blank lines', () => {
    const text = '# comment\n\nit\ten\tnote\r\ninferenza\tinference\tnota\n  # another\nmodello\tmodel\n'
    expect(parseGlossary(text)).toEqual({
      entries: [
        {italian: 'inferenza', english: 'inference', note: 'nota', line: 4},
        {italian: 'modello', english: 'model', note: '', line: 6}
      ],
      problems: []
    })
  })

  it('reports a wrong header and control characters by line', () => {
    expect(parseGlossary('italiano\tinglese\na\u0007b\tx\nc\td\u2028e\n').problems).toEqual([
      {line: 1, code: 'glossary.header', values: {actual: 'italiano\tinglese', expected: 'it\ten\tnote'}},
      {line: 2, code: 'glossary.control', values: {term: 'a\u0007b'}},
      {line: 3, code: 'glossary.control', values: {term: 'd\u2028e'}}
    ])
  })

  it('accepts the project glossary', async () => {
    const text = await readFile(join(import.meta.dirname, '..', 'glossary', 'glossary.tsv'), 'utf8')
    const {entries, problems} = parseGlossary(text)
    expect(problems).toEqual([])
    expect(entries.find((entry) => entry.italian === 'inferenza')?.english).toBe('inference')
    expect(entries.find((entry) => entry.italian === 'addestramento')?.english).toBe('training')
  })
})
