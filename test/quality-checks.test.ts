import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {JsonSummary} from '../src/cli/json-summary.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'
import {checkQuality, readNumbers} from '../src/core/index.js'

const check = (italian: string, english: string) =>
  checkQuality({italian, english, italianMarkdown: italian, englishMarkdown: english}).map(
    (finding) => finding.ruleId
  )

describe('readNumbers', () => {
  it.each([
    ['1.000,5 euro', 'it', [1000.5]],
    ['1,000.5 euros', 'en', [1000.5]],
    ['38 miliardi di dollari', 'it', [38e9]],
    ['$38 billion', 'en', [38e9]],
    ['3,5 milioni', 'it', [3.5e6]],
    ['3.5 million', 'en', [3.5e6]],
    ['sette anni, il 3° posto', 'it', [7, 3]],
    ['seven years, third place', 'en', [7, 3]],
    ['GPT-4.1 e il 2025', 'it', [4.1, 2025]],
    // A number word inside a longer word, even one with an accent, is no number.
    ['treno, ventitré, trè, tre', 'it', [3]],
    ['il 5 per cento, il 5 Per  cento, cento anni', 'it', [5, 5, 100]],
    ['the 3rd, 38bn, two thousand, 4 – million', 'en', [3, 38e9, 2000, 4e6]],
    ['nel 2025.', 'it', [2025]]
  ] as const)('%s (%s)', (text, language, values) => {
    expect(readNumbers(text, language)).toEqual(values)
  })
})

describe('checkQuality', () => {
  it.each([
    ['OpenAI ha firmato un accordo da 38 miliardi di dollari.', 'OpenAI signed a $38 billion deal.'],
    [
      'Il 3 novembre 2025 la società ha annunciato 1.000,5 GPU.',
      'On November 3, 2025, the company announced 1,000.5 GPUs.'
    ],
    ['Lunedì 3 novembre 2025, per sette anni.', 'On Monday, 3 November 2025, for seven years.'],
    ['Il fatturato è cresciuto del 6%.', 'Revenue grew 6 percent.'],
    [
      'Vedi [la guida](https://example.com/a) ed esegui `npm ci`.',
      'See [the guide](https://example.com/a) and run `npm ci`.'
    ],
    ['OpenAI, AWS, Nvidia', 'OpenAI, AWS, Nvidia'],
    ['Ha detto «siamo pronti» ai giornalisti.', 'He told reporters, “We are ready.”'],
    ['È pronto?', 'Is it ready?']
  ])('passes a correct translation: %s', (italian, english) => {
    expect(check(italian, english)).toEqual([])
  })

  it.each([
    [
      'OpenAI ha firmato un accordo da 38 miliardi di dollari.',
      'OpenAI signed a $38 million deal.',
      'number-mismatch'
    ],
    ['Il prezzo è di 10 €.', 'The price is $10.', 'currency-mismatch'],
    [
      'Il 3 novembre 2025 la società ha annunciato i risultati.',
      'On November 4, 2025, the company announced its results.',
      'date-mismatch'
    ],
    ['Vedi [la guida](https://example.com/a).', 'See [the guide](https://example.com/b).', 'link-mismatch'],
    ['Esegui `npm ci` prima.', 'Run `npm install` first.', 'code-mismatch'],
    ['La crescita della domanda è forte.', 'La crescita della domanda è forte.', 'untranslated'],
    ['La crescita della domanda è forte.', 'The growth della domanda is strong.', 'untranslated'],
    [
      'Il nuovo modello è stato addestrato su un corpus molto più ampio del precedente.',
      'The new model was trained.',
      'length-ratio'
    ],
    ['Il modello è pronto.', 'The model is ready', 'punctuation-mismatch'],
    ['Ha detto «siamo pronti» ai giornalisti.', 'He told reporters they were ready.', 'punctuation-mismatch'],
    ['Il modello è pronto.', 'The the model is ready.', 'repeated-word'],
    ['Il caffè è pronto.', 'The café café is ready.', 'repeated-word'],
    ['È pronto lunedì.', 'It is ready on Tuesday.', 'date-mismatch']
  ])('flags a wrong one: %s → %s', (italian, english, rule) => {
    expect(check(italian, english)).toContain(rule)
  })

  it('says which dates the English names, not the whole English, when a date differs', () => {
    const findings = (italian: string, english: string) =>
      checkQuality({italian, english, italianMarkdown: italian, englishMarkdown: english})
        .filter((finding) => finding.ruleId === 'date-mismatch')
        .map(({actual, expected}) => ({actual, expected}))
    expect(findings('È pronto lunedì.', 'It is ready on Tuesday.')).toEqual([
      {actual: 'Tuesday', expected: 'Monday'}
    ])
    expect(findings('Il 3 novembre 2025 è uscito.', 'It came out on 4 November 2025.')).toEqual([
      {actual: 'November', expected: 'November 3, 2025'}
    ])
    expect(findings('Esce a marzo.', 'It comes out soon.')).toEqual([{actual: 'no date', expected: 'March'}])
  })

  it('passes words that only look doubled, and the doubles the Italian has too', () => {
    expect(check('Il modello è pronto.', 'The model is ready, thenthe model runs.')).toEqual([])
    expect(check('Disse che che importa.', 'He said that that matters.')).toEqual([])
    expect(check('Molto molto bene.', 'Very very good.')).toEqual([])
  })

  it('runs only the checks it is given', () => {
    const pair = {
      italian: 'Il modello costa 38 miliardi di dollari',
      english: 'The the model costs 38 million euros.',
      italianMarkdown: '',
      englishMarkdown: ''
    }
    expect(checkQuality(pair).map((finding) => finding.ruleId)).toEqual([
      'number-mismatch',
      'currency-mismatch',
      'punctuation-mismatch',
      'repeated-word'
    ])
    expect(checkQuality(pair, new Set(['repeated-word'])).map((finding) => finding.ruleId)).toEqual([
      'repeated-word'
    ])
  })
})

