import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {promisify} from 'node:util'
import Database from 'better-sqlite3'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {createTranslate} from '../src/cli/i18n.js'
import {readEntries} from '../src/memory/read-entries.js'
import type {StoredEntry} from '../src/memory/stored-entry.js'
import {deeplKey, translateOn} from './helpers/deepl-translate.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'
import {startDeepLServer, type DeepLServer} from './support/deepl-server.mjs'

const run = promisify(execFile)
const t = createTranslate('en')
let server: DeepLServer

beforeEach(async () => {
  server = await startDeepLServer({authKey: deeplKey})
})

afterEach(async () => {
  await server.close()
})

const article = `# Il modello

Il **modello** risponde in pochi secondi.

Il costo dipende dai [token](https://example.com) usati.
`

/** A project translated once against the test server: its folder, environment and memory file. */
async function translated(files: Record<string, string> = {'articles/a.md': article}) {
  const {cwd, run: first} = await translateOn(server, files, ['--quiet'])
  expect(first.code).toBe(0)
  const env = {DEEPL_AUTH_KEY: deeplKey, DEEPL_SERVER_URL: server.url, LANG: 'en'}
  return {cwd, env, memory: join(cwd, '.glossa', 'memory.sqlite')}
}

/** The memory's entries, read with SQLite directly. */
function entries(path: string): StoredEntry[] {
  const db = new Database(path, {readonly: true})
  try {
    return readEntries(db)
  } finally {
    db.close()
  }
}

async function hash(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex')
}

