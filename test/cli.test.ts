import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from './helpers/run-cli.js'
import {startDeepLServer} from './support/deepl-server.mjs'

const manifest = JSON.parse(await readFile(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
  version: string
}

describe('glossa --help', () => {
  it.each(['en', 'it'])('matches the golden help in %s', async (lang) => {
    const run = await runCli(['--help', '--lang', lang])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    await expect(run.stdout).toMatchFileSnapshot(join('fixtures', 'help', 'help.' + lang + '.txt'))
  })

  it('follows LC_ALL, LC_MESSAGES and LANG, in that order', async () => {
    const italian = await runCli(['-h'], {env: {LANG: 'it_IT.UTF-8'}})
    expect(italian.stdout.startsWith('Uso: glossa')).toBe(true)
    const english = await runCli(['-h'], {env: {LC_ALL: 'en_GB.UTF-8', LANG: 'it_IT.UTF-8'}})
    expect(english.stdout.startsWith('Usage: glossa')).toBe(true)
    const messages = await runCli(['-h'], {env: {LC_MESSAGES: 'it_CH', LANG: 'en_US'}})
    expect(messages.stdout.startsWith('Uso: glossa')).toBe(true)
    const fallback = await runCli(['-h'], {env: {}})
    expect(fallback.stdout.startsWith('Usage: glossa')).toBe(true)
  })
})

describe('glossa --version', () => {
  it('prints the version from package.json', async () => {
    const run = await runCli(['--version'])
    expect(run).toEqual({code: 0, stdout: manifest.version + '\n', stderr: ''})
  })
})

describe('usage errors exit with 2 and say what to do', () => {
  it.each([
    [[], 'en', 'glossa: Missing command; run `glossa --help` to see the commands'],
    [['tradurre'], 'en', 'glossa: Unknown command `tradurre`; run `glossa --help` to see the commands'],
    [
      ['translate', '--colour'],
      'en',
      'glossa: Unknown option `--colour`; run `glossa --help` to see the options'
    ],
    [['translate', '--to', 'en'], 'en', 'glossa: Unexpected `en` for `--to`, expected en-US, en-GB'],
    [
      ['translate', '--engine', 'google'],
      'en',
      'glossa: Unexpected `google` for `--engine`, expected deepl, mock, identity'
    ],
    [['translate', '--lang', 'fr'], 'en', 'glossa: Unexpected `fr` for `--lang`, expected it, en'],
    [['translate', '--out'], 'en', 'glossa: Option `--out` needs a value; run `glossa --help`'],
    [['translate', '--to', 'en'], 'it', 'glossa: Valore `en` inatteso per `--to`, atteso en-US, en-GB'],
    [
      ['translate', '--engine', 'deepl'],
      'en',
      'glossa: The `deepl` engine needs DEEPL_AUTH_KEY; set it to your DeepL key, or use `--engine mock`'
    ]
  ])('%j (%s)', async (argv, lang, message) => {
    const run = await runCli(argv, {env: {LANG: lang}})
    expect(run).toEqual({code: 2, stdout: '', stderr: message + '\n'})
  })
})

describe('engine choice', () => {
  it('falls back to the mock engine without DEEPL_AUTH_KEY, and says so', async () => {
    const run = await runCli(['translate', 'articles/openai-aws.md', '--out', await tmp(), '--json'])
    expect(run.code).toBe(0)
    expect(run.stderr.split('\n')[0]).toBe(
      'DEEPL_AUTH_KEY is not set: translating with the mock engine, an offline stand-in that swaps common words. Set DEEPL_AUTH_KEY for real translations.'
    )
  })

  it('picks DeepL when DEEPL_AUTH_KEY is set, and never prints the key', async () => {
    const server = await startDeepLServer({authKey: 'secret-key-123:fx'})
    try {
      const out = await tmp()
      const env = {DEEPL_AUTH_KEY: 'secret-key-123:fx', DEEPL_SERVER_URL: server.url}
      // The memory goes with the outputs, not into the repository's `.glossa/`.
      const run = await runCli(['translate', 'articles/', '--out', out, '--json'], {
        env: {...env, GLOSSA_MEMORY: join(out, 'memory.sqlite')}
      })
      expect(run.code).toBe(0)
      expect(run.stderr).toContain('with the deepl engine')
      expect(server.state.counters.translate).toBe(1)
      expect(run.stderr + run.stdout).not.toContain('secret-key-123')
    } finally {
      await server.close()
    }
  })
})

async function tmp() {
  const {temporaryFolder} = await import('./helpers/run-cli.js')
  return temporaryFolder()
}
