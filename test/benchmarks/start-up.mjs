/**
 * Benchmark of start-up (not a test): the median wall time of the built
 * `glossa` for `--help`, `glossary list` and a mock translation of the
 * sample, over 40 runs each, interleaved so that a busy moment hits every
 * command alike. Other builds given on the command line (a `dist/cli.js`
 * of an earlier checkout) are measured beside it.
 *
 *   npm run bench:start-up [-- /path/to/other/dist/cli.js …]
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const root = join(import.meta.dirname, '..', '..')
const bins = [join(root, 'dist', 'cli.js'), ...process.argv.slice(2)]
const out = mkdtempSync(join(tmpdir(), 'glossa-start-up-'))
const commands = [
  ['--help'],
  ['glossary', 'list'],
  ['translate', 'articles', '--engine', 'mock', '--out', out, '--quiet']
]
const runs = 40

console.log(`Node ${process.version}, median (and 10th percentile) of ${runs} runs\n`)
console.log('| command | ' + bins.map((bin) => '`' + bin.replace(root + '/', '') + '`').join(' | ') + ' |')
console.log('| --- | ' + bins.map(() => '---:').join(' | ') + ' |')

for (const command of commands) {
  const times = bins.map(() => [])
  for (let run = 0; run < runs; run++) {
    for (const [index, bin] of bins.entries()) {
      const start = process.hrtime.bigint()
      const result = spawnSync(process.execPath, [bin, ...command], {
        cwd: root,
        stdio: 'ignore',
        env: {PATH: process.env.PATH}
      })
      if (result.status !== 0) throw new Error(`${bin} ${command.join(' ')} exited with ${result.status}`)
      times[index].push(Number(process.hrtime.bigint() - start) / 1e6)
    }
  }
  const cells = times.map((list) => {
    const sorted = list.sort((a, b) => a - b)
    return `${sorted[Math.floor(runs / 2)].toFixed(0)} ms (${sorted[Math.floor(runs / 10)].toFixed(0)})`
  })
  console.log(`| \`glossa ${command.join(' ').replace(out, '<tmp>')}\` | ${cells.join(' | ')} |`)
}
