import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createTranslate} from '../src/cli/i18n.js'
import {report} from '../src/cli/report.js'
import {
  createGlossary,
  documentSettings,
  parseGlossary,
  translateDocument,
  type Engine
} from '../src/core/index.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

const glossary = [
  'it\ten\tnote\tforms\tforbid\tdnt',
  'modello\tmodel\t\t\ttemplate',
  'dato\tdata',
  'addestramento\ttraining\t\taddestramenti=training',
  'Nvidia\t\t\t\t\tyes'
].join('\n')

interface Message {
  ruleId: string
  line: number
  column: number
  reason: string
  actual: string
  expected: string[]
}

/** Translate `article` with `engine` and the glossary above; the glossary messages in `--json`. */
async function messagesOf(article: string, lang: string, engine = 'identity'): Promise<Message[]> {
  const folder = await temporaryFolder()
  await writeFile(join(folder, 'a.md'), article)
  await writeFile(join(folder, 'g.tsv'), glossary)
  const run = await runCli(
    ['translate', 'a.md', '--glossary', 'g.tsv', '--engine', engine, '--json', '--lang', lang],
    {cwd: folder}
  )
  const summary = JSON.parse(run.stdout) as {files: Array<{messages: Message[]}>}
  return summary.files[0]!.messages.map(({ruleId, line, column, reason, actual, expected}) => ({
    ruleId,
    line,
    column,
    reason,
    actual,
    expected
  }))
}

describe('glossary messages an editor understands', () => {
  it('asks for the English that fits the occurrence: the plural for a plural', async () => {
    expect(await messagesOf('I modelli sono pronti.\n', 'en')).toEqual([
      {
        ruleId: 'glossary-term-missing',
        line: 1,
        column: 3,
        reason: '`modelli` should be translated as `models` (glossary); fix it in the side-by-side file',
        actual: 'modelli',
        // The fitting form first; the checker accepts either.
        expected: ['models', 'model']
      }
    ])
  })

  it('says it in Italian too', async () => {
    const [message] = await messagesOf('I modelli sono pronti.\n', 'it')
    expect(message?.reason).toBe(
      '`modelli` va tradotto con `models` (glossario); correggilo nel file affiancato'
    )
  })

  it('keeps the singular for a singular, an uncountable English, and a form with its own English', async () => {
    const messages = await messagesOf('Il modello.\n\nI dati.\n\nGli addestramenti.\n', 'en')
    expect(messages.map(({actual, expected, reason}) => [actual, expected, reason])).toEqual([
      [
        'modello',
        ['model'],
        '`modello` should be translated as `model` (glossary); fix it in the side-by-side file'
      ],
      ['dati', ['data'], '`dati` should be translated as `data` (glossary); fix it in the side-by-side file'],
      [
        'addestramenti',
        ['training'],
        '`addestramenti` should be translated as `training` (glossary); fix it in the side-by-side file'
      ]
    ])
  })

  it('names the term, its English and the forbidden rendering found', async () => {
    // The identity engine sends the Italian back, so a forbidden word in it stays.
    const messages = await messagesOf('I modelli template.\n', 'en')
    expect(messages.map(({ruleId, actual, expected, reason}) => [ruleId, actual, expected, reason])).toEqual([
      [
        'glossary-term-missing',
        'modelli',
        ['models', 'model'],
        '`modelli` should be translated as `models` (glossary); fix it in the side-by-side file'
      ],
      [
        'glossary-term-forbidden',
        'template',
        ['models', 'model'],
        '`modelli` should be translated as `models`, not `template` (glossary); fix it in the side-by-side file'
      ]
    ])
    const [, forbidden] = await messagesOf('I modelli template.\n', 'it')
    expect(forbidden?.reason).toBe(
      '`modelli` va tradotto con `models`, non con `template` (glossario); correggilo nel file affiancato'
    )
  })

  it('asks for a changed name as written', async () => {
    // Alt text reaches the engine as plain text, so a name there can change.
    const file = new VFile({path: 'a.md', value: '![Logo di Nvidia](x.png)\n'})
    const engine: Engine = {
      name: 'capitals',
      async translate(request) {
        return {
          translations: request.texts.map((text) => text.toUpperCase()),
          billedCharacters: 0,
          requests: 1
        }
      }
    }
    await translateDocument(
      file,
      documentSettings({
        engine,
        targetLanguage: 'en-US',
        fields: [],
        glossary: createGlossary(parseGlossary(glossary).entries)
      })
    )
    expect(file.messages.map((message) => [message.ruleId, message.actual, message.expected])).toEqual([
      ['glossary-dnt-changed', 'Nvidia', ['Nvidia']]
    ])
    expect(report([file], createTranslate('en'), {quiet: true})).toContain(
      '1:11-1:17 warning `Nvidia` should stay as written (glossary: a name, not translated); fix it in the side-by-side file glossary-dnt-changed'
    )
    expect(report([file], createTranslate('it'), {quiet: true})).toContain(
      "1:11-1:17 avviso `Nvidia` va lasciato com'è (glossario: è un nome, non si traduce); correggilo nel file affiancato glossary-dnt-changed"
    )
  })
})
