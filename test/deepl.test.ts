import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import type {JsonSummary} from '../src/json-summary.js'
import {packBatches, textFieldBytes} from '../src/engines/pack-batches.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'
import {
  applyGlossary,
  maximumBodyBytes,
  maximumTexts,
  startDeepLServer,
  type DeepLServer
} from './support/deepl-server.mjs'

const key = 'test-key-7f3a:fx'
let server: DeepLServer

beforeEach(async () => {
  server = await startDeepLServer({authKey: key})
})

afterEach(async () => {
  await server.close()
})

/** Run `glossa translate` against the test server in a folder holding `files`. */
async function translate(files: Record<string, string>, extra: string[] = [], lang = 'en') {
  const cwd = await temporaryFolder()
  for (const [name, value] of Object.entries(files)) {
    await mkdir(join(cwd, name, '..'), {recursive: true})
    await writeFile(join(cwd, name), value)
  }

  const env = {DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url, LANG: lang}
  const run = await runCli(['translate', 'articles', '--json', ...extra], {cwd, env})
  const summary = run.stdout ? (JSON.parse(run.stdout) as JsonSummary) : undefined
  return {cwd, run, summary}
}

const sample = await readFile(join(import.meta.dirname, '..', 'articles', 'openai-aws.md'), 'utf8')

