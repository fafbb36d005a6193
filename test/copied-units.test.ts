import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {collectUnits, compileTerms, createGlossary, parseGlossary} from '../src/core/index.js'
import {deeplKey, translateOn} from './helpers/deepl-translate.js'
import {startDeepLServer, type DeepLServer} from './support/deepl-server.mjs'

const glossary = ['it\ten\tnote\tforms\tforbid\tdnt', 'OpenAI\t\t\t\t\tyes', 'GPT-5\t\t\t\t\tyes'].join('\n')

const table = [
  '| Modello | Parametri | Anno | Aperto | Memoria |',
  '| --- | ---: | ---: | --- | --- |',
  '| GPT-5 | n.d. | 2025 | No | — |',
  '| Llama-3.1-8B | 8B | 2024 | Sì | 3,5 GB |',
  '| OpenAI o3 | 70B | 2023 | Sì | 16 mld |',
  '| H100 | `A100` | <https://openai.com> | Nuovo | 700 W |',
  ''
].join('\n')

/** The text of each unit of `value` as the engine would get it. */
async function sent(value: string, fields: string[] = []): Promise<string[]> {
  const terms = compileTerms(createGlossary(parseGlossary(glossary).entries))
  const units = await collectUnits(new VFile({path: 'a.md', value}), {fields, terms})
  return units.map((unit) => unit.encoding.text)
}

describe('units that need no translation are copied, not sent', () => {
  it('sends a cell with a word, and copies numbers, codes, names, code, links and symbols of measure', async () => {
    expect(await sent(table)).toEqual([
      'Modello',
      'Parametri',
      'Anno',
      'Aperto',
      'Memoria',
      'n.d.',
      'No',
      'Sì',
      'Sì',
      '16 mld',
      'Nuovo'
    ])
  })

  it.each([
    ['a product name with a version', 'Llama-3.1-8B'],
    ['a code of letters and digits', 'H100, A100'],
    ['a do-not-translate name and a code', 'OpenAI o3'],
    ['a number and its unit', '3,5 GB'],
    ['a heading that is a name', '# GPT-5'],
    ['a link whose text is a name', '[OpenAI](https://openai.com)']
  ])('copies %s', async (_, value) => {
    expect(await sent(value + '\n')).toEqual([])
  })

  it.each([
    ['an Italian abbreviation after a number, not a symbol of measure', '16 mld', '16 GB'],
    ['a word beside codes, not the codes alone', 'H100 e A100', 'H100, A100'],
    ['a single word, not a number', 'Sì', '2025 8B'],
    ['a name the glossary does not know, not one it holds', 'Mistral', 'OpenAI'],
    ['a symbol with no number before it, not one after', 'GB', '8 GB']
  ])('sends %s', async (_, word, copied) => {
    expect(await sent(word + '\n\n' + copied + '\n')).toEqual([word])
  })

  it('copies front-matter values and alt text the same way', async () => {
    const article = '---\ntitle: GPT-5\ndescription: Il nuovo GPT-5\n---\n\n![H100](x.png) Testo.\n'
    expect(await sent(article, ['title', 'description'])).toEqual(['Il nuovo GPT-5', '<x id="1"/> Testo.'])
  })
})

describe('what --dry-run counts is what is sent', () => {
  let server: DeepLServer
  beforeEach(async () => {
    server = await startDeepLServer({authKey: deeplKey})
  })
  afterEach(async () => {
    await server.close()
  })

  it('units and characters of a dry run are the texts DeepL gets; the English keeps the copied bytes', async () => {
    const files = {'articles/a.md': table, 'glossary/glossary.tsv': glossary}
    const dry = await translateOn(server, files, ['--dry-run'])
    const real = await translateOn(server, files)
    const texts = server.state.requests.flatMap((request) => request.fields.text ?? [])
    expect(texts).toEqual([
      'Modello',
      'Parametri',
      'Anno',
      'Aperto',
      'Memoria',
      'n.d.',
      'No',
      'Sì',
      '16 mld',
      'Nuovo'
    ])
    const characters = texts.reduce((sum, text) => sum + [...text].length, 0)
    expect(dry.summary?.files[0]).toMatchObject({units: 11, characters, requests: 1})
    expect(real.summary?.files[0]).toMatchObject({units: 11, characters, billedCharacters: characters})
    const english = await readFile(join(real.cwd, 'output', 'a.en.md'), 'utf8')
    expect(english).toContain('| GPT-5 |')
    expect(english).toContain('| Llama-3.1-8B | 8B | 2024 |')
    expect(english).toContain('| 3,5 GB |')
    expect(english).toContain('| H100 | `A100` | <https://openai.com> |')
  })
})
