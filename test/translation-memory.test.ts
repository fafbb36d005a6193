import {execFile, spawn} from 'node:child_process'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {promisify} from 'node:util'
import Database from 'better-sqlite3'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import type {JsonSummary} from '../src/cli/json-summary.js'
import {deeplKey as key} from './helpers/deepl-translate.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'
import {startDeepLServer, type DeepLServer} from './support/deepl-server.mjs'

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js')
let server: DeepLServer

beforeEach(async () => {
  server = await startDeepLServer({authKey: key})
})

afterEach(async () => {
  await server.close()
})

/** A project folder holding `files`. */
async function project(files: Record<string, string>): Promise<string> {
  const cwd = await temporaryFolder()
  for (const [name, value] of Object.entries(files)) {
    await mkdir(join(cwd, name, '..'), {recursive: true})
    await writeFile(join(cwd, name), value)
  }

  return cwd
}

/** `glossa translate articles --json` against the test server in `cwd`; what the server got, from here on. */
async function translate(cwd: string, extra: string[] = []) {
  const before = server.state.requests.length
  const env = {DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url, LANG: 'en'}
  const run = await runCli(['translate', 'articles', '--json', ...extra], {cwd, env})
  const texts = server.state.requests.slice(before).flatMap((request) => request.fields.text ?? [])
  const summary = run.stdout ? (JSON.parse(run.stdout) as JsonSummary) : undefined
  return {run, texts, summary}
}

const paragraphs = Array.from({length: 6}, (_, index) => `Paragrafo ${index + 1} sul modello e i dati.`)
const article = '# Il calcolo\n\n' + paragraphs.join('\n\n') + '\n'

