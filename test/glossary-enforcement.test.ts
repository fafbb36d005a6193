import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {Engine} from '../src/core/engine.js'
import {parseGlossary} from '../src/core/parse-glossary.js'
import {compileTerms} from '../src/core/term-matcher.js'
import {translateDocument} from '../src/core/translate-document.js'
import {identityEngine} from '../src/engines/identity.js'
import {createMockEngine} from '../src/engines/mock.js'

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
const entries = parseGlossary(glossaryText).entries
const glossary = {entries, matcher: compileTerms(entries)}
const article = await readFile(join(import.meta.dirname, 'fixtures', 'glossary', 'article.md'), 'utf8')

async function translate(value: string, engine: Engine) {
  const file = new VFile({path: 'article.md', value})
  const result = await translateDocument(file, {engine, targetLanguage: 'en-US', fields: ['title'], glossary})
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
      ['glossary-term-missing', 7, 21, 'modelli', ['model']],
      ['glossary-term-missing', 7, 38, 'potenza di calcolo', ['computing power']],
      ['glossary-term-missing', 7, 60, 'inferenza', ['inference']],
      ['glossary-term-missing', 11, 4, 'INFERENZE', ['inference']],
      ['glossary-term-missing', 11, 35, 'infrastrutture', ['infrastructure']],
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
    const {found, result} = await translate(article, createMockEngine(entries))
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
})
