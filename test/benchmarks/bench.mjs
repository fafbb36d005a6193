/**
 * The benchmark of a whole run (not a test): a generated corpus of Italian
 * articles (every construct of the identity fixtures, with the repetition of
 * a real magazine) translated by the built CLI against the project's
 * DeepL-compatible server answering after 100 ms, as DeepL does. Prints one
 * Markdown table, each figure beside its ideal measured in the same run:
 * requests against the per-article minimum, the first run against its
 * requests' latency plus the local floor (remark + remark-gfm parsing and
 * stringifying the same corpus), an unchanged second run against that floor,
 * peak RSS at the large corpus against the small one, a 10,000-entry
 * glossary against the project's, and start-up against `node -e 0`.
 *
 *   npm run bench [-- --articles 200] [--big 2000] [--skip-big]
 */
import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {maximumBodyBytes, maximumTexts, startDeepLServer} from '../support/deepl-server.mjs'
import {generateCorpus} from './generate-corpus.mjs'
import {generateGlossary} from './generate-glossary.mjs'

const {values} = parseArgs({
  options: {
    articles: {type: 'string', default: '200'},
    big: {type: 'string', default: '2000'},
    'skip-big': {type: 'boolean', default: false}
  }
})
const articleCount = Number(values.articles)
const bigCount = Number(values.big)
const latencyMs = 100
const concurrency = 4
const glossaryEntries = 10_000
const startUpRuns = 10

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = path.join(root, 'dist', 'cli.js')
const authKey = 'bench-key:fx'
const work = mkdtempSync(path.join(tmpdir(), 'glossa-bench-'))
const projectGlossary = readFileSync(path.join(root, 'glossary', 'glossary.tsv'), 'utf8')

// The child's peak resident set, written as it exits: needs nothing installed.
const rssHook = path.join(work, 'rss-hook.mjs')
writeFileSync(
  rssHook,
  `import {writeFileSync} from 'node:fs'
process.on('exit', () => writeFileSync(process.env.GLOSSA_BENCH_RSS, String(process.resourceUsage().maxRSS)))
`
)

/** A project folder like an editor's: `articles/` beside `glossary/glossary.tsv`. */
function writeProject(/** @type {string} */ name, /** @type {number} */ count) {
  const folder = path.join(work, name)
  mkdirSync(path.join(folder, 'articles'), {recursive: true})
  mkdirSync(path.join(folder, 'glossary'))
  writeFileSync(path.join(folder, 'glossary', 'glossary.tsv'), projectGlossary)
  const corpus = generateCorpus(root, count)
  for (const article of corpus) writeFileSync(path.join(folder, 'articles', article.name), article.text)
  return {folder, corpus, bytes: corpus.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0)}
}

/** One `glossa translate` in a fresh process: wall time, peak RSS and the requests the server got. */
async function translate(server, project, /** @type {string} */ label, /** @type {string[]} */ extra = []) {
  const rssFile = path.join(work, 'rss-' + label)
  const first = server.state.requests.length
  const args = ['--import', rssHook, cli, 'translate', 'articles', '--out', 'output-' + label, '--quiet']
  args.push('--concurrency', String(concurrency), ...extra)
  const start = performance.now()
  const {status, stderr} = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: project.folder,
      env: {
        PATH: process.env.PATH,
        LANG: 'en',
        DEEPL_AUTH_KEY: authKey,
        DEEPL_SERVER_URL: server.url,
        GLOSSA_BENCH_RSS: rssFile
      },
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)))
    child.on('error', reject)
    child.on('close', (status) => resolve({status, stderr}))
  })
  const wall = performance.now() - start
  // Warnings exit 1; anything else is a failure of the run, not a figure.
  if (status !== 0 && status !== 1)
    throw new Error(`glossa translate (${label}) exited with ${status}:\n${stderr}`)
  return {
    wall,
    rss: Number(readFileSync(rssFile, 'utf8')) * 1024,
    requests: server.state.requests.slice(first)
  }
}

/**
 * The fewest requests DeepL's limits allow for what was sent: per article
 * (told apart by the context, its title and lead), its texts in requests of
 * at most 50 texts and 128 KiB.
 */
function minimumRequests(/** @type {Array<{fields: Record<string, string[]>, bytes: number}>} */ requests) {
  const articles = new Map()
  for (const request of requests) {
    const texts = request.fields.text ?? []
    const textBytes = texts.reduce((sum, text) => sum + new URLSearchParams({text}).toString().length + 1, 0)
    const key = request.fields.context?.[0] ?? '(no context) ' + articles.size
    const article = articles.get(key) ?? {texts: 0, textBytes: 0, fixed: 0}
    article.texts += texts.length
    article.textBytes += textBytes
    article.fixed = Math.max(article.fixed, request.bytes - textBytes)
    articles.set(key, article)
  }
  let minimum = 0
  for (const {texts, textBytes, fixed} of articles.values()) {
    minimum += Math.max(Math.ceil(texts / maximumTexts), Math.ceil(textBytes / (maximumBodyBytes - fixed)))
  }
  return {minimum, articles: articles.size}
}

/**
 * The least any run must do locally: remark + remark-gfm parsing and
 * stringifying every article, once, in a fresh process as a run is.
 */
function localFloor(project) {
  const start = performance.now()
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'test', 'benchmarks', 'floor.mjs'), 'articles'],
    {
      cwd: project.folder,
      stdio: ['ignore', 'ignore', 'inherit']
    }
  )
  if (result.status !== 0) throw new Error('floor.mjs exited with ' + result.status)
  return performance.now() - start
}

