// `npm run spec:swap`: run every distinct CommonMark 0.31 and GFM 0.29 spec
// example through the built CLI (dist/) and the DeepL test server swapping
// nearly every word, and print how many keep their parse and their bytes,
// with the differences by reason. The test (test/spec-swap.test.ts) checks
// the same figures against test/fixtures/specs/swap-differences.json.
import {spawn} from 'node:child_process'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {startDeepLServer} from './support/deepl-server.mjs'
import {compareOutputs, summaryTable, swapCases, swapTranslate, writeArticles} from './support/spec-swap.mjs'

const key = 'spec-swap-key:fx'
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js')
const server = await startDeepLServer({authKey: key, translate: swapTranslate})
const cwd = await mkdtemp(join(tmpdir(), 'glossa-spec-swap-'))
try {
  const cases = swapCases()
  await writeArticles(cwd, cases)
  let stdout = ''
  const code = await new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [cli, 'translate', 'articles', '--no-memory', '--out', 'output', '--json'],
      {
        cwd,
        env: {PATH: process.env.PATH, LANG: 'en', DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url},
        // The warnings go to stderr; the table counts them by rule.
        stdio: ['ignore', 'pipe', 'ignore']
      }
    )
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.on('error', reject)
    child.on('close', resolve)
  })
  if (code !== 0) console.error('glossa exited with code ' + code)
  const results = await compareOutputs(cwd, cases, stdout ? JSON.parse(stdout) : undefined)
  console.log(summaryTable(results, cases))
  if (process.argv.includes('--diffs')) {
    for (const result of results.filter((item) => !item.sameBytes)) {
      console.log(`\n${result.id} (${result.reason}${result.sameParse ? '' : ', parse differs'})`)
      console.log('  source:   ' + JSON.stringify(result.source))
      console.log('  expected: ' + JSON.stringify(result.expected))
      console.log('  got:      ' + JSON.stringify(result.got))
    }
  }
} finally {
  await server.close()
  await rm(cwd, {recursive: true, force: true})
}