describe('quality checks in a run', () => {
  const article = [
    'Il modello costa 38 miliardi di dollari.',
    '',
    '<!-- glossa-ignore untranslated -->',
    'Questo vale anche per loro, perché sono pochi.',
    '',
    'Questo vale anche per loro, perché sono pochi.',
    ''
  ].join('\n')

  async function translate(...extra: string[]) {
    const cwd = await temporaryFolder()
    await mkdir(join(cwd, 'articles'))
    await writeFile(join(cwd, 'articles', 'a.md'), article)
    const run = await runCli(['translate', '--engine', 'mock', '--json', ...extra], {cwd})
    return (JSON.parse(run.stdout) as JsonSummary).files[0]!.messages.map((message) => [
      message.ruleId,
      message.line
    ])
  }

  it('flags the mock’s Italian, except where an HTML comment above a unit silences the check', async () => {
    // The mock leaves `loro, perché` in Italian: flagged on line 6, silenced on line 4.
    expect(await translate()).toContainEqual(['untranslated', 6])
    expect(await translate()).not.toContainEqual(['untranslated', 4])
  })

  it('--no-checks leaves a check out, --checks keeps only those named, and an unknown name is refused', async () => {
    expect((await translate('--no-checks', 'untranslated')).map(([rule]) => rule)).not.toContain(
      'untranslated'
    )
    expect(new Set((await translate('--checks', 'number-mismatch')).map(([rule]) => rule))).toEqual(
      new Set(
        (await translate())
          .map(([rule]) => rule)
          .filter(
            (rule) => !String(rule).match(/untranslated|length|punctuation|repeated|currency|date|link|code/)
          )
      )
    )
    const refused = await runCli(['translate', '--no-checks', 'spelling'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('Unexpected `spelling` for `--no-checks`')
  })
})
