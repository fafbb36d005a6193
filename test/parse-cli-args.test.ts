import {describe, expect, it} from 'vitest'
import {parseCliArgs, peekLanguage} from '../src/parse-cli-args.js'

const defaults = {
  paths: ['articles/'],
  out: 'output/',
  to: 'en-US',
  engine: undefined,
  json: false,
  quiet: false,
  frail: false,
  lang: undefined,
  concurrency: 4,
  dryRun: false
}

describe('parseCliArgs', () => {
  it.each([
    [['translate'], {}],
    [['translate', 'a.md', 'b/'], {paths: ['a.md', 'b/']}],
    [['translate', '--out', 'x', '--to', 'en-gb'], {out: 'x', to: 'en-GB'}],
    [
      ['translate', '--engine=identity', '--json', '--quiet', '--frail'],
      {engine: 'identity', json: true, quiet: true, frail: true}
    ],
    [['translate', '--lang', 'it'], {lang: 'it'}],
    [['translate', '--concurrency', '2'], {concurrency: 2}],
    [['translate', '--dry-run'], {dryRun: true}],
    [['translate', '--', '--odd-name.md'], {paths: ['--odd-name.md']}]
  ])('%j', (argv, options) => {
    expect(parseCliArgs(argv)).toEqual({command: 'translate', options: {...defaults, ...options}})
  })

  it.each([
    [['--help'], 'help'],
    [['translate', '-h'], 'help'],
    [['-v'], 'version'],
    [['usage'], 'usage']
  ])('%j → %s', (argv, command) => {
    expect(parseCliArgs(argv)).toEqual({command})
  })

  it.each([
    [[], 'usage.missing-command'],
    [['traduci'], 'usage.unknown-command'],
    [['translate', '-x'], 'usage.unknown-option'],
    [['translate', '--to', 'en'], 'usage.bad-value'],
    [['translate', '--concurrency', '0'], 'usage.bad-value'],
    [['translate', '--concurrency', 'many'], 'usage.bad-value'],
    [['translate', '--out'], 'usage.missing-value'],
    [['translate', '--out', ''], 'usage.missing-value'],
    [['translate', '--json=yes'], 'usage.no-value'],
    [['usage', 'extra'], 'usage.unexpected-argument']
  ])('%j fails with %s and exit code 2', (argv, code) => {
    expect(() => parseCliArgs(argv)).toThrow(expect.objectContaining({code, exitCode: 2}))
  })

  it('finds --lang before parsing, in both spellings', () => {
    expect(peekLanguage(['translate', '--lang', 'it'])).toBe('it')
    expect(peekLanguage(['--lang=en', 'translate'])).toBe('en')
    expect(peekLanguage(['translate', '--', '--lang=it'])).toBe(undefined)
  })
})