describe('glossa memory export and import', () => {
  it('export, clear, import: the next translate sends nothing', async () => {
    const {cwd, env, memory} = await translated()
    const before = entries(memory)
    expect(before.length).toBe(3)
    expect(server.state.counters.translate).toBe(1)

    const exported = await runCli(['memory', 'export', 'memory.tmx'], {cwd, env})
    expect(exported).toEqual({
      code: 0,
      stdout: '',
      stderr: 'Exported 3 entries of .glossa/memory.sqlite to memory.tmx (TMX 1.4b)\n'
    })
    const cleared = await runCli(['memory', 'clear'], {cwd, env})
    expect(cleared.stderr).toBe('Cleared .glossa/memory.sqlite: deleted 3 entries\n')
    expect(entries(memory)).toEqual([])

    const imported = await runCli(['memory', 'import', 'memory.tmx'], {cwd, env})
    expect(imported).toEqual({
      code: 0,
      stdout: '',
      stderr: 'Imported memory.tmx into .glossa/memory.sqlite — added: 3, already there: 0, skipped: 0\n'
    })
    // The same answers, to the second (TMX dates have no milliseconds).
    const seconds = (list: StoredEntry[]) =>
      list.map((entry) => ({...entry, created: entry.created.slice(0, 19)}))
    expect(seconds(entries(memory))).toEqual(seconds(before))

    const again = await runCli(['memory', 'import', 'memory.tmx'], {cwd, env})
    expect(again.stderr).toBe(
      'Imported memory.tmx into .glossa/memory.sqlite — added: 0, already there: 3, skipped: 0\n'
    )

    const second = await runCli(['translate', 'articles', '--json'], {cwd, env})
    expect(second.code).toBe(0)
    expect(server.state.counters.translate).toBe(1)
    expect(JSON.parse(second.stdout).totals).toMatchObject({requests: 0, fromMemory: 3, sent: 0})
  })

  it('writes TMX 1.4b that Translate Toolkit reads, unit for unit, tags as text', async () => {
    const {cwd, env, memory} = await translated()
    await runCli(['memory', 'export', 'out/memory.tmx'], {cwd, env})
    const path = join(cwd, 'out', 'memory.tmx')
    const script = [
      'import json, sys',
      'from translate.storage import tmx',
      'store = tmx.tmxfile.parsefile(sys.argv[1])',
      'print(json.dumps([[unit.source, unit.target] for unit in store.units]))'
    ].join('\n')
    const {stdout} = await run('/usr/bin/python3', ['-c', script, path])
    const expected = entries(memory).map((entry) => [entry.source, entry.target])
    expect(JSON.parse(stdout)).toEqual(expected)
    expect(expected.some(([source]) => source!.includes('<g id="1">'))).toBe(true)

    const tmx = await readFile(path, 'utf8')
    expect(tmx).toMatch(
      /<header creationtool="glossa" creationtoolversion="[^"]+" datatype="xml" segtype="block" adminlang="en" srclang="it" o-tmf="glossa-sqlite" creationdate="\d{8}T\d{6}Z"\/>/
    )
    expect(tmx).toMatch(/<prop type="x-glossa-key">[\da-f]{64}<\/prop>/)
    expect(tmx).toContain('<prop type="x-glossa-engine">')
    expect(tmx).toContain('<tuv xml:lang="en-US">')
  })

  it.each([
    [
      'malformed XML',
      (tmx: string) => tmx.replace('</body>', '</bdy>'),
      /^Cannot import bad\.tmx: it is not well-formed XML \(line \d+: .+\), a truncated file perhaps; nothing was imported\. Export it again with `glossa memory export`$/
    ],
    [
      'a truncated file',
      (tmx: string) => tmx.slice(0, Math.floor(tmx.length / 2)),
      /^Cannot import bad\.tmx: it is not well-formed XML/
    ],
    [
      'wrong languages',
      (tmx: string) =>
        tmx.replace('srclang="it"', 'srclang="fr"').replaceAll('xml:lang="it"', 'xml:lang="fr"'),
      exactly(t('memoryImport.languages', {file: 'bad.tmx', detail: 'fr'}))
    ],
    [
      'another root',
      () => '<?xml version="1.0"?><martif type="TBX"/>',
      /^Cannot import bad\.tmx: its root element is `martif`, expected `tmx`/
    ]
  ])('imports nothing from %s (exit 1, one line)', async (_, spoil, message) => {
    const {cwd, env, memory} = await translated()
    await runCli(['memory', 'export', 'good.tmx'], {cwd, env})
    // One entry fewer in the memory, so that any import would show.
    const db = new Database(memory)
    db.prepare('DELETE FROM translations WHERE key = (SELECT min(key) FROM translations)').run()
    db.close()
    const before = {entries: entries(memory), hash: await hash(memory)}
    await writeFile(join(cwd, 'bad.tmx'), spoil(await readFile(join(cwd, 'good.tmx'), 'utf8')))

    const result = await runCli(['memory', 'import', 'bad.tmx'], {cwd, env})
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    const lines = result.stderr.split('\n').filter(Boolean)
    expect(lines).toHaveLength(1)
    expect(lines[0]!.replace(/^glossa: /, '')).toMatch(message)
    expect(lines[0]!.startsWith('glossa: ')).toBe(true)
    expect({entries: entries(memory), hash: await hash(memory)}).toEqual(before)
  })

  it('refuses a file that is not UTF-8, and one that is not there', async () => {
    const {cwd, env, memory} = await translated()
    const before = await hash(memory)
    await writeFile(
      join(cwd, 'latin1.tmx'),
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\n<tmx>caff\xe8</tmx>', 'latin1')
    )
    const latin1 = await runCli(['memory', 'import', 'latin1.tmx'], {cwd, env})
    expect(latin1).toEqual({
      code: 1,
      stdout: '',
      stderr: 'glossa: ' + t('memoryImport.not-utf8', {file: 'latin1.tmx', byte: '0xE8', line: 2}) + '\n'
    })
    const missing = await runCli(['memory', 'import', 'nowhere.tmx'], {cwd, env})
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: 'glossa: Cannot import nowhere.tmx: file not found; check the path\n'
    })
    expect(await hash(memory)).toBe(before)
  })

  it('skips the units of a TMX another tool made, saying why (exit 1)', async () => {
    const cwd = await temporaryFolder()
    const env = {LANG: 'en', GLOSSA_MEMORY: join(cwd, 'memory.sqlite')}
    await writeFile(
      join(cwd, 'omegat.tmx'),
      `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="it-IT" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="OmegaT" creationtool="OmegaT" creationtoolversion="6"/>
<body>
<tu><tuv xml:lang="it-IT"><seg>Ciao</seg></tuv><tuv xml:lang="en-US"><seg>Hello</seg></tuv></tu>
<tu><tuv xml:lang="it-IT"><seg>Mondo</seg></tuv><tuv xml:lang="en-US"><seg>World</seg></tuv></tu>
<tu><prop type="x-glossa-key">${'a'.repeat(64)}</prop><prop type="x-glossa-engine">deepl</prop><tuv xml:lang="it"><seg>Sì</seg></tuv><tuv xml:lang="fr"><seg>Oui</seg></tuv></tu>
</body></tmx>
`
    )
    const result = await runCli(['memory', 'import', 'omegat.tmx'], {cwd, env})
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'Skipped 2 units (the first is unit 1 of the file): no `x-glossa-key` property; a TMX made by another tool cannot be keyed to glossa’s units, only one that glossa exported can',
        'Skipped 1 unit (unit 3 of the file): no English `tuv` in en-US or en-GB',
        'Imported omegat.tmx into memory.sqlite — added: 0, already there: 0, skipped: 3',
        ''
      ].join('\n')
    })
  })
})