describe('DeepL engine over HTTP', () => {
  it('translates the sample in one request with tags, context and the right languages', async () => {
    const {cwd, run, summary} = await translate({'articles/openai-aws.md': sample})
    expect(run.code).toBe(0)
    expect(server.state.counters.translate).toBe(1)
    const [request] = server.state.requests
    expect(request?.fields).toMatchObject({
      source_lang: ['it'],
      target_lang: ['en-US'],
      tag_handling: ['xml'],
      tag_handling_version: ['v2'],
      split_sentences: ['nonewlines'],
      ignore_tags: ['x'],
      show_billed_characters: ['1']
    })
    expect(request?.fields.context?.[0]?.startsWith('L’intesa tra OpenAI e Amazon Web Services')).toBe(true)
    expect(request?.fields.text).toHaveLength(23)
    expect(summary?.totals).toMatchObject({requests: 1, billedCharacters: server.state.characterCount})
    const english = await readFile(join(cwd, 'output', 'openai-aws.en.md'), 'utf8')
    expect(english.startsWith('# EN L’intesa')).toBe(true)
  })

  it('packs each article into the fewest requests the 50-text and 128 KiB limits allow', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 50; index++) {
      // Articles of 1 to 160 units, some with long paragraphs, so both limits bind.
      const units = 1 + ((index * 37) % 160)
      const words = index % 7 === 0 ? 850 : 12
      const paragraphs = Array.from(
        {length: units},
        (_, unit) => `Articolo ${index}, paragrafo ${unit} ` + 'parola '.repeat(words).trim()
      )
      files[`articles/a${String(index).padStart(2, '0')}.md`] = paragraphs.join('\n\n') + '\n'
    }

    const {run, summary} = await translate(files, ['--quiet'])
    expect(run.code).toBe(0)
    expect(server.state.counters.rejected).toBe(0)
    expect(summary?.totals.requests).toBe(server.state.counters.translate)

    // Per article, from what arrived: its units, their bytes on the wire and
    // what each request carried besides them give the lower bound.
    const articles = new Map<string, {requests: number; texts: number; textBytes: number; fixed: number}>()
    for (const request of server.state.requests) {
      const texts = request.fields.text ?? []
      expect(texts.length).toBeLessThanOrEqual(maximumTexts)
      expect(request.bytes).toBeLessThanOrEqual(maximumBodyBytes)
      const textBytes = texts.reduce((sum, text) => sum + textFieldBytes(text), 0)
      const article = /^Articolo (\d+),/.exec(texts[0] ?? '')?.[1] ?? ''
      const entry = articles.get(article) ?? {requests: 0, texts: 0, textBytes: 0, fixed: 0}
      articles.set(article, {
        requests: entry.requests + 1,
        texts: entry.texts + texts.length,
        textBytes: entry.textBytes + textBytes,
        fixed: Math.max(entry.fixed, request.bytes - textBytes)
      })
    }

    expect(articles.size).toBe(50)
    const bound = ({texts, textBytes, fixed}: {texts: number; textBytes: number; fixed: number}) =>
      Math.max(Math.ceil(texts / maximumTexts), Math.ceil(textBytes / (maximumBodyBytes - fixed)))
    expect([...articles.values()].map((article) => article.requests)).toEqual(
      [...articles.values()].map(bound)
    )
    // Both limits were exercised: some articles needed several requests for their count, some for their size.
    expect([...articles.values()].some((article) => article.texts > maximumTexts)).toBe(true)
    expect([...articles.values()].some((article) => article.textBytes > maximumBodyBytes)).toBe(true)
  })

  it('sends a unit repeated across articles once per run', async () => {
    const shared = 'Questo paragrafo compare in entrambi gli articoli.'
    const {cwd, run, summary} = await translate({
      'articles/a.md': '# Primo\n\n' + shared + '\n',
      'articles/b.md': '# Secondo\n\n' + shared + '\n'
    })
    expect(run.code).toBe(0)
    // Cost per file and in total, as DeepL billed it.
    expect(summary?.files.map((file) => [file.requests, file.billedCharacters])).toEqual([
      [1, 5 + shared.length],
      [1, 7]
    ])
    expect(summary?.totals).toMatchObject({requests: 2, billedCharacters: 12 + shared.length})
    expect(run.stderr).toContain('  articles/b.md — requests: 1, billed characters: 7\n')
    expect(server.state.requests.map((request) => request.fields.text)).toEqual([
      ['Primo', shared],
      ['Secondo']
    ])
    expect(await readFile(join(cwd, 'output', 'b.en.md'), 'utf8')).toBe('# EN Secondo\n\nEN ' + shared + '\n')
  })

  it('403: stops the run with exit code 2 and never prints the key', async () => {
    server.behave('forbidden')
    const {run} = await translate({'articles/a.md': 'Il modello.\n'})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'glossa: DeepL refused the key in DEEPL_AUTH_KEY (403); check the key in your DeepL account and set it again\n'
    )
    expect(run.stderr + run.stdout).not.toContain('7f3a')
  })

  it('456: stops sending, writes what was received, counts what is left', async () => {
    server.behave('quota-after-first')
    const units = Array.from({length: 60}, (_, index) => `Frase numero ${index}.`)
    const {cwd, run, summary} = await translate(
      {'articles/a.md': units.join('\n\n') + '\n', 'articles/b.md': 'Il modello.\n'},
      ['--concurrency', '1']
    )
    expect(run.code).toBe(1)
    // The first request (50 units) was paid for and is written; the second was refused; b.md was never sent.
    expect(server.state.counters.translate).toBe(2)
    const english = await readFile(join(cwd, 'output', 'a.en.md'), 'utf8')
    expect(english.split('\n\n').filter((line) => line.startsWith('EN ')).length).toBe(50)
    const left = units.slice(50).reduce((sum, text) => sum + text.length, 0)
    const [a, b] = summary?.files ?? []
    expect(
      a?.messages.filter((message) => message.ruleId !== 'untranslated').map((message) => message.reason)
    ).toEqual([
      `Cannot finish articles/a.md: the DeepL character quota is used up (456); left in Italian — units: 10, characters: ${left}; what came back is written`
    ])
    // Each unit left in Italian is flagged where it stands (and in the side-by-side notes).
    expect(
      a?.messages.filter((message) => message.ruleId === 'untranslated').map((message) => message.line)
    ).toEqual(Array.from({length: 10}, (_, index) => 101 + index * 2))
    const sideBySide = await readFile(join(cwd, 'output', 'a.side-by-side.md'), 'utf8')
    expect(sideBySide.split('\n').filter((line) => line.includes('`untranslated`'))).toHaveLength(10)
    // Nothing came back for b.md: nothing is written for it, and the count says what is left.
    expect(b?.output).toBe(null)
    expect(b?.messages.map((message) => message.reason)).toEqual([
      'Cannot translate articles/b.md: the DeepL character quota is used up (456); nothing came back, nothing was written — units: 1, characters: 11'
    ])
    expect(run.stderr).toContain('Translated 0 of 2 files with the deepl engine')
  })

  it('456 arriving after another failure still stops the run', async () => {
    server.state.failWhen = (texts) =>
      texts[0] === 'Frase numero 0.' ? 400 : texts[0] === 'Frase numero 50.' ? 456 : undefined
    const units = Array.from({length: 60}, (_, index) => `Frase numero ${index}.`)
    const {summary} = await translate(
      {'articles/a.md': units.join('\n\n') + '\n', 'articles/b.md': 'Il modello.\n'},
      ['--concurrency', '2']
    )
    expect(server.state.counters.translate).toBe(2)
    expect(summary?.files.map((file) => file.messages[0]?.reason)).toEqual([
      `Cannot translate articles/a.md: the DeepL character quota is used up (456); nothing came back, nothing was written — units: 60, characters: ${units.join('').length}`,
      'Cannot translate articles/b.md: the DeepL character quota is used up (456); nothing came back, nothing was written — units: 1, characters: 11'
    ])
  })

  it('429 then success: deepl-node retries and the run completes', async () => {
    server.behave('busy-once')
    const {run} = await translate({'articles/a.md': 'Il modello.\n'})
    expect(run.code).toBe(0)
    expect(server.state.counters.translate).toBe(2)
  })

  it('503 on one article fails that file only, with a message; the others complete', async () => {
    server.state.failWhen = (texts) => (texts.some((text) => text.includes('rotto')) ? 503 : undefined)
    const {run, summary} = await translate(
      {'articles/a.md': 'Un testo rotto.\n', 'articles/b.md': 'Il modello.\n'},
      [],
      'it'
    )
    expect(run.code).toBe(1)
    expect(
      summary?.files.map((file) => [
        file.path,
        file.output === null,
        file.messages.map((message) => message.ruleId)
      ])
    ).toEqual([
      ['articles/a.md', true, ['engine-unanswered']],
      ['articles/b.md', false, []]
    ])
    expect(summary?.files[0]?.messages[0]?.reason).toMatch(
      /^Impossibile tradurre articles\/a\.md: DeepL non è riuscito: Service unavailable.*; non è tornato nulla, non è stato scritto nulla — unità: 1, caratteri: 15$/
    )
  })

  it('a wrong number of translations: the batch is flagged, nothing broken is written', async () => {
    server.behave('wrong-count')
    const {cwd, run, summary} = await translate({'articles/a.md': 'Uno.\n\nDue.\n'})
    expect(run.code).toBe(1)
    expect(summary?.files[0]?.messages[0]?.reason).toBe(
      'Cannot translate articles/a.md: the deepl engine returned 1 translations for 2 texts; nothing came back, nothing was written — units: 2, characters: 8'
    )
    await expect(readFile(join(cwd, 'output', 'a.en.md'), 'utf8')).rejects.toThrow()
  })

  it('a slow answer: deepl-node times out and retries, then the file fails with what to do', async () => {
    server.behave('slow')
    server.state.slowMs = 6000
    const cwd = await temporaryFolder()
    await mkdir(join(cwd, 'articles'))
    await writeFile(join(cwd, 'articles', 'a.md'), 'Il modello.\n')
    const env = {DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url, DEEPL_TIMEOUT_MS: '200'}
    const run = await runCli(['translate', 'articles', '--json'], {cwd, env})
    expect(run.code).toBe(1)
    expect(server.state.counters.translate).toBe(4)
    expect((JSON.parse(run.stdout) as JsonSummary).files[0]?.messages[0]?.reason).toBe(
      'Cannot translate articles/a.md: DeepL did not answer in time, even after every retry; try again later or raise DEEPL_TIMEOUT_MS; nothing came back, nothing was written — units: 1, characters: 11'
    )
  })

  it('connection refused: the file fails with the reason', async () => {
    await server.close()
    const {run, summary} = await translate({'articles/a.md': 'Il modello.\n'})
    expect(run.code).toBe(1)
    expect(summary?.files[0]?.messages[0]?.reason).toContain('cannot reach the DeepL server (ECONNREFUSED)')
    server = await startDeepLServer({authKey: key})
  })
})

