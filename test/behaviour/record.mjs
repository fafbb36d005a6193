// Record what a built glossa does, through its command line only, so that
// two builds (before and after a change that must not change behaviour) can
// be compared byte for byte: every output file, stdout, stderr, the exit
// code, and what reached the DeepL-compatible test server.
//
//   node test/behaviour/record.mjs <glossa-root> <record-folder>
//
// `<glossa-root>` is a checkout with `dist/` built; the inputs (fixtures,
// the sample, the glossary, CommonMark's examples) always come from this
// checkout, so both builds see the same ones. `compare.mjs` runs it twice.
import {spawn} from 'node:child_process'
import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join, relative, resolve} from 'node:path'
import {tests as specExamples} from 'commonmark-spec'
import {applyGlossary, startDeepLServer} from '../support/deepl-server.mjs'

const here = import.meta.dirname
const repo = join(here, '..', '..')
const fixtures = join(repo, 'test', 'fixtures')
const key = 'behaviour-key:fx'

const [glossaRoot, recordFolder, only] = process.argv.slice(2)
if (!glossaRoot || !recordFolder) {
  console.error('usage: node test/behaviour/record.mjs <glossa-root> <record-folder>')
  process.exit(2)
}

const cli = resolve(glossaRoot, 'dist', 'cli.js')
const scratch = await mkdtemp(join(tmpdir(), 'glossa-behaviour-'))
if (!only) await rm(recordFolder, {recursive: true, force: true})
await mkdir(recordFolder, {recursive: true})

/** A project folder named `project` (the DeepL glossary name comes from it) with the articles of a scenario. */
async function project(name, articles) {
  const cwd = join(scratch, name, 'project')
  await mkdir(join(cwd, 'glossary'), {recursive: true})
  await cp(join(repo, 'glossary', 'glossary.tsv'), join(cwd, 'glossary', 'glossary.tsv'))
  for (const [path, value] of Object.entries(articles)) {
    await mkdir(dirname(join(cwd, path)), {recursive: true})
    await writeFile(join(cwd, path), value)
  }
  return cwd
}

async function fixtureArticles() {
  const articles = {}
  const identity = join(fixtures, 'identity')
  for (const name of (await readdir(identity)).sort()) {
    if (name.endsWith('.md') && name !== 'README.md')
      articles['articles/identity/' + name] = await readFile(join(identity, name))
  }
  articles['articles/glossary-article.md'] = await readFile(join(fixtures, 'glossary', 'article.md'))
  for (const name of ['a.md', 'b.md'])
    articles['articles/glossary-cli/' + name] = await readFile(
      join(fixtures, 'glossary-cli', 'articles', name)
    )
  articles['articles/openai-aws.md'] = await readFile(join(repo, 'articles', 'openai-aws.md'))
  return articles
}

function specArticles() {
  const articles = {}
  for (const example of specExamples) {
    // The spec writes tabs as `→`.
    articles['articles/spec/' + String(example.number).padStart(4, '0') + '.md'] =
      example.markdown.replaceAll('→', '\t')
  }
  return articles
}

