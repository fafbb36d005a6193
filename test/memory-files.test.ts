import {createHash} from 'node:crypto'
import {mkdir, readFile, stat, truncate, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import Database from 'better-sqlite3'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {createTranslate} from '../src/cli/i18n.js'
import {openMemory} from '../src/memory/open-memory.js'
import {sqliteMemory} from '../src/memory/sqlite-memory.js'
import {deeplKey, translateOn} from './helpers/deepl-translate.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'
import {startDeepLServer, type DeepLServer} from './support/deepl-server.mjs'

const t = createTranslate('en')
let server: DeepLServer

beforeEach(async () => {
  server = await startDeepLServer({authKey: deeplKey})
})

afterEach(async () => {
  await server.close()
})

/** A real memory of `count` entries at `path`, closed (its log checkpointed into the file). */
async function realMemory(path: string, count: number): Promise<void> {
  const db = (await openMemory(path, {shown: path}))!
  const memory = sqliteMemory(db, {shown: path})
  const entries = Array.from({length: count}, (_, index) => ({
    key: createHash('sha256').update(String(index)).digest('hex'),
    source: `Il <g id="1">modello</g> numero ${index} risponde in pochi secondi.`,
    target: `The <g id="1">model</g> number ${index} answers in a few seconds.`,
    sourceLanguage: 'it',
    targetLanguage: 'en-US',
    engine: 'deepl',
    billedCharacters: 50
  }))
  memory.store(entries)
  db.close()
}

/** Each bad memory: how to make it at `path`, and the message it gets (`reason` varies with SQLite). */
const cases: Array<[string, (path: string) => Promise<void>, (file: string) => RegExp | string]> = [
  [
    'a text file',
    (path) => writeFile(path, 'not a database, just notes\n'.repeat(100)),
    (file) => t('memory.not-sqlite', {file})
  ],
  [
    'another program’s SQLite file',
    async (path) => {
      const db = new Database(path)
      db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES (1)')
      db.close()
    },
    (file) => t('memory.foreign', {file})
  ],
  [
    'a truncated memory',
    async (path) => {
      await realMemory(path, 5000)
      await truncate(path, Math.floor((await stat(path)).size / 2))
    },
    (file) => pattern(t('memory.corrupt', {file, reason: '\u0000'}))
  ],
  [
    'a memory from a newer glossa',
    async (path) => {
      await realMemory(path, 3)
      const db = new Database(path)
      db.pragma('user_version = 2')
      db.close()
    },
    (file) => t('memory.newer', {file, version: 2, supported: 1})
  ]
]

describe('a memory glossa cannot use', () => {
  it.each(cases)(
    'stops translate on %s: one line, exit 2, nothing sent, the file untouched',
    async (_, make, message) => {
      const folder = await temporaryFolder()
      const path = join(folder, 'memory.sqlite')
      await make(path)
      const before = await hash(path)
      const {run} = await translateOn(
        server,
        {'articles/a.md': 'Il modello risponde.\n'},
        ['--quiet'],
        'en',
        {
          GLOSSA_MEMORY: path
        }
      )
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      expectOneLine(run.stderr, message(path))
      expect(server.state.counters.translate).toBe(0)
      expect(await hash(path)).toBe(before)
    }
  )

  it.each(cases)(
    'stops memory stats on %s: one line, exit 2, the file untouched',
    async (_, make, message) => {
      const cwd = await temporaryFolder()
      await make(join(cwd, 'memory.sqlite'))
      const before = await hash(join(cwd, 'memory.sqlite'))
      const run = await runCli(['memory', 'stats', '--memory', 'memory.sqlite'], {cwd, env: {LANG: 'en'}})
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      expectOneLine(run.stderr, message('memory.sqlite'))
      expect(await hash(join(cwd, 'memory.sqlite'))).toBe(before)
    }
  )

  it.each([
    // /sys is read-only even for root, who passes every permission check a chmod makes.
    ['a folder that cannot be written', () => '/sys/glossa-test/memory.sqlite', '/sys/glossa-test', 'EPERM'],
    [
      'a path below a file',
      async (cwd: string) => {
        await writeFile(join(cwd, 'notes.txt'), 'a file, not a folder\n')
        return join(cwd, 'notes.txt', 'memory.sqlite')
      },
      'notes.txt',
      'ENOTDIR'
    ]
  ])('stops translate on %s with one line, exit 2', async (_, where, folder, code) => {
    const cwd = await temporaryFolder()
    const path = await where(cwd)
    await mkdir(join(cwd, 'articles'))
    await writeFile(join(cwd, 'articles', 'a.md'), 'Il modello risponde.\n')
    const env = {DEEPL_AUTH_KEY: deeplKey, DEEPL_SERVER_URL: server.url, LANG: 'en'}
    const run = await runCli(['translate', '--quiet', '--memory', path], {cwd, env})
    expect(run.code).toBe(2)
    const shown = path.startsWith(cwd) ? path.slice(cwd.length + 1) : path
    const because = t('write.' + code, {path: folder})
    expectOneLine(run.stderr, t('memory.unwritable', {file: shown, because}))
    expect(server.state.counters.translate).toBe(0)

    // stats only reads: where no memory can be, there is none yet, and nothing is made.
    const stats = await runCli(['memory', 'stats', '--memory', path], {cwd, env})
    expect(stats).toEqual({code: 0, stdout: '', stderr: t('memoryCommand.none', {file: shown}) + '\n'})
  })
})

function expectOneLine(stderr: string, message: RegExp | string): void {
  const lines = stderr.split('\n').filter(Boolean)
  expect(lines).toHaveLength(1)
  if (typeof message === 'string') expect(lines[0]).toBe('glossa: ' + message)
  else expect(lines[0]).toMatch(new RegExp('^glossa: ' + message.source.slice(1)))
}

/** The message as a pattern, its NUL standing for any text (SQLite's own reason). */
function pattern(text: string): RegExp {
  const escaped = text.replaceAll(/[$()*+.?[\\\]^{|}]/g, '\\$&').replace('\u0000', '.+')
  return new RegExp('^' + escaped + '$')
}

async function hash(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex')
}