/** Median wall time of `runs` runs of each command, interleaved so a busy moment hits both. */
function startUp() {
  const commands = {glossa: [cli, '--help'], node: ['-e', '0']}
  const times = {glossa: [], node: []}
  for (let run = 0; run < startUpRuns; run++) {
    for (const [name, args] of Object.entries(commands)) {
      const start = performance.now()
      const result = spawnSync(process.execPath, args, {
        cwd: root,
        stdio: 'ignore',
        env: {PATH: process.env.PATH}
      })
      if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}`)
      times[name].push(performance.now() - start)
    }
  }
  return {glossa: median(times.glossa), node: median(times.node)}
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const seconds = (ms) => (ms / 1000).toFixed(2) + ' s'
const megabytes = (bytes) => (bytes / 2 ** 20).toFixed(0) + ' MiB'
const whole = (value) => value.toLocaleString('en')

const server = await startDeepLServer({authKey, latencyMs})
const rows = []
const row = (measure, glossa, ideal, ratio, target, met) =>
  rows.push(
    `| ${measure} | ${glossa} | ${ideal} | ${ratio === undefined ? '–' : ratio.toFixed(2)} | ${target} | ${met === undefined ? 'skipped' : met ? 'yes' : '**no**'} |`
  )
const began = performance.now()

try {
  const small = writeProject('small', articleCount)
  // Measured before, between and after the two runs it judges, so that a busy
  // minute of a shared machine weighs on both sides (median of the three).
  const floors = [localFloor(small)]
  const memory = path.join(work, 'memory.sqlite')

  const first = await translate(server, small, 'first', ['--memory', memory])
  floors.push(localFloor(small))
  const warm = await translate(server, small, 'warm', ['--memory', memory])
  floors.push(localFloor(small))
  const floor = median(floors)
  writeFileSync(path.join(work, 'glossary.tsv'), generateGlossary(projectGlossary, glossaryEntries))
  const large = await translate(server, small, 'glossary', [
    '--memory',
    path.join(work, 'memory-glossary.sqlite'),
    '--glossary',
    path.join(work, 'glossary.tsv')
  ])

  const {minimum, articles} = minimumRequests(first.requests)
  const requests = first.requests.length
  row(
    'DeepL requests, first run',
    whole(requests),
    `${whole(minimum)} (fewest for ${whole(articles)} articles' texts, ${maximumTexts} texts / 128 KiB each)`,
    requests / minimum,
    '= minimum',
    requests <= minimum
  )
  const ideal = Math.ceil(requests / concurrency) * latencyMs + floor
  row(
    'first run, wall time',
    seconds(first.wall),
    `${seconds(ideal)} (⌈${whole(requests)} / ${concurrency}⌉ × ${latencyMs} ms + floor ${seconds(floor)})`,
    first.wall / ideal,
    '≤ 1.3',
    first.wall <= 1.3 * ideal
  )
  row(
    'second run, unchanged, wall time',
    `${seconds(warm.wall)}, ${whole(warm.requests.length)} requests`,
    `${seconds(floor)} (floor), 0 requests`,
    warm.wall / floor,
    '≤ 2, 0 requests',
    warm.wall <= 2 * floor && warm.requests.length === 0
  )

  if (values['skip-big']) {
    for (const [name, run] of [
      ['first', first],
      ['second', warm]
    ]) {
      row(
        `peak RSS, ${name} run`,
        megabytes(run.rss),
        `${whole(bigCount)} articles skipped`,
        undefined,
        '≤ 1.2'
      )
    }
  } else {
    // No latency here: at 100 ms, articles sent one after another would take minutes.
    server.state.latencyMs = 0
    const big = writeProject('big', bigCount)
    const bigMemory = path.join(work, 'memory-big.sqlite')
    const bigFirst = await translate(server, big, 'big-first', ['--memory', bigMemory])
    const bigWarm = await translate(server, big, 'big-warm', ['--memory', bigMemory])
    server.state.latencyMs = latencyMs
    for (const [name, at200, at2000] of [
      ['first', first, bigFirst],
      ['second', warm, bigWarm]
    ]) {
      row(
        `peak RSS, ${name} run, ${whole(bigCount)} articles (${(big.bytes / 1e6).toFixed(1)} MB)`,
        megabytes(at2000.rss),
        `${megabytes(at200.rss)} at ${whole(articleCount)} articles`,
        at2000.rss / at200.rss,
        '≤ 1.2',
        at2000.rss <= 1.2 * at200.rss
      )
    }
  }

  row(
    `first run, ${whole(glossaryEntries)}-entry glossary`,
    seconds(large.wall),
    `${seconds(first.wall)} (project glossary)`,
    large.wall / first.wall,
    '≤ 1.2',
    large.wall <= 1.2 * first.wall
  )
  const start = startUp()
  row(
    '`glossa --help` start-up',
    start.glossa.toFixed(0) + ' ms',
    `${start.node.toFixed(0)} ms (\`node -e 0\`)`,
    start.glossa / start.node,
    '≤ 3',
    start.glossa <= 3 * start.node
  )

  console.log(
    `Corpus: ${whole(articleCount)} articles, ${(small.bytes / 1e6).toFixed(2)} MB; server latency ${latencyMs} ms, ` +
      `concurrency ${concurrency}; floor: remark + remark-gfm parse and stringify in a fresh process, ` +
      `median of 3, before, between and after the two runs; start-up: median of ${startUpRuns}\n`
  )
  console.log('| measure | glossa | ideal / reference | ratio | target | met |')
  console.log('| --- | ---: | --- | ---: | --- | --- |')
  for (const line of rows) console.log(line)
  console.log(
    `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; ` +
      `${values['skip-big'] ? '' : `the ${whole(bigCount)}-article runs with no latency; `}` +
      `benchmark ${seconds(performance.now() - began)}`
  )
} finally {
  await server.close()
  rmSync(work, {recursive: true, force: true})
}