function run(cwd, argv, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...argv], {
      cwd,
      env: {PATH: process.env.PATH, LANG: 'en_US.UTF-8', ...env}
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

/** Paths, ports and ids that differ between runs of the same build. */
function stable(text) {
  return text
    .replaceAll(scratch, '<tmp>')
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>')
    .replace(/[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}/g, '<uuid>')
}

async function listFiles(folder) {
  const found = []
  const walk = async (current) => {
    for (const entry of await readdir(current, {withFileTypes: true}).catch(() => [])) {
      const path = join(current, entry.name)
      if (entry.isDirectory()) await walk(path)
      else found.push(path)
    }
  }
  await walk(folder)
  return found.sort()
}

let scenarios = 0
let files = 0

/** Write what one scenario did: its runs, the files it left and what the server received. */
async function record(name, cwd, runs, server) {
  const folder = join(recordFolder, name)
  await mkdir(folder, {recursive: true})
  const lines = []
  for (const {argv, result} of runs) {
    lines.push(
      '$ glossa ' + argv.join(' '),
      'exit ' + result.code,
      '--- stdout',
      result.stdout,
      '--- stderr',
      result.stderr
    )
  }
  await writeFile(join(folder, 'runs.txt'), stable(lines.join('\n')))
  for (const path of await listFiles(cwd)) {
    const local = relative(cwd, path)
    // Inputs are the same for both builds; what glossa wrote is what counts.
    if (local.startsWith('articles/') && !/\.(en|side-by-side)\.md$/.test(local)) continue
    await mkdir(dirname(join(folder, 'files', local)), {recursive: true})
    await writeFile(join(folder, 'files', local), await readFile(path))
    files++
  }
  if (server) {
    const wire = {
      counters: server.state.counters,
      // Requests in flight together arrive in any order: sorted, they compare.
      requests: server.state.requests
        .map(({fields, bytes}) => JSON.stringify({fields, bytes}))
        .sort()
        .map((text) => JSON.parse(text)),
      glossaries: [...server.state.glossaries.values()].map(({name, entries}) => ({name, entries}))
    }
    await writeFile(join(folder, 'server.json'), stable(JSON.stringify(wire, null, 1)))
  }
  scenarios++
}

async function scenario(name, {articles, steps, server: serverOptions, setup}) {
  // A third argument records only the scenarios whose name it matches.
  if (only && !new RegExp(only).test(name)) return
  const cwd = await project(name, articles ?? (await fixtureArticles()))
  if (setup) await setup(cwd)
  const server = serverOptions ? await startDeepLServer({authKey: key, ...serverOptions.options}) : undefined
  if (server && serverOptions.prepare) serverOptions.prepare(server)
  const env = server ? {DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url} : {}
  const runs = []
  for (const step of steps) {
    const argv = typeof step === 'function' ? await step(cwd) : step
    runs.push({argv, result: await run(cwd, argv, env)})
  }
  await record(name, cwd, runs, server)
  await server?.close()
}

const noGlossary = async (cwd) => rm(join(cwd, 'glossary'), {recursive: true, force: true})

/**
 * An engine that changes every word (letters reversed and upper-cased) and
 * moves spaces next to tags the way engines do, so every unit goes through
 * decoding, escaping and reassembly.
 */
function mangle(text) {
  return text
    .split(/(<x\b[^>]*[^/]>[^<]*<\/x>|<[^>]*>)/)
    .map((part) =>
      part.startsWith('<')
        ? part
        : part.replace(/\p{L}+/gu, (word) => [...word].reverse().join('').toUpperCase())
    )
    .join('')
    .replace(/ (<g id="\d+">)/g, '$1 ')
    .replace(/ (<x id="\d+"\/>)/g, '$1')
}

const translate = (...extra) => ['translate', 'articles', '--json', ...extra]

for (const engine of ['identity', 'mock']) {
  await scenario(engine + '-glossary', {steps: [translate('--engine', engine)]})
  await scenario(engine + '-no-glossary', {setup: noGlossary, steps: [translate('--engine', engine)]})
}
await scenario('mock-italian-frail', {steps: [translate('--engine', 'mock', '--lang', 'it', '--frail')]})
await scenario('mock-quiet-en-gb', {steps: [['translate', 'articles', '--quiet', '--to', 'en-GB']]})
await scenario('mock-default-engine', {steps: [['translate']]})
await scenario('mock-rerun', {steps: [translate('--engine', 'mock'), translate('--engine', 'mock')]})
await scenario('dry-run', {steps: [translate('--dry-run'), translate('--dry-run', '--lang', 'it')]})
await scenario('identity-spec', {
  articles: specArticles(),
  steps: [translate('--engine', 'identity', '--quiet')]
})

await scenario('deepl-glossary', {server: {}, steps: [translate(), translate()]})
await scenario('deepl-no-glossary', {server: {}, setup: noGlossary, steps: [translate()]})
await scenario('deepl-applies-glossary', {
  server: {options: {translate: applyGlossary}},
  steps: [translate()]
})
await scenario('deepl-mangled', {server: {options: {translate: mangle}}, steps: [translate()]})
await scenario('deepl-mangled-spec', {
  articles: specArticles(),
  server: {options: {translate: mangle}},
  steps: [translate('--quiet')]
})
await scenario('deepl-mangled-spec-glossary-italian', {
  articles: specArticles(),
  server: {options: {translate: mangle}},
  steps: [translate('--lang', 'it', '--concurrency', '1')]
})
// deepl-node's own backoff makes retried failures slow: three articles are enough.
const few = async () => {
  const all = await fixtureArticles()
  return Object.fromEntries(
    ['articles/openai-aws.md', 'articles/glossary-article.md', 'articles/identity/lists.md'].map((name) => [
      name,
      all[name]
    ])
  )
}
for (const behaviour of [
  'forbidden',
  'quota',
  'quota-after-first',
  'unavailable',
  'wrong-count',
  'busy-once'
]) {
  await scenario('deepl-' + behaviour, {
    articles: await few(),
    server: {prepare: (server) => server.behave(behaviour)},
    steps: [translate()]
  })
}
await scenario('deepl-fails-one-file', {
  articles: await few(),
  server: {
    prepare: (server) =>
      (server.state.failWhen = (texts) => (texts.some((text) => text.includes('Amazon')) ? 503 : undefined))
  },
  steps: [translate('--lang', 'it')]
})
await scenario('deepl-free-plan-full', {
  server: {
    options: {maxGlossaries: 1},
    prepare: (server) =>
      server.state.glossaries.set('other', {
        glossary_id: 'other',
        name: 'mine',
        ready: true,
        source_lang: 'it',
        target_lang: 'en',
        creation_time: '',
        entry_count: 1,
        entries: 'a\tb'
      })
  },
  steps: [translate()]
})
await scenario('usage', {server: {}, steps: [['usage'], ['usage', '--lang', 'it']]})
await scenario('usage-no-key', {steps: [['usage']]})

const glossaryCli = join(fixtures, 'glossary-cli')
await scenario('glossary-read', {
  steps: [
    ['glossary', 'list'],
    ['glossary', 'list', '--json'],
    ['glossary', 'list', '--filter', 'calcolo', '--lang', 'it'],
    ['glossary', 'check'],
    ['glossary', 'check', '--json'],
    ...['tsv', 'deepl-tsv', 'deepl-csv', 'tbx'].map((format) => ['glossary', 'export', '--format', format]),
    ['glossary', 'export', '--out', 'terms.tbx'],
    ['glossary', 'stats', '--engine', 'x'],
    ['glossary', 'stats'],
    ['glossary', 'stats', '--json']
  ]
})
await scenario('glossary-stats-after-translate', {
  steps: [
    translate('--engine', 'mock', '--quiet'),
    ['glossary', 'stats', 'articles'],
    ['glossary', 'stats', 'articles', 'nowhere', '--json']
  ]
})
await scenario('glossary-edit', {
  steps: [
    [
      'glossary',
      'add',
      'rete neurale',
      'neural network',
      '--note',
      'a model',
      '--forms',
      'reti neurali',
      '--forbid',
      'neural net'
    ],
    ['glossary', 'add', 'OpenAI', '--dnt'],
    ['glossary', 'add', 'Anthropic', '--dnt'],
    ['glossary', 'add', 'modelli', 'models'],
    ['glossary', 'remove', 'inferenza'],
    ['glossary', 'remove', 'nothing-here'],
    ['glossary', 'import', join(glossaryCli, 'rich.tsv'), '--dry-run'],
    ['glossary', 'import', join(glossaryCli, 'rich.tsv')],
    ['glossary', 'import', join(fixtures, 'glossary', 'tbx3.tbx')],
    ['glossary', 'import', join(glossaryCli, 'export.csv')],
    ['glossary', 'import', join(glossaryCli, 'export.deepl.tsv'), '--format', 'deepl-tsv'],
    ['glossary', 'import', join(fixtures, 'glossary', 'small.tbx'), '--lang', 'it'],
    ['glossary', 'check']
  ]
})
await scenario('glossary-import-skips', {
  setup: async (cwd) => {
    await writeFile(
      join(cwd, 'import.tsv'),
      'it\ten\tforms\nrete neurale\tneural network\nrete neurale\tneural net\n"chiuso\tclosed\nmodelli nuovi\tnew models\tmodelli\nvuoto\t\ncalcolo\tcomputation\n'
    )
    await writeFile(join(cwd, 'broken.tbx'), '<martif><text><body><termEntry>')
    await writeFile(join(cwd, 'other.tbx'), '<?xml version="1.0"?><other/>')
  },
  steps: [
    ['glossary', 'import', 'import.tsv', '--dry-run'],
    ['glossary', 'import', 'import.tsv', '--lang', 'it'],
    ['glossary', 'import', 'broken.tbx'],
    ['glossary', 'import', 'other.tbx', '--lang', 'it'],
    ['glossary', 'import', 'missing.tsv']
  ]
})
await scenario('glossary-new-file', {
  setup: noGlossary,
  steps: [
    ['glossary', 'check'],
    ['glossary', 'list'],
    ['glossary', 'add', 'inferenza', 'inference'],
    ['glossary', 'list']
  ]
})
const broken = async (cwd) =>
  writeFile(
    join(cwd, 'glossary', 'glossary.tsv'),
    'it\ten\ninferenza\tinference\ninferenza\tdeduction\n"calcolo\tcompute\nmodello\t\n'
  )
await scenario('glossary-broken', {
  setup: broken,
  steps: [
    translate('--engine', 'mock'),
    ['glossary', 'check'],
    ['glossary', 'check', '--json', '--lang', 'it'],
    ['glossary', 'export'],
    ['glossary', 'list']
  ]
})
await scenario('glossary-option', {
  setup: noGlossary,
  steps: [
    translate('--engine', 'mock', '--glossary', join(glossaryCli, 'rich.tsv')),
    translate('--engine', 'mock', '--glossary', 'missing.tsv'),
    ['glossary', 'list', '--glossary', join(glossaryCli, 'stats.tsv')]
  ]
})

await scenario('bad-input', {
  articles: {
    'articles/ok.md': '# Titolo\n\nUn paragrafo sul modello.\n',
    'articles/empty.md': '  \n',
    'articles/binary.md': Buffer.from([0x23, 0x20, 0x00, 0x01]),
    'articles/latin1.md': Buffer.from('# Citt\xe0\n\nCos\xec.\n', 'latin1'),
    'articles/utf16.md': Buffer.from([0xff, 0xfe, 0x23, 0x00]),
    'folder/nothing.txt': 'no markdown here',
    'other/ok.md': '# Titolo\n'
  },
  steps: [
    translate('--engine', 'mock'),
    ['translate', 'articles/ok.md', 'missing.md', 'folder', '--engine', 'mock', '--lang', 'it'],
    ['translate', 'articles/ok.md', 'other/ok.md', '--engine', 'mock', '--out', 'out']
  ]
})
await scenario('config', {
  setup: (cwd) =>
    writeFile(
      join(cwd, 'glossa.config.json'),
      '{"frontMatterFields": ["title", "summary"], "project": "demo"}'
    ),
  steps: [translate('--engine', 'mock')]
})
await scenario('config-broken', {
  setup: (cwd) => writeFile(join(cwd, 'glossa.config.json'), '{"fields": []}'),
  steps: [translate('--engine', 'mock'), ['glossary', 'stats']]
})
await scenario('usage-errors', {
  steps: [
    ['--help'],
    ['--help', '--lang', 'it'],
    ['--version'],
    [],
    ['translate', '--to', 'fr'],
    ['translate', '--engine', 'deepl'],
    ['translate', '--concurrency', '99'],
    ['translate', '--frobnicate'],
    ['translate', '--out'],
    ['translate', '--quiet=yes'],
    ['glossary'],
    ['glossary', 'add', 'solo'],
    ['glossary', 'list', '--out', 'x'],
    ['glossary', 'rename'],
    ['frobnicate', '--lang', 'it'],
    ['usage', 'extra']
  ]
})

await rm(scratch, {recursive: true, force: true})
console.log(`recorded ${scenarios} scenarios, ${files} files, in ${recordFolder}`)
