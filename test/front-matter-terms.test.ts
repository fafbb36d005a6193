import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

const glossary = [
  'it\ten\tnote\tforms\tforbid\tdnt',
  'inferenza\tinference',
  'addestramento\ttraining',
  'modello\tmodel',
  'intelligenza artificiale\tartificial intelligence'
].join('\n')

/** Where each glossary message of an identity run over `article` stands: [term, line, column, endLine, endColumn]. */
async function places(
  article: string,
  fields: string[]
): Promise<Array<[string, number, number, number, number]>> {
  const folder = await temporaryFolder()
  await writeFile(join(folder, 'a.md'), article)
  await writeFile(join(folder, 'g.tsv'), glossary)
  await writeFile(join(folder, 'glossa.config.json'), JSON.stringify({frontMatterFields: fields}))
  const run = await runCli(['translate', 'a.md', '--glossary', 'g.tsv', '--engine', 'identity', '--json'], {
    cwd: folder
  })
  const summary = JSON.parse(run.stdout) as {
    files: Array<{
      messages: Array<{actual: string; line: number; column: number; endLine: number; endColumn: number}>
    }>
  }
  return summary.files[0]!.messages.map(({actual, line, column, endLine, endColumn}) => [
    actual,
    line,
    column,
    endLine,
    endColumn
  ])
}

describe('glossary terms in front matter are placed on the term', () => {
  it('in a double-quoted title, each term on its own columns', async () => {
    expect(await places('---\ntitle: "L\'inferenza e l\'addestramento"\n---\n\nTesto.\n', ['title'])).toEqual(
      [
        ['inferenza', 2, 11, 2, 20],
        ['addestramento', 2, 25, 2, 38]
      ]
    )
  })

  it("in single-quoted and plain values, across `''` and folded lines", async () => {
    const article = [
      '---',
      "title: 'L''inferenza dell''intelligenza",
      "  artificiale'",
      'description: Il modello e',
      "  l'inferenza",
      '---',
      '',
      'Testo.',
      ''
    ].join('\n')
    expect(await places(article, ['title', 'description'])).toEqual([
      ['inferenza', 2, 12, 2, 21],
      // Folded: the value reads `intelligenza artificiale`, the source spans two lines.
      ['intelligenza artificiale', 2, 28, 3, 14],
      ['modello', 4, 17, 4, 24],
      ['inferenza', 5, 5, 5, 14]
    ])
  })

  it('in folded and literal block scalars, on their indented lines', async () => {
    const article = [
      '---',
      'title: >-',
      '  Un modello per',
      "  l'addestramento",
      'description: |',
      "  Dopo l'intelligenza",
      '  artificiale',
      '---',
      '',
      'Testo.',
      ''
    ].join('\n')
    expect(await places(article, ['title', 'description'])).toEqual([
      ['modello', 3, 6, 3, 13],
      ['addestramento', 4, 5, 4, 18],
      ['intelligenza\nartificiale', 6, 10, 7, 14]
    ])
  })

  it('beside an escaped quote exactly; on the whole value where an escape is in the term', async () => {
    const article = [
      '---',
      'title: "Il \\"modello\\""',
      'description: "L\'inferenz\\u0061"',
      '---',
      '',
      'Testo.',
      ''
    ].join('\n')
    expect(await places(article, ['title', 'description'])).toEqual([
      ['modello', 2, 14, 2, 21],
      // `\u0061` is the term's last letter: the whole value, quotes included, never an empty point.
      ['inferenza', 3, 14, 3, 32]
    ])
  })
})
