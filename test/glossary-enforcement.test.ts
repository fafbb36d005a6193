import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {
  createGlossary,
  documentSettings,
  parseGlossary,
  translateDocument,
  type Engine
} from '../src/core/index.js'
import {identityEngine} from '../src/engines/identity.js'
import {mockEngine} from '../src/engines/mock.js'

const glossaryText = [
  'it\ten\tnote\tforms\tforbid\tdnt',
  'inferenza\tinference',
  'addestramento\ttraining',
  'intelligenza artificiale\tartificial intelligence',
  'modello\tmodel',
  'potenza di calcolo\tcomputing power\t\t\tcalculation power',
  'infrastruttura\tinfrastructure',
  'OpenAI\t\t\t\t\tyes',
  'Nvidia\t\t\t\t\tyes'
].join('\n')
const glossary = compiled(glossaryText)

function compiled(tsv: string) {
  return createGlossary(parseGlossary(tsv).entries)
}
const article = await readFile(join(import.meta.dirname, 'fixtures', 'glossary', 'article.md'), 'utf8')

async function translate(value: string, engine: Engine, tsv?: string) {
  const file = new VFile({path: 'article.md', value})
  const own = tsv === undefined ? glossary : compiled(tsv)
  const result = await translateDocument(
    file,
    documentSettings({engine, targetLanguage: 'en-US', fields: ['title'], glossary: own})
  )
  const found = file.messages
    .filter((message) => message.ruleId?.startsWith('glossary-'))
    .map((message) => [message.ruleId, message.line, message.column, message.actual, message.expected])
  return {file, result, found}
}

/** An engine that answers each text through a function. */
function scripted(answer: (text: string) => string): Engine {
  return {
    name: 'scripted',
    async translate(request) {
      return {translations: request.texts.map(answer), billedCharacters: 0, requests: 1}
    }
  }
}

