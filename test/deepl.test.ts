import {mkdirSync} from 'node:fs'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {packBatches, textFieldBytes} from '../src/engines/pack-batches.js'
import type {JsonSummary} from '../src/cli/json-summary.js'
import {deeplKey as key, translateOn} from './helpers/deepl-translate.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'
import {maximumBodyBytes, maximumTexts, startDeepLServer, type DeepLServer} from './support/deepl-server.mjs'

let server: DeepLServer

beforeEach(async () => {
  server = await startDeepLServer({authKey: key})
})

afterEach(async () => {
  await server.close()
})

/** Run `glossa translate` against this file's test server. */
const translate = (
  ...args: Parameters<typeof translateOn> extends [DeepLServer, ...infer Rest] ? Rest : never
) => translateOn(server, ...args)

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
      'No glossary found: terms are not checked (looked for glossary/glossary.tsv in articles and every folder above it)\n' +
        'glossa: DeepL refused the key in DEEPL_AUTH_KEY (403); check the key in your DeepL account and set it again\n'
    )
    expect(run.stderr + run.stdout).not.toContain('7f3a')
  })

  it('an --out that is a file: nothing is sent to DeepL', async () => {
    const {run} = await translate({'articles/a.md': 'Il modello.\n', afile: 'not a folder'}, [
      '--out',
      'afile'
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('glossa: Nothing was sent: `afile` is a file, not a folder;')
    expect(server.state.counters.translate).toBe(0)
    expect(server.state.glossaries.size).toBe(0)
  })

  it('a write that fails after DeepL answered: the path in words, and what was billed still reported', async () => {
    const cwd = await temporaryFolder()
    await mkdir(join(cwd, 'articles'))
    await writeFile(join(cwd, 'articles', 'a.md'), 'Il modello.\n')
    await server.close()
    // Something takes the output's name while DeepL works, after the folders were checked.
    server = await startDeepLServer({
      authKey: key,
      translate: (text) => {
        mkdirSync(join(cwd, 'output', 'a.en.md'), {recursive: true})
        return 'EN ' + text
      }
    })
    const env = {DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url, LANG: 'en'}
    const run = await runCli(['translate', 'articles', '--json'], {cwd, env})
    expect(run.code).toBe(1)
    const summary = JSON.parse(run.stdout) as JsonSummary
    expect(summary.files[0]?.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      [
        'write-failed',
        'Cannot write the outputs of articles/a.md: `output/a.en.md` is a folder, not a file; the previous outputs are kept'
      ]
    ])
    expect(summary.files[0]).toMatchObject({output: null, requests: 1, billedCharacters: 11})
    expect(summary.totals).toMatchObject({requests: 1, billedCharacters: 11})
    expect(run.stderr).toContain('Translated 0 of 1 file with the deepl engine')
    expect(run.stderr).toContain('billed characters: 11.')
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
    // The same counts, typed, for scripts.
    expect(a?.messages.find((message) => message.ruleId === 'engine-stopped')).toMatchObject({
      // What stopped it, in words, never glossa's internal code.
      actual: 'the DeepL character quota is used up (456)',
      expected: [],
      left: {units: 10, characters: left}
    })
    expect(a?.messages.filter((message) => message.left !== null).map((message) => message.ruleId)).toEqual([
      'engine-stopped'
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
    expect(b?.messages[0]?.left).toEqual({units: 1, characters: 11})
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
    expect(summary?.files[0]?.messages[0]?.reason).toBe(
      `Cannot translate articles/a.md: the DeepL character quota is used up (456); nothing came back, nothing was written — units: 60, characters: ${units.join('').length}`
    )
    // b is translated at the same time as a: its one request went out before the 456 came back
    // (three requests in all), or it waited for a slot and was never sent (two).
    const b = summary?.files[1]?.messages[0]?.reason
    if (server.state.counters.translate === 3) expect(b).toBeUndefined()
    else {
      expect(server.state.counters.translate).toBe(2)
      expect(b).toBe(
        'Cannot translate articles/b.md: the DeepL character quota is used up (456); nothing came back, nothing was written — units: 1, characters: 11'
      )
    }
  })

  it('429 then success: deepl-node retries and the run completes', async () => {
    server.behave('busy-once')
    const {run} = await translate({'articles/a.md': 'Il modello.\n'})
    expect(run.code).toBe(0)
    expect(server.state.counters.translate).toBe(2)
  })

  it('503 on one article fails that file only, after the retries DEEPL_ATTEMPTS allows; the others complete', async () => {
    server.state.failWhen = (texts) => (texts.some((text) => text.includes('rotto')) ? 503 : undefined)
    // Two attempts: one wait of deepl-node's backoff (1 s) instead of three.
    const {run, summary} = await translate(
      {'articles/a.md': 'Un testo rotto.\n', 'articles/b.md': 'Il modello.\n'},
      [],
      'it',
      {DEEPL_ATTEMPTS: '2'}
    )
    expect(run.code).toBe(1)
    expect(server.state.counters.translate).toBe(2 + 1)
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
      'Cannot translate articles/a.md: the deepl engine answered with the wrong number of translations (texts sent: 2, translations: 1); nothing came back, nothing was written — units: 2, characters: 8'
    )
    await expect(readFile(join(cwd, 'output', 'a.en.md'), 'utf8')).rejects.toThrow()
  })

  it('a slow answer: deepl-node times out and retries, then the file fails with what to do', async () => {
    server.behave('slow')
    server.state.slowMs = 6000
    const {run, summary} = await translate({'articles/a.md': 'Il modello.\n'}, [], 'en', {
      DEEPL_TIMEOUT_MS: '200',
      DEEPL_ATTEMPTS: '2'
    })
    expect(run.code).toBe(1)
    expect(server.state.counters.translate).toBe(2)
    expect(summary?.files[0]?.messages[0]?.reason).toBe(
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
