import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import type {JsonSummary} from '../src/cli/json-summary.js'
import {deeplAccount} from '../src/engines/load-engine.js'
import {deeplKey as key, translateOn} from './helpers/deepl-translate.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'
import {applyGlossary, startDeepLServer, type DeepLServer} from './support/deepl-server.mjs'

let server: DeepLServer

beforeEach(async () => {
  server = await startDeepLServer({authKey: key})
})

afterEach(async () => {
  await server.close()
})

const sample = await readFile(join(import.meta.dirname, '..', 'articles', 'openai-aws.md'), 'utf8')

/** Run `glossa translate` against this file's test server. */
const translate = (
  ...args: Parameters<typeof translateOn> extends [DeepLServer, ...infer Rest] ? Rest : never
) => translateOn(server, ...args)

describe('DeepL glossary', () => {
  const glossary = 'it\ten\tnote\ninferenza\tinference\naddestramento\ttraining\tthe learning phase\n'
  // Every run here is in a new folder: the project name keeps them one project.
  const config = {'glossa.config.json': '{"project": "rivista"}'}

  it('is found from the article’s folder when glossa runs elsewhere, and uploaded under the project’s name', async () => {
    const {cwd} = await translate(
      {...config, 'glossary/glossary.tsv': glossary, 'articles/b.md': 'Altro.\n'},
      ['--dry-run']
    )
    const elsewhere = await temporaryFolder()
    const env = {DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url, LANG: 'en'}
    await writeFile(join(cwd, 'articles', 'a.md'), 'L’inferenza.\n')
    const run = await runCli(['translate', join(cwd, 'articles', 'a.md'), '--json'], {cwd: elsewhere, env})
    expect(run.code).toBe(0)
    expect(server.state.counters.glossaryCreate).toBe(1)
    expect([...server.state.glossaries.values()].map((entry) => entry.name)[0]).toMatch(/^glossa:rivista:/)
    expect(server.state.requests[0]?.fields.glossary_id).toHaveLength(1)
  })

  it('goes up as CSV that keeps commas and quotes inside a term', async () => {
    const files = {
      ...config,
      'glossary/glossary.tsv':
        'it\ten\tdnt\n"Dati, ""grezzi"""\t"Raw, ""data"""\nSoc. Coop., S.r.l.\tSoc. Coop., S.r.l.\tyes\n',
      'articles/a.md': 'I dati, "grezzi".\n'
    }
    const {run} = await translate(files)
    expect(run.code).toBe(0)
    const [stored] = [...server.state.glossaries.values()]
    expect(server.state.requests.length).toBeGreaterThan(0)
    expect(stored?.entries.split('\n')).toContain('Dati, "grezzi"\tRaw, "data"')
    expect(stored?.entries.split('\n')).toContain('Soc. Coop., S.r.l.\tSoc. Coop., S.r.l.')
  })

  it('is uploaded once, found again by name on the next run, and sent with every request', async () => {
    const files = {
      ...config,
      'glossary/glossary.tsv': glossary,
      'articles/a.md': 'L’inferenza e l’addestramento.\n'
    }
    const first = await translate(files)
    expect(first.run.code).toBe(0)
    expect(server.state.counters.glossaryCreate).toBe(1)
    const [stored] = [...server.state.glossaries.values()]
    expect(stored?.name).toMatch(/^glossa:rivista:[\da-f]{16}$/)
    // Every form DeepL needs, since it matches only what it is given, case and all.
    expect(stored?.entries.split('\n')).toEqual([
      'inferenza\tinference',
      'Inferenza\tInference',
      'INFERENZA\tINFERENCE',
      'inferenze\tinferences',
      'Inferenze\tInferences',
      'INFERENZE\tINFERENCES',
      'addestramento\ttraining',
      'Addestramento\tTraining',
      'ADDESTRAMENTO\tTRAINING',
      'addestramenti\ttraining',
      'Addestramenti\tTraining',
      'ADDESTRAMENTI\tTRAINING'
    ])
    await translate(files)
    expect(server.state.counters.glossaryCreate).toBe(1)
    expect(server.state.requests.map((request) => request.fields.glossary_id)).toEqual([
      [stored?.glossary_id],
      [stored?.glossary_id]
    ])
  })

  it('is replaced when it changes, the old one deleted first on the Free plan (one glossary)', async () => {
    await server.close()
    server = await startDeepLServer({authKey: key, maxGlossaries: 1})
    await translate({...config, 'glossary/glossary.tsv': glossary, 'articles/a.md': 'Il modello.\n'})
    const changed = glossary + 'modello\tmodel\n'
    const {run} = await translate({
      ...config,
      'glossary/glossary.tsv': changed,
      'articles/a.md': 'Il modello.\n'
    })
    expect(run.code).toBe(0)
    expect(server.state.counters).toMatchObject({glossaryCreate: 2, glossaryDelete: 1})
    // Three terms, each singular and plural in three casings.
    expect([...server.state.glossaries.values()].map((entry) => entry.entry_count)).toEqual([18])
  })

  it('never touches a glossary it did not make; a full Free plan stops the run and says why', async () => {
    await server.close()
    server = await startDeepLServer({authKey: key, maxGlossaries: 1})
    const deepl = await import('deepl-node')
    const client = new deepl.DeepLClient(key, {serverUrl: server.url})
    await client.createGlossary(
      'glossa:other-project:0123456789abcdef',
      'it',
      'en',
      new deepl.GlossaryEntries({entries: {a: 'b'}})
    )
    const {run} = await translate({'glossary/glossary.tsv': glossary, 'articles/a.md': 'Il modello.\n'})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'glossa: DeepL refused a new glossary (456): the account has no free glossary slot (the Free plan keeps one); delete a glossary you no longer need in your DeepL account\n'
    )
    expect([...server.state.glossaries.values()].map((entry) => entry.name)).toEqual([
      'glossa:other-project:0123456789abcdef'
    ])
    expect(server.state.counters).toMatchObject({glossaryDelete: 0, translate: 0})
  })

  it('honoured by DeepL (inflected and capitalised forms uploaded): no glossary warnings; ignored: one per unit with a term', async () => {
    const project = await readFile(join(import.meta.dirname, '..', 'glossary', 'glossary.tsv'), 'utf8')
    const article = await readFile(join(import.meta.dirname, 'fixtures', 'glossary', 'article.md'), 'utf8')
    const files = {...config, 'glossary/glossary.tsv': project, 'articles/a.md': article}
    const glossaryRules = (summary: JsonSummary | undefined) =>
      summary?.files[0]?.messages
        .filter((message) => message.ruleId?.startsWith('glossary-'))
        .map((message) => [message.line, message.ruleId])

    await server.close()
    server = await startDeepLServer({authKey: key, translate: applyGlossary})
    const honoured = await translate(files)
    expect(honoured.run.code).toBe(0)
    expect(glossaryRules(honoured.summary)).toEqual([])
    const english = await readFile(join(honoured.cwd, 'output', 'a.en.md'), 'utf8')
    expect(english).toContain('# Inference e training')
    expect(english).toContain('Le INFERENCES di OpenAI')

    // The default server marks texts as translated and ignores the glossary.
    await server.close()
    server = await startDeepLServer({authKey: key})
    const ignored = await translate(files, ['--frail'])
    expect(ignored.run.code).toBe(1)
    expect(glossaryRules(ignored.summary)).toEqual([
      [2, 'glossary-term-missing'],
      [5, 'glossary-term-missing'],
      [5, 'glossary-term-missing'],
      [7, 'glossary-term-missing'],
      [7, 'glossary-term-missing'],
      [7, 'glossary-term-missing'],
      [7, 'glossary-term-missing'],
      [11, 'glossary-term-missing'],
      [11, 'glossary-term-missing'],
      [15, 'glossary-term-missing'],
      [19, 'glossary-term-missing'],
      [22, 'glossary-term-missing']
    ])
    // The reviewer sees each one beside its unit.
    const review = await readFile(join(ignored.cwd, 'output', 'a.side-by-side.md'), 'utf8')
    expect(review.match(/`glossary-term-missing` `[^`]+` should be translated as/g)).toHaveLength(12)
  })

  it('a broken file stops the run before anything is sent, naming each line', async () => {
    const broken = [
      'it\ten\tnote',
      'inferenza\tinference',
      'inferenza\tinferencing',
      'modello\t',
      'calcolo\tcompute\tnota\textra',
      'x'.repeat(1025) + '\ty',
      'rete\t"network'
    ].join('\n')
    const {run} = await translate({'glossary/glossary.tsv': broken, 'articles/a.md': 'Il modello.\n'})
    expect(run).toMatchObject({code: 2, stdout: ''})
    expect(run.stderr).toBe(
      [
        'glossary/glossary.tsv',
        '3:1 error Unexpected second entry for `inferenza` (line 2 says `inference`); keep the English you want and remove the other line glossary-conflict glossa',
        '4:1 error Unexpected empty term, expected an Italian and an English term; fill both or remove the line                           glossary-empty    glossa',
        '5:1 error Unexpected 4 columns, expected at most 3; remove the extra cells                                                       glossary-columns  glossa',
        '6:1 error Unexpected term of 1025 bytes, expected at most 1024; shorten it                                                       glossary-too-long glossa',
        '7:1 error Unexpected unclosed quote at column 6; close it with `"` or remove it                                                  glossary-quote    glossa',
        '',
        '✖ 5 errors',
        'glossa: Nothing was sent: fix the glossary glossary/glossary.tsv first (the lines above), or check it with `glossa glossary check`',
        ''
      ].join('\n')
    )
    expect(server.state.counters).toMatchObject({translate: 0, glossaryCreate: 0})
  })
})