describe('glossary verification', () => {
  it('flags a missing term on exactly the units that contain one, when the engine ignores the glossary', async () => {
    const {found, result} = await translate(article, identityEngine)
    expect(found).toEqual([
      ['glossary-term-missing', 2, 10, 'inferenza', ['inference']],
      ['glossary-term-missing', 5, 3, 'Inferenza', ['inference']],
      ['glossary-term-missing', 5, 15, 'addestramento', ['training']],
      ['glossary-term-missing', 7, 3, 'addestramento', ['training']],
      ['glossary-term-missing', 7, 21, 'modelli', ['models', 'model']],
      ['glossary-term-missing', 7, 38, 'potenza di calcolo', ['computing power']],
      ['glossary-term-missing', 7, 60, 'inferenza', ['inference']],
      ['glossary-term-missing', 11, 4, 'INFERENZE', ['inferences', 'inference']],
      ['glossary-term-missing', 11, 35, 'infrastrutture', ['infrastructures', 'infrastructure']],
      ['glossary-term-missing', 15, 4, 'intelligenze artificiali', ['artificial intelligence']],
      ['glossary-term-missing', 19, 5, 'Addestramento', ['training']],
      ['glossary-term-missing', 22, 6, 'modello', ['model']]
    ])
    // The units without a term, or with one only in code, a URL or another word, have none.
    const flagged = new Set(
      result.units.filter((unit) => unit.messages.length > 0).map((unit) => unit.unit.position.start.line)
    )
    expect([...flagged].sort((a, b) => a - b)).toEqual([2, 5, 7, 11, 15, 19, 22])
  })

  it('flags nothing when the engine honours the glossary', async () => {
    const {found, result} = await translate(article, mockEngine)
    expect(found).toEqual([])
    expect(result.english).toContain('The training of the models')
    expect(result.english).toContain('The INFERENCES of OpenAI')
  })

  it('holds do-not-translate terms aside, so an engine cannot change them', async () => {
    const {found, result} = await translate(
      'OpenAI e Nvidia.\n',
      scripted((text) => text.replace(/(<x id="\d+">)[^<]*(<\/x>)/g, '$1X$2'))
    )
    expect(result.english).toBe('OpenAI e Nvidia.\n')
    expect(found).toEqual([])
  })

  it('flags a do-not-translate term changed where it could not be held (alt text)', async () => {
    const {found} = await translate(
      '![Logo di Nvidia](x.png)\n',
      scripted((text) => text.replace('Nvidia', 'NVIDIA'))
    )
    expect(found).toEqual([['glossary-dnt-changed', 1, 11, 'Nvidia', ['Nvidia']]])
  })

  it('flags a forbidden rendering, and accepts English inflection and case', async () => {
    const engine = scripted((text) =>
      text
        .replace('potenza di calcolo', 'calculation power')
        .replace('modelli', 'Models')
        .replace('inferenze', 'inference')
    )
    const {found} = await translate('I modelli e la potenza di calcolo.\n\nLe inferenze.\n', engine)
    expect(found).toEqual([
      ['glossary-term-missing', 1, 16, 'potenza di calcolo', ['computing power']],
      ['glossary-term-forbidden', 1, 16, 'calculation power', ['computing power']]
    ])
  })

  it('finds a term across inline markup and places the message on its first word', async () => {
    const {found} = await translate('Una **intelligenza** artificiale.\n', identityEngine)
    expect(found).toEqual([
      ['glossary-term-missing', 1, 7, 'intelligenza artificiale', ['artificial intelligence']]
    ])
  })

  it('places a term after a character reference or an escape on its own column', async () => {
    const {found} = await translate(
      'Il costo &#8212; del \\*modello e &mdash; l’inferenza.\n',
      identityEngine
    )
    expect(found.map(([, line, column, actual]) => [line, column, actual])).toEqual([
      [1, 24, 'modello'],
      [1, 44, 'inferenza']
    ])
  })

  it('reads a hard break inside a term as white space, on both sides', async () => {
    const {found} = await translate(
      'Con Amazon Web  \nServices e intelligenza\\\nartificiale.\n',
      identityEngine
    )
    // No `glossary-dnt-changed`: the name came back across its break. The term
    // is missing only because the identity engine leaves Italian.
    expect(found).toEqual([
      ['glossary-term-missing', 2, 12, 'intelligenza\nartificiale', ['artificial intelligence']]
    ])
  })

  it('checks every occurrence of a name: one held aside does not cover one that was not', async () => {
    // The second `OpenAI` sits across a reference, so it cannot be held and the engine changes it.
    const engine = scripted((text) => text.replace(/Open&amp;#x41;I|OpenAI(?![^<]*<\/x>)/g, 'Open AI'))
    const {found} = await translate('OpenAI e poi Open&#x41;I.\n', engine)
    expect(found.map(([rule, line, column]) => [rule, line, column])).toEqual([
      ['glossary-dnt-changed', 1, 14]
    ])
  })

  it('keeps names held aside in the context DeepL reads', async () => {
    const contexts: Array<string | undefined> = []
    const engine: Engine = {
      name: 'recording',
      async translate(request) {
        contexts.push(request.context)
        return {translations: [...request.texts], billedCharacters: 0, requests: 1}
      }
    }
    await translate('# OpenAI e Nvidia\n\nOpenAI compra chip da Nvidia.\n', engine)
    expect(contexts).toEqual(['OpenAI e Nvidia\nOpenAI compra chip da Nvidia.'])
  })

  it('does not hold an ordinary word that is written like a name in lower case', async () => {
    const {result} = await translate('La meta di Meta.\n', identityEngine, 'it\ten\tdnt\nMeta\t\tyes\n')
    expect(result.units[0]?.unit.encoding.text).toBe('La meta di <x id="1">Meta</x>.')
  })

  it('translates a unit that is nothing but a name held aside (a heading, a cell)', async () => {
    const {result, file} = await translate(
      '# OpenAI\n\n| Nvidia |\n| --- |\n',
      scripted((text) => text + ' ')
    )
    expect(result.english).toBe('# OpenAI\n\n| Nvidia |\n| --- |\n')
    expect(file.messages).toEqual([])
  })

  it('finds no term inside snake_case or a longer version number; holds a name’s other spellings too', async () => {
    const tsv = 'it\ten\tforms\tdnt\nmodello\tmodel\nGPT-5\t\t\tyes\nOpenAI\t\tOpen AI\tyes\n'
    const {result, found} = await translate(
      'Il modello_base e GPT-5.1, non GPT-5; Open AI.\n',
      identityEngine,
      tsv
    )
    expect(found).toEqual([])
    expect(result.units[0]?.unit.encoding.text).toBe(
      'Il modello_base e GPT-5.1, non <x id="1">GPT-5</x>; <x id="2">Open AI</x>.'
    )
  })

  it('checks nothing in a dry run, where nothing is translated, but still holds names (they change what is sent)', async () => {
    const file = new VFile({path: 'article.md', value: article})
    const result = await translateDocument(
      file,
      documentSettings({
        engine: {...identityEngine, dryRun: true},
        targetLanguage: 'en-US',
        fields: ['title'],
        glossary
      })
    )
    expect(file.messages).toEqual([])
    expect(result.units.some((unit) => unit.unit.encoding.text.includes('<x id="1">OpenAI</x>'))).toBe(true)
  })
})