describe('DeepL glossary', () => {
  const glossary = 'it\ten\tnote\ninferenza\tinference\naddestramento\ttraining\tthe learning phase\n'
  // Every run here is in a new folder: the project name keeps them one project.
  const config = {'glossa.config.json': '{"project": "rivista"}'}

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
    expect(review.match(/`glossary-term-missing` Unexpected translation of/g)).toHaveLength(12)
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
        'glossa: glossary/glossary.tsv:3: Unexpected second entry for `inferenza` (line 2 says `inference`); keep the English you want and remove the other line',
        'glossa: glossary/glossary.tsv:4: Unexpected empty term, expected an Italian and an English term; fill both or remove the line',
        'glossa: glossary/glossary.tsv:5: Unexpected 4 columns, expected at most 3; remove the extra cells',
        'glossa: glossary/glossary.tsv:6: Unexpected term of 1025 bytes, expected at most 1024; shorten it',
        'glossa: glossary/glossary.tsv:7: Unexpected unclosed quote at column 6; close it with `"` or remove it',
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
      'glossa: The `deepl` engine needs DEEPL_AUTH_KEY; set it to your DeepL key, or use `--engine mock`\n'
    )
  })
})

describe('packBatches', () => {
  it('keeps order and respects both limits', () => {
    const texts = Array.from({length: 120}, (_, index) => 'x'.repeat(index % 3 === 0 ? 30_000 : 10))
    const batches = packBatches(texts, 300)
    expect(
      batches.flatMap(([start, end]) => Array.from({length: end - start}, (_, offset) => start + offset))
    ).toEqual(texts.map((_, index) => index))
    for (const [start, end] of batches) {
      expect(end - start).toBeLessThanOrEqual(50)
      const bytes = 300 + texts.slice(start, end).reduce((sum, text) => sum + textFieldBytes(text), 0)
      expect(bytes).toBeLessThanOrEqual(128 * 1024)
    }
  })
})