describe('--dry-run', () => {
  it('counts what a real run sends, and sends and writes nothing', async () => {
    const units = Array.from({length: 120}, (_, index) => `Frase numero ${index}.`).join('\n\n') + '\n'
    const files = {'articles/a.md': units, 'articles/b.md': sample}
    const dry = await translate(files, ['--dry-run'])
    expect(dry.run.code).toBe(0)
    expect(server.state.counters.translate).toBe(0)
    expect(dry.summary?.files.map((file) => file.output)).toEqual([null, null])
    expect(dry.run.stderr).toContain(
      `Dry run, nothing sent or written: 2 files would need — units: 143, characters: ${dry.summary?.totals.characters}, requests: 4.`
    )
    const real = await translate(files)
    expect(server.state.counters.translate).toBe(dry.summary?.totals.requests)
    expect(real.summary?.totals.characters).toBe(dry.summary?.totals.characters)
    expect(real.summary?.totals.billedCharacters).toBe(dry.summary?.totals.characters)
  })

  it('needs no key', async () => {
    const cwd = await temporaryFolder()
    await mkdir(join(cwd, 'articles'))
    await writeFile(join(cwd, 'articles', 'a.md'), 'Il modello.\n')
    const run = await runCli(['translate', '--dry-run', '--engine', 'deepl'], {cwd, env: {}})
    expect(run.code).toBe(0)
  })
})