describe('translation memory', () => {
  it('an unchanged article is sent once: the re-run sends nothing and bills nothing', async () => {
    const cwd = await project({'articles/a.md': article})
    const first = await translate(cwd)
    expect(first.texts).toHaveLength(7)
    expect(first.summary?.totals).toMatchObject({fromMemory: 0, sent: 7, requests: 1})

    const again = await translate(cwd)
    expect(again.run.code).toBe(0)
    expect(again.texts).toEqual([])
    expect(again.summary?.totals).toMatchObject({
      units: 7,
      fromMemory: 7,
      sent: 0,
      requests: 0,
      characters: 0,
      billedCharacters: 0
    })
    expect(again.run.stderr).toContain('Translation memory — units answered: 7, texts sent: 0.')
    // The outputs are the same bytes as the paid run's.
    expect(await readFile(join(cwd, 'output', 'a.en.md'), 'utf8')).toContain('EN Paragrafo 3')
  })

  it('one edited paragraph sends exactly that one text', async () => {
    const cwd = await project({'articles/a.md': article})
    await translate(cwd)
    await writeFile(
      join(cwd, 'articles', 'a.md'),
      article.replace('Paragrafo 4 sul', 'Paragrafo 4 nuovo sul')
    )
    const edited = await translate(cwd)
    expect(edited.texts).toEqual(['Paragrafo 4 nuovo sul modello e i dati.'])
    expect(edited.summary?.totals).toMatchObject({fromMemory: 6, sent: 1})
  })

  it('a new title sends only the title, though it goes to DeepL as every unit’s context', async () => {
    const cwd = await project({'articles/a.md': article})
    await translate(cwd)
    await writeFile(join(cwd, 'articles', 'a.md'), article.replace('# Il calcolo', '# Il calcolo nuovo'))
    expect((await translate(cwd)).texts).toEqual(['Il calcolo nuovo'])
  })

  it('a glossary term added re-sends only the units it occurs in', async () => {
    const text = '# Il calcolo\n\nL’inferenza è cara.\n\nIl modello.\n\nUn’altra inferenza.\n\nI dati.\n'
    const cwd = await project({'articles/a.md': text, 'glossary/glossary.tsv': 'it\ten\nmodello\tmodel\n'})
    expect((await translate(cwd)).texts).toHaveLength(5)
    await writeFile(join(cwd, 'glossary', 'glossary.tsv'), 'it\ten\nmodello\tmodel\ninferenza\tinference\n')
    const added = await translate(cwd)
    expect(added.texts).toEqual(['L’inferenza è cara.', 'Un’altra inferenza.'])
    // Changing that term's English re-sends the same two, and nothing else.
    await writeFile(join(cwd, 'glossary', 'glossary.tsv'), 'it\ten\nmodello\tmodel\ninferenza\tinferencing\n')
    expect((await translate(cwd)).texts).toEqual(['L’inferenza è cara.', 'Un’altra inferenza.'])
    // A note changes no translation.
    await writeFile(
      join(cwd, 'glossary', 'glossary.tsv'),
      'it\ten\tnote\nmodello\tmodel\ta trained network\ninferenza\tinferencing\n'
    )
    expect((await translate(cwd)).texts).toEqual([])
  })

  it('another target language sends everything again, and both stay remembered', async () => {
    const cwd = await project({'articles/a.md': article})
    await translate(cwd)
    expect((await translate(cwd, ['--to', 'en-GB'])).texts).toHaveLength(7)
    expect((await translate(cwd, ['--to', 'en-GB'])).texts).toHaveLength(0)
    expect((await translate(cwd)).texts).toHaveLength(0)
  })

  it('a dry run counts only what would be sent, and reads the memory without writing it', async () => {
    const cwd = await project({'articles/a.md': article})
    // No memory yet: the dry run does not create one.
    const fresh = await translate(cwd, ['--dry-run'])
    expect(fresh.summary?.totals).toMatchObject({units: 7, sent: 7, fromMemory: 0})
    await expect(readFile(join(cwd, '.glossa', 'memory.sqlite'))).rejects.toThrow()

    await translate(cwd)
    await writeFile(join(cwd, 'articles', 'a.md'), article.replace('Paragrafo 2 sul', 'Paragrafo due sul'))
    const memory = await readFile(join(cwd, '.glossa', 'memory.sqlite'))
    const dry = await translate(cwd, ['--dry-run'])
    expect(dry.texts).toEqual([])
    expect(dry.summary?.totals).toMatchObject({fromMemory: 6, sent: 1, requests: 1, characters: 35})
    expect(dry.run.stderr).toContain('Translation memory — units answered: 6, texts sent: 1.')
    expect((await readFile(join(cwd, '.glossa', 'memory.sqlite'))).equals(memory)).toBe(true)
  })

  it('--no-memory sends everything and leaves the memory alone; --memory and GLOSSA_MEMORY move it', async () => {
    const cwd = await project({'articles/a.md': article})
    await translate(cwd)
    expect((await translate(cwd, ['--no-memory'])).texts).toHaveLength(7)
    expect((await translate(cwd, ['--memory', 'elsewhere.sqlite'])).texts).toHaveLength(7)
    expect((await translate(cwd, ['--memory', 'elsewhere.sqlite'])).texts).toHaveLength(0)
    const env = {DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url, GLOSSA_MEMORY: 'elsewhere.sqlite'}
    const before = server.state.counters.translate
    expect((await runCli(['translate', 'articles'], {cwd, env})).code).toBe(0)
    expect(server.state.counters.translate).toBe(before)
    const refused = await runCli(['translate', '--memory', 'x', '--no-memory'], {cwd})
    expect(refused.stderr).toBe('glossa: Options `--memory` and `--no-memory` cannot go together; keep one\n')
  })

  it('a memory that cannot store an answer warns, and the translation is still written', async () => {
    const cwd = await project({'articles/a.md': article})
    await translate(cwd, ['--dry-run'])
    await translate(cwd, ['--to', 'en-GB'])
    await server.close()
    // Something breaks the memory while DeepL works.
    server = await startDeepLServer({
      authKey: key,
      translate: (text) => {
        const db = new Database(join(cwd, '.glossa', 'memory.sqlite'))
        db.exec('DROP TABLE IF EXISTS translations')
        db.close()
        return 'EN ' + text
      }
    })
    const run = await translate(cwd)
    expect(run.run.code).toBe(0)
    expect(run.summary?.files[0]?.messages.map((message) => [message.ruleId, message.severity])).toEqual([
      ['memory-not-stored', 'warning']
    ])
    expect(run.summary?.files[0]?.messages[0]?.reason).toMatch(
      /^Cannot keep the answers for 7 units in the translation memory \(no such table: translations\); they are in the outputs/
    )
    expect(await readFile(join(cwd, 'output', 'a.en.md'), 'utf8')).toContain('EN Paragrafo 1')
  })

  it('the mock and identity engines neither read nor write the memory', async () => {
    const cwd = await project({'articles/a.md': article})
    expect((await runCli(['translate', '--engine', 'mock'], {cwd})).code).toBe(0)
    expect((await runCli(['translate', '--engine', 'identity'], {cwd})).code).toBe(0)
    await expect(readFile(join(cwd, '.glossa', 'memory.sqlite'))).rejects.toThrow()
  })

  it('keeps every answer of a run killed with SIGKILL: the next run sends only what was never answered', async () => {
    const many = Array.from({length: 140}, (_, index) => `Frase numero ${index + 1} del modello.`)
    const cwd = await project({'articles/a.md': many.join('\n\n') + '\n'})
    server.state.slowMs = 400
    server.behave('slow')
    const env = {...process.env, DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url, LANG: 'en'}
    const child = spawn(process.execPath, [cli, 'translate', 'articles', '--concurrency', '1'], {cwd, env})
    const exited = new Promise((resolve) => child.on('exit', resolve))
    // The second request has arrived: the first answer has been received, and kept.
    while (server.state.counters.translate < 2) await new Promise((resolve) => setTimeout(resolve, 20))
    child.kill('SIGKILL')
    await exited

    const db = new Database(join(cwd, '.glossa', 'memory.sqlite'), {readonly: true})
    const kept = db.prepare('SELECT count(*) FROM translations').pluck().get() as number
    db.close()
    expect(kept).toBe(50)
    server.behave('ok')
    const next = await translate(cwd)
    expect(next.run.code).toBe(0)
    expect(next.texts).toHaveLength(90)
    expect(next.texts[0]).toBe('Frase numero 51 del modello.')
    expect(next.summary?.totals).toMatchObject({fromMemory: 50, sent: 90})
  })

  it('two runs at once on the same articles and memory both succeed, and the memory stays whole', async () => {
    const many = Array.from({length: 120}, (_, index) => `Riga ${index + 1} del calcolo.`)
    const files: Record<string, string> = {}
    for (let index = 0; index < 4; index++)
      files[`articles/a${index}.md`] = many.slice(index * 30).join('\n\n') + '\n'
    const cwd = await project(files)
    const env = {...process.env, DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url, LANG: 'en'}
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [cli, 'translate', 'articles', '--quiet'], {cwd, env})
        child.on('exit', resolve)
      })
    expect(await Promise.all([run(), run()])).toEqual([0, 0])
    const {stdout} = await promisify(execFile)(process.execPath, [
      '-e',
      "const D=require('better-sqlite3');const d=new D(process.argv[1]);console.log(d.pragma('integrity_check',{simple:true}));console.log(d.prepare('SELECT count(*) FROM translations').pluck().get())",
      join(cwd, '.glossa', 'memory.sqlite')
    ])
    expect(stdout).toBe('ok\n120\n')
    expect((await translate(cwd)).texts).toEqual([])
  })
})