describe('glossa memory stats, prune and clear', () => {
  it('gives the entries, the characters billed and saved, and the size', async () => {
    const {cwd, env, memory} = await translated()
    const billed = server.state.characterCount
    const engine = entries(memory)[0]!.engine
    // A second run answered from the memory: every unit saved its characters once.
    expect((await runCli(['translate', 'articles', '--quiet'], {cwd, env})).code).toBe(0)
    const stats = await runCli(['memory', 'stats'], {cwd, env})
    expect(stats.code).toBe(0)
    expect(stats.stdout.replace(/size on disk: .*/, 'size on disk: …')).toBe(
      [
        'Translation memory .glossa/memory.sqlite',
        'entries: 3',
        'size on disk: …',
        `characters billed: ${billed}`,
        `characters saved: ${billed}`,
        '',
        'target  entries  billed  saved  engine',
        `en-US   3        ${billed}      ${billed}     ${engine}`,
        ''
      ].join('\n')
    )
    expect(stats.stdout).toMatch(/size on disk: \d+\.\d KiB \(\d+ bytes, with the write-ahead log\)/)

    const json = JSON.parse((await runCli(['memory', 'stats', '--json'], {cwd, env})).stdout)
    expect(json).toEqual({
      path: '.glossa/memory.sqlite',
      exists: true,
      bytes: expect.any(Number),
      entries: 3,
      billedCharacters: billed,
      savedCharacters: billed,
      groups: [
        {
          engine: engine,
          targetLanguage: 'en-US',
          entries: 3,
          billedCharacters: billed,
          savedCharacters: billed
        }
      ]
    })
  })

  it('says there is no memory yet, and creates none', async () => {
    const cwd = await temporaryFolder()
    for (const action of [['stats'], ['clear'], ['export', 'x.tmx']]) {
      const result = await runCli(['memory', ...action], {cwd})
      expect(result.code).toBe(0)
      expect(result.stderr).toBe(
        'No translation memory yet at .glossa/memory.sqlite: nothing to do (`glossa translate` with DeepL starts one)\n'
      )
    }
    const {readdir} = await import('node:fs/promises')
    expect(await readdir(cwd)).toEqual([])
  })

  it('prunes the texts no article has any more, and only those', async () => {
    const {cwd, env, memory} = await translated()
    const edited = article.replace('in pochi secondi', 'in un secondo')
    await writeFile(join(cwd, 'articles', 'a.md'), edited)

    const dry = await runCli(['memory', 'prune', '--dry-run'], {cwd, env})
    expect(dry).toEqual({
      code: 0,
      stdout: '',
      stderr: 'Dry run, nothing deleted: pruning .glossa/memory.sqlite would drop 1 of 3 entries; kept: 2\n'
    })
    expect(entries(memory)).toHaveLength(3)

    const pruned = await runCli(['memory', 'prune', 'articles/'], {cwd, env})
    expect(pruned.stderr).toBe(
      'Pruned .glossa/memory.sqlite: dropped 1 of 3 entries, whose Italian no article has any more; kept: 2\n'
    )
    expect(entries(memory).some((entry) => entry.source.includes('pochi secondi'))).toBe(false)

    // The three texts left are all live: the next run sends only the edited one.
    const next = await runCli(['translate', 'articles', '--json'], {cwd, env})
    expect(JSON.parse(next.stdout).totals).toMatchObject({fromMemory: 2, sent: 1})
  })

  it('prunes nothing when a path is missing or holds no article', async () => {
    const {cwd, env, memory} = await translated()
    const before = await hash(memory)
    expect(await runCli(['memory', 'prune', 'nowhere/'], {cwd, env})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'glossa: Cannot find nowhere/; check the path (nothing was pruned)\n'
    })
    const {mkdir} = await import('node:fs/promises')
    await mkdir(join(cwd, 'empty'))
    const empty = await runCli(['memory', 'prune', 'empty'], {cwd, env})
    expect(empty.code).toBe(2)
    expect(empty.stderr).toBe('glossa: ' + t('memoryPrune.no-articles', {file: 'empty'}) + '\n')
    expect(await hash(memory)).toBe(before)
  })

  it('clears every entry and keeps a valid memory (dry run first)', async () => {
    const {cwd, env, memory} = await translated()
    const dry = await runCli(['memory', 'clear', '--dry-run'], {cwd, env})
    expect(dry.stderr).toBe(
      'Dry run, nothing deleted: clearing .glossa/memory.sqlite would delete 3 entries\n'
    )
    expect(entries(memory)).toHaveLength(3)
    expect((await runCli(['memory', 'clear'], {cwd, env})).stderr).toBe(
      'Cleared .glossa/memory.sqlite: deleted 3 entries\n'
    )
    const stats = await runCli(['memory', 'stats', '--json'], {cwd, env})
    expect(JSON.parse(stats.stdout)).toMatchObject({exists: true, entries: 0, groups: []})
  })
})

/** A pattern that matches `text` and nothing else. */
function exactly(text: string): RegExp {
  return new RegExp('^' + text.replaceAll(/[$()*+.?[\\\]^{|}]/g, '\\$&') + '$')
}