describe('glossa usage', () => {
  it('prints the characters used and the limit', async () => {
    await translate({'articles/a.md': 'Il modello.\n'})
    const run = await runCli(['usage'], {env: {DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url}})
    expect(run).toEqual({code: 0, stdout: 'DeepL characters this period: 11 of 500000 (0.0%)\n', stderr: ''})
  })

  it('403: exit code 2, in Italian too, key never shown', async () => {
    const run = await runCli(['usage', '--lang', 'it'], {
      env: {DEEPL_AUTH_KEY: 'wrong-key', DEEPL_SERVER_URL: server.url}
    })
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'glossa: DeepL ha rifiutato la chiave in DEEPL_AUTH_KEY (403); controlla la chiave nel tuo account DeepL e impostala di nuovo\n'
    })
  })

  it('tries a request 4 times, each attempt for at least 10 s, unless DEEPL_ATTEMPTS and DEEPL_TIMEOUT_MS say otherwise', () => {
    expect(deeplAccount({DEEPL_AUTH_KEY: key}).retry).toEqual({attempts: 4, minTimeout: 10_000})
    expect(deeplAccount({DEEPL_AUTH_KEY: key, DEEPL_ATTEMPTS: '1', DEEPL_TIMEOUT_MS: '500'}).retry).toEqual({
      attempts: 1,
      minTimeout: 500
    })
  })

  it.each([
    ['DEEPL_ATTEMPTS', '0', '1…10'],
    ['DEEPL_ATTEMPTS', 'many', '1…10'],
    ['DEEPL_TIMEOUT_MS', '-5', 'milliseconds']
  ])('%s=%s: exit code 2 before anything is tried', async (name, value, expected) => {
    const run = await runCli(['usage'], {
      env: {DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url, [name]: value}
    })
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `glossa: Unexpected \`${value}\` for \`${name}\`, expected ${expected}\n`
    })
    expect(server.state.counters.usage).toBe(0)
  })

  it('a DEEPL_SERVER_URL that is not a URL: exit code 2 before anything is tried', async () => {
    const run = await runCli(['usage'], {env: {DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: '127.0.0.1 port 80'}})
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'glossa: Unexpected `127.0.0.1 port 80` for `DEEPL_SERVER_URL`, expected a URL\n'
    })
  })

  it('without a key: exit code 2 and what to do', async () => {
    const run = await runCli(['usage'], {env: {}})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'glossa: `glossa usage` asks DeepL for your account’s characters and needs DEEPL_AUTH_KEY; set it to your DeepL key\n'
    )
  })
})
