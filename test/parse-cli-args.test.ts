import {describe, expect, it} from 'vitest'
import {parseCliArgs, peekLanguage} from '../src/cli/parse-cli-args.js'

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
  dryRun: false,
  glossary: undefined,
  memory: undefined,
  noMemory: false,
  checks: new Set([
    'number-mismatch',
    'currency-mismatch',
    'date-mismatch',
    'link-mismatch',
    'code-mismatch',
    'untranslated',
    'length-ratio',
    'punctuation-mismatch',
    'repeated-word'
  ])
}

const glossaryDefaults = {
  args: [],
  glossary: undefined,
  filter: undefined,
  note: '',
  forms: [],
  forbid: [],
  dnt: false,
  format: undefined,
  out: undefined,
  json: false,
  dryRun: false,
  overwrite: false,
  lang: undefined
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
    [['translate', '--', '--odd-name.md'], {paths: ['--odd-name.md']}],
    [['translate', '--glossary', 'g.tsv'], {glossary: 'g.tsv'}]
  ])('%j', (argv, options) => {
    expect(parseCliArgs(argv)).toEqual({command: 'translate', options: {...defaults, ...options}})
  })

  it.each([
    [['glossary', 'list', '--filter', 'inf', '--json'], {action: 'list', filter: 'inf', json: true}],
    [
      [
        'glossary',
        'add',
        'inferenza',
        'inference',
        '--note',
        'n',
        '--forms',
        'a | b',
        '--forms',
        'c=d',
        '--forbid',
        'x'
      ],
      {action: 'add', args: ['inferenza', 'inference'], note: 'n', forms: ['a', 'b', 'c=d'], forbid: ['x']}
    ],
    [['glossary', 'add', 'OpenAI', '--dnt'], {action: 'add', args: ['OpenAI'], dnt: true}],
    [
      ['glossary', 'remove', 'modello', '--glossary', 'g.tsv'],
      {action: 'remove', args: ['modello'], glossary: 'g.tsv'}
    ],
    [['glossary', 'check'], {action: 'check'}],
    [
      ['glossary', 'import', 't.tbx', '--dry-run', '--format', 'tbx'],
      {action: 'import', args: ['t.tbx'], dryRun: true, format: 'tbx'}
    ],
    [
      ['glossary', 'import', 'in.csv', '--overwrite', '--format', 'csv'],
      {action: 'import', args: ['in.csv'], overwrite: true, format: 'csv'}
    ],
    [['glossary', 'export', '--out', 'x.csv'], {action: 'export', out: 'x.csv'}],
    [['glossary', 'stats', 'a/', 'b.md', '--out', 'o/'], {action: 'stats', args: ['a/', 'b.md'], out: 'o/'}]
  ])('%j', (argv, options) => {
    expect(parseCliArgs(argv)).toEqual({command: 'glossary', options: {...glossaryDefaults, ...options}})
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
    [['usage', 'extra'], 'usage.unexpected-argument'],
    [['translate', '--dnt'], 'usage.option-not-for'],
    [['glossary'], 'usage.missing-action'],
    [['glossary', 'lista'], 'usage.bad-value'],
    [['glossary', 'add', 'inferenza'], 'usage.missing-argument'],
    [['glossary', 'remove', 'a', 'b'], 'usage.unexpected-argument'],
    [['glossary', 'list', '--dnt'], 'usage.option-not-for'],
    [['glossary', 'export', '--overwrite'], 'usage.option-not-for'],
    [['glossary', 'export', '--format', 'xlsx'], 'usage.bad-value'],
    [['glossary', 'check', '--glossary', ''], 'usage.missing-value'],
    [['memory'], 'usage.missing-memory-action'],
    [['memory', 'list'], 'usage.bad-value'],
    [['memory', 'export'], 'usage.missing-argument'],
    [['memory', 'import', 'a.tmx', 'b.tmx'], 'usage.unexpected-argument'],
    [['memory', 'stats', '--dry-run'], 'usage.option-not-for'],
    [['memory', 'clear', '--json'], 'usage.option-not-for'],
    [['memory', 'stats', '--memory', ''], 'usage.missing-value'],
    [['memory', 'prune', '--no-memory'], 'usage.option-not-for']
  ])('%j fails with %s and exit code 2', (argv, code) => {
    expect(() => parseCliArgs(argv)).toThrow(expect.objectContaining({code, exitCode: 2}))
  })

  it.each([
    [['memory', 'stats'], {action: 'stats'}],
    [
      ['memory', 'stats', '--json', '--memory', 'm.sqlite'],
      {action: 'stats', json: true, memory: 'm.sqlite'}
    ],
    [['memory', 'export', 'm.tmx'], {action: 'export', args: ['m.tmx']}],
    [['memory', 'import', 'm.tmx'], {action: 'import', args: ['m.tmx']}],
    [['memory', 'prune', 'a/', 'b.md', '--dry-run'], {action: 'prune', args: ['a/', 'b.md'], dryRun: true}],
    [['memory', 'clear', '--dry-run', '--lang', 'it'], {action: 'clear', dryRun: true, lang: 'it'}]
  ])('parses %j', (argv, expected) => {
    const memoryDefaults = {
      args: [],
      memory: undefined,
      glossary: undefined,
      json: false,
      dryRun: false,
      lang: undefined
    }
    expect(parseCliArgs(argv)).toEqual({command: 'memory', options: {...memoryDefaults, ...expected}})
  })

  it('finds --lang before parsing, in both spellings', () => {
    expect(peekLanguage(['translate', '--lang', 'it'])).toBe('it')
    expect(peekLanguage(['--lang=en', 'translate'])).toBe('en')
    expect(peekLanguage(['translate', '--', '--lang=it'])).toBe(undefined)
  })
})
