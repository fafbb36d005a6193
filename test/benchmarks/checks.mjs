/**
 * Benchmark of the quality checks (not a test): what they add to a
 * mock-engine run over a 5 MB article, 970 copies of the sample, with the
 * project's glossary. Each round
 * runs the CLI twice in fresh processes, with every check and with none,
 * in alternating order; prints the median wall time of each and the median
 * of the rounds' shares (a round's two runs are next to each other in time,
 * so a slower machine for a while weighs on both).
 *
 *   npm run bench:checks [-- rounds]
 */
import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {qualityChecks} from '../../dist/core/index.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = path.join(root, 'dist', 'cli.js')
const rounds = Number(process.argv[2] ?? 5)
const copies = 970

const work = mkdtempSync(path.join(tmpdir(), 'glossa-bench-checks-'))
// A project like this one: the article beside the glossary, as an editor runs it.
cpSync(path.join(root, 'glossary'), path.join(work, 'glossary'), {recursive: true})
const articles = path.join(work, 'articles')
mkdirSync(articles)
const sample = readFileSync(path.join(root, 'articles', 'openai-aws.md'), 'utf8')
const article = Array.from({length: copies}, () => sample).join('\n\n')
writeFileSync(path.join(articles, 'big.md'), article)

// The child's own CPU time (user and system, all its threads), written as it exits: wall time
// on a shared machine swings by a second between runs, CPU time much less.
const cpuFile = path.join(work, 'cpu-seconds')
const cpuHook = path.join(work, 'cpu-hook.mjs')
writeFileSync(
  cpuHook,
  `import {writeFileSync} from 'node:fs'
process.on('exit', () => {
  const usage = process.resourceUsage()
  writeFileSync(${JSON.stringify(cpuFile)}, String((usage.userCPUTime + usage.systemCPUTime) / 1e6))
})
`
)

/** One run in a fresh process: its wall and CPU time in seconds. */
function run(withChecks, round) {
  const out = path.join(work, 'out-' + round + (withChecks ? '-checks' : '-none'))
  const args = [
    '--import',
    cpuHook,
    cli,
    'translate',
    articles,
    '--engine',
    'mock',
    '--no-memory',
    '--out',
    out,
    '--quiet'
  ]
  if (!withChecks) args.push('--no-checks', qualityChecks.join(','))
  const start = performance.now()
  const result = spawnSync(process.execPath, args, {cwd: work, encoding: 'utf8'})
  const wall = (performance.now() - start) / 1000
  // Warnings exit 0 or 1; anything else is a failure of the run, not a figure.
  if (result.status !== 0 && result.status !== 1) throw new Error(result.stderr)
  rmSync(out, {recursive: true, force: true})
  return {wall, cpu: Number(readFileSync(cpuFile, 'utf8'))}
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const withChecks = []
const without = []

try {
  for (let round = 0; round < rounds; round++) {
    // Alternate the order so that neither side always runs on a warmer machine.
    if (round % 2 === 0) {
      withChecks.push(run(true, round))
      without.push(run(false, round))
    } else {
      without.push(run(false, round))
      withChecks.push(run(true, round))
    }
  }
} finally {
  rmSync(work, {recursive: true, force: true})
}

const seconds = (value) => value.toFixed(2) + ' s'
const percent = (share) => (share * 100).toFixed(1) + '%'
const shares = (measure) =>
  withChecks.map((runs, round) => (runs[measure] - without[round][measure]) / without[round][measure])

console.log(
  `Article: ${(Buffer.byteLength(article) / 1e6).toFixed(1)} MB (${copies} copies of the sample), ${rounds} rounds, medians\n`
)
console.log('| measure | every check | no check | the checks add | each round adds |')
console.log('| --- | ---: | ---: | ---: | --- |')
for (const measure of ['wall', 'cpu']) {
  const added = shares(measure)
  console.log(
    `| ${measure === 'wall' ? 'wall time' : 'CPU time'} | ${seconds(median(withChecks.map((runs) => runs[measure])))} | ${seconds(median(without.map((runs) => runs[measure])))} | ${percent(median(added))} | ${added.map(percent).join(', ')} |`
  )
}

console.log(`\nThe checks add ${percent(median(shares('wall')))} of wall time (target: at most 10%).`)
