import {cp, mkdir, readFile, stat, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseGlossary} from '../src/core/index.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

const fixtures = join(import.meta.dirname, 'fixtures', 'glossary-cli')
const glossaryFile = 'glossary/glossary.tsv'

/** A temporary working folder holding `files` (path → text or bytes). */
async function project(files: Record<string, string | Buffer> = {}): Promise<string> {
  const cwd = await temporaryFolder()
  for (const [path, value] of Object.entries(files)) {
    await mkdir(dirname(join(cwd, path)), {recursive: true})
    await writeFile(join(cwd, path), value)
  }
  return cwd
}

function glossa(cwd: string, ...argv: string[]) {
  return runCli(['glossary', ...argv], {cwd})
}

function fixture(name: string): Promise<string> {
  return readFile(join(fixtures, name), 'utf8')
}

/** The file's bytes and modification time, to prove a command left it alone. */
async function snapshot(cwd: string, path = glossaryFile) {
  const absolute = join(cwd, path)
  return {bytes: await readFile(absolute), mtime: (await stat(absolute)).mtimeMs}
}

/** Entries without their line, for comparing glossaries laid out differently. */
function entriesOf(text: string) {
  const parsed = parseGlossary(text)
  expect(parsed.problems).toEqual([])
  return parsed.entries.map(({line: _line, ...entry}) => entry)
}

const fullHeader = 'it\ten\tnote\tforms\tforbid\tdnt'

describe('glossa glossary check', () => {
  const broken = [
    '# glossa glossary, with one problem of each kind',
    fullHeader,
    '',
    'modello\tmodel\ta trained AI model\t\ttemplate',
    'Modello\tmodel',
    'modello\ttemplate',
    'inferenza\tinference\trunning a model\t\t\t\tsurplus',
    '"rete neurale\tneural network',
    'latenza\t',
    'agente\tag\u0001ent',
    'modelli\tmodels',
    'apprendimento\tlearning\t\tmodelli',
    'rete neurale\tneural network',
    ''
  ].join('\n')

  const problems = [
    [5, 'glossary-duplicate', 'Unexpected second entry for `Modello` (first on line 4); keep one of them'],
    [
      6,
      'glossary-conflict',
      'Unexpected second entry for `modello` (line 4 says `model`); keep the English you want and remove the other line'
    ],
    [7, 'glossary-columns', 'Unexpected 7 columns, expected at most 6; remove the extra cells'],
    [8, 'glossary-quote', 'Unexpected unclosed quote at column 1; close it with `"` or remove it'],
    [
      9,
      'glossary-empty',
      'Unexpected empty term, expected an Italian and an English term; fill both or remove the line'
    ],
    [10, 'glossary-control', 'Unexpected control character in `ag\\u0001ent`; DeepL refuses them, remove it'],
    [
      11,
      'glossary-form-collision',
      'Unexpected form `modelli`: it is also a form of `modello` (line 4); list it once, or remove one of the terms'
    ],
    [
      12,
      'glossary-form-collision',
      'Unexpected form `modelli`: it is also a form of `modello` (line 4); list it once, or remove one of the terms'
    ]
  ] as const

  it('reports each problem with file:line, exits 1 and leaves the file alone', async () => {
    const cwd = await project({[glossaryFile]: broken})
    const before = await snapshot(cwd)
    const run = await glossa(cwd, 'check')

    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    // The reporter's layout, as for an article: the file, then a row per
    // problem (place, severity, text, rule id, source; columns aligned).
    const rows = run.stderr.split('\n')
    expect(rows[0]).toBe('glossary/glossary.tsv')
    expect(rows.slice(1, 9).map((row) => row.replace(/ +/g, ' '))).toEqual(
      problems.map(([line, ruleId, text]) => `${line}:1 error ${text} ${ruleId} glossa`)
    )
    expect(rows.slice(9)).toEqual([
      '',
      '✖ 8 errors',
      'glossary/glossary.tsv: 8 problems; translate will not start until they are fixed',
      ''
    ])
    expect(await snapshot(cwd)).toEqual(before)
  })

  it('gives the problems as JSON with --json', async () => {
    const cwd = await project({[glossaryFile]: broken})
    const before = await snapshot(cwd)
    const run = await glossa(cwd, 'check', '--json')

    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toEqual({
      path: 'glossary/glossary.tsv',
      entries: 4,
      // JSON carries the control character itself, escaped the JSON way.
      problems: problems.map(([line, ruleId, message]) => ({
        line,
        // The key problems had before rule ids, kept for scripts that read it.
        code: ruleId.replace('-', '.'),
        ruleId,
        message: message.replace('\\u0001', '\u0001')
      }))
    })
    expect(run.stderr).toBe(
      'glossary/glossary.tsv: 8 problems; translate will not start until they are fixed\n'
    )
    expect(await snapshot(cwd)).toEqual(before)
  })

  it('passes a good file with the ok line, in text and JSON', async () => {
    const cwd = await project({[glossaryFile]: await fixture('rich.tsv')})
    const text = await glossa(cwd, 'check')
    expect(text).toEqual({code: 0, stdout: '', stderr: 'glossary/glossary.tsv: no problems (6 terms)\n'})

    const json = await glossa(cwd, 'check', '--json')
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual({path: 'glossary/glossary.tsv', entries: 6, problems: []})
  })

  it('checks the file given with --glossary, named as given', async () => {
    const cwd = await project({'terms/it-en.tsv': 'it\ten\nmodello\tmodel\nmodello\tmodel\n'})
    const run = await glossa(cwd, 'check', '--glossary', 'terms/it-en.tsv')
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'terms/it-en.tsv\n' +
        '3:1 error Unexpected second entry for `modello` (first on line 2); keep one of them glossary-duplicate glossa\n' +
        '\n' +
        '✖ 1 error\n' +
        'terms/it-en.tsv: 1 problem; translate will not start until it is fixed\n'
    })
  })
})

describe('glossa glossary list', () => {
  const glossary = [
    fullHeader,
    '# AI',
    'modello\tmodel\ta trained AI model\t\ttemplate',
    'prestazione\tperformance\tspeed of a système\tprestazioni=performance | prestazioni di picco=peak performance',
    'OpenAI\t\tthe company\t\t\tyes',
    'rete neurale\tneural network\t\treti neurali',
    'perché\tbecause',
    ''
  ].join('\n')

  it('prints the terms as a table', async () => {
    const cwd = await project({[glossaryFile]: glossary})
    const run = await glossa(cwd, 'list')
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      [
        'Italian       English         Details',
        'modello       model           not: template · a trained AI model',
        'prestazione   performance     forms: prestazioni → performance, prestazioni di picco → peak performance · speed of a système',
        'OpenAI        OpenAI          do not translate · the company',
        'rete neurale  neural network  forms: reti neurali',
        'perché        because',
        ''
      ].join('\n')
    )
    expect(run.stderr).toBe('5 of 5 terms shown\n')
  })

  it.each([
    ['SYSTEME', 'note, without its accent', ['prestazione']],
    ['PERCHE', 'Italian, without its accent', ['perché']],
    ['Network', 'English', ['rete neurale']],
    ['picco', 'forms', ['prestazione']],
    ['RETI', 'forms', ['rete neurale']],
    ['ai', 'note and Italian', ['modello', 'OpenAI']],
    ['nothing like it', 'nothing', []]
  ])('--filter %j matches on %s', async (filter, _where, terms) => {
    const cwd = await project({[glossaryFile]: glossary})
    const run = await glossa(cwd, 'list', '--filter', filter, '--json')
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect((JSON.parse(run.stdout) as Array<{italian: string}>).map((entry) => entry.italian)).toEqual(terms)
  })

  it('filters the table too, and counts what it shows', async () => {
    const cwd = await project({[glossaryFile]: glossary})
    const run = await glossa(cwd, 'list', '--filter', 'ai')
    expect(run).toEqual({
      code: 0,
      stdout: [
        'Italian  English  Details',
        'modello  model    not: template · a trained AI model',
        'OpenAI   OpenAI   do not translate · the company',
        ''
      ].join('\n'),
      stderr: '2 of 5 terms shown\n'
    })
  })

  it('gives the entries as JSON with --json', async () => {
    const cwd = await project({[glossaryFile]: glossary})
    const run = await glossa(cwd, 'list', '--filter', 'prestazioni', '--json')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual([
      {
        italian: 'prestazione',
        english: 'performance',
        note: 'speed of a système',
        forms: [
          {italian: 'prestazioni', english: 'performance'},
          {italian: 'prestazioni di picco', english: 'peak performance'}
        ],
        forbidden: [],
        dnt: false,
        line: 4
      }
    ])
  })
})

describe('glossa glossary add', () => {
  // Comments, blank lines and CRLF line endings, all of which must survive.
  const crlf = ['# glossa glossary', fullHeader, '', '# AI', 'modello\tmodel', '', ''].join('\r\n')

  it('appends one line and keeps every other byte, CRLF included', async () => {
    const cwd = await project({[glossaryFile]: crlf})
    const before = await readFile(join(cwd, glossaryFile))
    const run = await glossa(
      cwd,
      'add',
      'inferenza',
      'inference',
      '--note',
      'running "a" model & more',
      '--forms',
      'inferenze | inferenze di batch=batch inference',
      '--forms',
      'inferenza in tempo reale',
      '--forbid',
      'deduction'
    )

    expect(run).toEqual({
      code: 0,
      stdout: '',
      stderr: 'Added `inferenza` → `inference` to glossary/glossary.tsv:7\n'
    })
    const line =
      'inferenza\tinference\trunning "a" model & more\t' +
      'inferenze | inferenze di batch=batch inference | inferenza in tempo reale\tdeduction\r\n'
    expect(await readFile(join(cwd, glossaryFile))).toEqual(Buffer.concat([before, Buffer.from(line)]))
    expect(parseGlossary(await readFile(join(cwd, glossaryFile), 'utf8')).entries.at(-1)).toEqual({
      italian: 'inferenza',
      english: 'inference',
      note: 'running "a" model & more',
      forms: [
        {italian: 'inferenze'},
        {italian: 'inferenze di batch', english: 'batch inference'},
        {italian: 'inferenza in tempo reale'}
      ],
      forbidden: ['deduction'],
      dnt: false,
      line: 7
    })
  })

  it('takes one argument with --dnt: the term is its own English', async () => {
    const cwd = await project({[glossaryFile]: crlf})
    const before = await readFile(join(cwd, glossaryFile))
    const run = await glossa(cwd, 'add', 'OpenAI', '--dnt', '--note', 'the company')

    expect(run).toEqual({
      code: 0,
      stdout: '',
      stderr: 'Added `OpenAI` → `OpenAI` to glossary/glossary.tsv:7\n'
    })
    expect(await readFile(join(cwd, glossaryFile))).toEqual(
      Buffer.concat([before, Buffer.from('OpenAI\tOpenAI\tthe company\t\t\tyes\r\n')])
    )
  })

  it('adds the columns a header lacks, and keeps the other lines', async () => {
    const cwd = await project({[glossaryFile]: 'it\ten\n# AI\nmodello\tmodel\n'})
    const run = await glossa(cwd, 'add', 'inferenza', 'inference', '--note', 'running a model')
    expect(run.code).toBe(0)
    expect(await readFile(join(cwd, glossaryFile), 'utf8')).toBe(
      'it\ten\tnote\n# AI\nmodello\tmodel\ninferenza\tinference\trunning a model\n'
    )
  })

  it('creates glossary/glossary.tsv with a header when there is none', async () => {
    const cwd = await project()
    const run = await glossa(cwd, 'add', 'modello', 'model')
    expect(run).toEqual({
      code: 0,
      stdout: '',
      stderr: 'Added `modello` → `model` to glossary/glossary.tsv:2\n'
    })
    expect(await readFile(join(cwd, glossaryFile), 'utf8')).toBe(fullHeader + '\nmodello\tmodel\n')
  })

  it.each([
    [
      'a duplicate, in another case',
      ['MODELLO', 'model'],
      'Unexpected second entry for `MODELLO` (first on line 5); keep one of them',
      'glossary-duplicate'
    ],
    [
      'a second English for a term',
      ['Modello', 'template'],
      'Unexpected second entry for `Modello` (line 5 says `model`); keep the English you want and remove the other line',
      'glossary-conflict'
    ],
    [
      'a term that is the plural of another',
      ['modelli', 'models'],
      'Unexpected form `modelli`: it is also a form of `modello` (line 5); list it once, or remove one of the terms',
      'glossary-form-collision'
    ],
    [
      'a form that is the plural of another term',
      ['modellino', 'small model', '--forms', 'modellini|modelli'],
      'Unexpected form `modelli`: it is also a form of `modello` (line 5); list it once, or remove one of the terms',
      'glossary-form-collision'
    ],
    [
      'a forbidden rendering that is its own English',
      ['inferenza', 'inference', '--forbid', 'deduction|Inference'],
      'Unexpected `inference` among the forbidden renderings of `inferenza`: it is its own English; remove it from forbid',
      'glossary-forbid-own'
    ],
    [
      'a do-not-translate term with another English',
      ['OpenAI', 'Open AI', '--dnt'],
      'Unexpected English `Open AI` for do-not-translate `OpenAI`, expected the term itself or nothing',
      'glossary-dnt-english'
    ],
    [
      'a line break, which would split the entry',
      ['inferenza', 'inference', '--note', 'first line\nrete\tnetwork'],
      'Unexpected control character in `first line\\u000arete\\u0009network`; DeepL refuses them, remove it',
      'glossary-control'
    ]
  ])('refuses %s, with exit 1 and the file untouched', async (_case, args, message, ruleId) => {
    const cwd = await project({[glossaryFile]: crlf})
    const before = await snapshot(cwd)
    const run = await glossa(cwd, 'add', ...args)
    // The new line is not in the file: the problem has no place.
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `glossary/glossary.tsv\n error ${message} ${ruleId} glossa\n\n✖ 1 error\n` +
        'glossa: Nothing was written to glossary/glossary.tsv\n'
    })
    expect(await snapshot(cwd)).toEqual(before)
  })

  it('quotes a term the file would otherwise read back as a comment', async () => {
    const cwd = await project({[glossaryFile]: crlf})
    const run = await glossa(cwd, 'add', '#hashtag', 'hashtag')
    expect(run.code).toBe(0)
    const text = await readFile(join(cwd, glossaryFile), 'utf8')
    expect(text).toBe(crlf + '"#hashtag"\thashtag\r\n')
    expect(parseGlossary(text).entries.at(-1)).toMatchObject({italian: '#hashtag', english: 'hashtag'})
  })
})

describe('glossa glossary remove', () => {
  const glossary = [
    '# glossa glossary',
    'it\ten\tnote',
    'modello\tmodel',
    '',
    'inferenza\tinference\t# not a comment',
    '# rete',
    'rete neurale\tneural network',
    ''
  ].join('\r\n')

  it('removes exactly the line of the term, whatever its case, and keeps the rest', async () => {
    const cwd = await project({[glossaryFile]: glossary})
    const run = await glossa(cwd, 'remove', 'INFERENZA')
    expect(run).toEqual({
      code: 0,
      stdout: '',
      stderr: 'Removed `inferenza` from glossary/glossary.tsv (it was on line 5)\n'
    })
    expect(await readFile(join(cwd, glossaryFile), 'utf8')).toBe(
      [
        '# glossa glossary',
        'it\ten\tnote',
        'modello\tmodel',
        '',
        '# rete',
        'rete neurale\tneural network',
        ''
      ].join('\r\n')
    )
  })

  it('removes every spelling of the term, so no duplicate takes its place; mixed line endings stay', async () => {
    const cwd = await project({
      [glossaryFile]: 'it\ten\r\ninferenza\tinference\n# keep\r\nmodello\tmodel\nInferenza\tinferencing\r\n'
    })
    const run = await glossa(cwd, 'remove', 'inferenza')
    expect(run.stderr).toBe(
      'Removed `inferenza` from glossary/glossary.tsv (it was on line 2)\n' +
        'Removed `Inferenza` from glossary/glossary.tsv (it was on line 5)\n'
    )
    expect(await readFile(join(cwd, glossaryFile), 'utf8')).toBe('it\ten\r\n# keep\r\nmodello\tmodel\n')
  })

  it('exits 1 on an unknown term and leaves the file alone', async () => {
    const cwd = await project({[glossaryFile]: glossary})
    const before = await snapshot(cwd)
    const run = await glossa(cwd, 'remove', 'modelli')
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'glossa: Cannot find `modelli` in glossary/glossary.tsv; `glossa glossary list --filter` shows what is there\n'
    })
    expect(await snapshot(cwd)).toEqual(before)
  })
})

describe('glossa glossary export', () => {
  it.each([
    [[], 'export.tsv'],
    [['--format', 'tsv'], 'export.tsv'],
    [['--format', 'deepl-tsv'], 'export.deepl.tsv'],
    [['--format', 'csv'], 'export.csv'],
    [['--format', 'deepl-csv'], 'export.deepl.csv'],
    [['--format', 'tbx'], 'export.tbx']
  ])('%j writes %s to stdout', async (argv, golden) => {
    const cwd = await project({[glossaryFile]: await fixture('rich.tsv')})
    const run = await glossa(cwd, 'export', ...argv)
    expect(run).toEqual({code: 0, stdout: await fixture(golden), stderr: ''})
  })

  it.each([
    ['terms.tbx', [], 'export.tbx', 'tbx'],
    ['terms.xml', [], 'export.tbx', 'tbx'],
    ['terms.csv', [], 'export.csv', 'csv'],
    ['terms.tsv', [], 'export.tsv', 'tsv'],
    ['deepl/terms.txt', ['--format', 'deepl-tsv'], 'export.deepl.tsv', 'deepl-tsv'],
    ['deepl/terms.csv', ['--format', 'deepl-csv'], 'export.deepl.csv', 'deepl-csv']
  ])('--out %s %j: the format comes from the extension unless given', async (out, argv, golden, format) => {
    const cwd = await project({[glossaryFile]: await fixture('rich.tsv')})
    const run = await glossa(cwd, 'export', '--out', out, ...argv)
    expect(run).toEqual({code: 0, stdout: '', stderr: `Exported 6 terms to ${out} (${format})\n`})
    expect(await readFile(join(cwd, out), 'utf8')).toBe(await fixture(golden))
  })

  it('refuses to export a glossary with problems: a configuration error, exit 2', async () => {
    const cwd = await project({[glossaryFile]: 'it\ten\nmodello\tmodel\nmodello\tmodel\n'})
    const run = await glossa(cwd, 'export', '--out', 'terms.tbx')
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'glossary/glossary.tsv\n' +
        '3:1 error Unexpected second entry for `modello` (first on line 2); keep one of them glossary-duplicate glossa\n\n✖ 1 error\n' +
        'glossa: Fix the glossary glossary/glossary.tsv first (the lines above); `glossa glossary check` lists its problems\n'
    })
    await expect(stat(join(cwd, 'terms.tbx'))).rejects.toThrow(/ENOENT/)
  })

  it.each([
    ['TBX', 'a header only', 'terms.tbx', 'tbx', fullHeader + '\n'],
    ['TSV', 'an empty file', 'terms.tsv', 'tsv', ''],
    ['TBX', 'no file yet', 'terms.tbx', 'tbx', undefined],
    ['TSV', 'no file yet', 'terms.tsv', 'tsv', undefined],
    ['CSV', 'an empty file', 'terms.csv', 'csv', ''],
    ['CSV', 'a header only', 'terms.csv', 'csv', fullHeader + '\n']
  ])(
    'round trip through %s into %s: the imported glossary has the same entries',
    async (_name, _target, file, format, empty) => {
      const original = await fixture('rich.tsv')
      const source = await project({[glossaryFile]: original})
      expect((await glossa(source, 'export', '--out', file)).code).toBe(0)

      const cwd = await project(empty === undefined ? {} : {[glossaryFile]: empty})
      await cp(join(source, file), join(cwd, file))
      const run = await glossa(cwd, 'import', file)
      expect(run).toEqual({
        code: 0,
        stdout: [
          '+ modello: model',
          '+ prestazione: performance',
          '+ OpenAI: OpenAI',
          '+ rete neurale: neural network',
          '+ apprendimento automatico: machine learning',
          '+ messa a punto: fine-tuning',
          ''
        ].join('\n'),
        stderr: `Imported ${file} (${format}) — added: 6, changed: 0, unchanged: 0, skipped: 0, conflicts: 0\n`
      })
      const imported = await readFile(join(cwd, glossaryFile), 'utf8')
      expect(entriesOf(imported)).toEqual(entriesOf(original))
      // Round trip again: importing the same file changes nothing.
      const again = await glossa(cwd, 'import', file)
      expect(again).toEqual({
        code: 0,
        stdout: '',
        stderr: `Imported ${file} (${format}) — added: 0, changed: 0, unchanged: 6, skipped: 0, conflicts: 0\n`
      })
      expect(await readFile(join(cwd, glossaryFile), 'utf8')).toBe(imported)
    }
  )
})

describe('glossa glossary import', () => {
  it('changes only the columns the imported file has', async () => {
    const cwd = await project({
      [glossaryFile]:
        'it\ten\tnote\tforbid\tdnt\nmodello\tmodel\ta trained model\ttemplate\nOpenAI\tOpenAI\t\t\tyes\n',
      'terms.tsv': 'it\ten\nmodello\tmodels\nOpenAI\tOpenAI\n'
    })
    const run = await glossa(cwd, 'import', 'terms.tsv', '--overwrite')
    expect(run.stdout).toBe('~ modello: model → models\n')
    expect(run.stderr).toBe(
      'Imported terms.tsv (tsv) — added: 0, changed: 1, unchanged: 1, skipped: 0, conflicts: 0\n'
    )
    expect(await readFile(join(cwd, glossaryFile), 'utf8')).toBe(
      'it\ten\tnote\tforbid\tdnt\nmodello\tmodels\ta trained model\ttemplate\nOpenAI\tOpenAI\t\t\tyes\n'
    )
  })

  const glossary = [
    fullHeader,
    '# AI terms',
    'modello\tmodel\ta trained AI model\t\ttemplate',
    'rete neurale\tneural network',
    'latenza\tlatency',
    ''
  ].join('\n')

  // One new term, one changed English, one identical, one bad row.
  const deepL = ['inferenza,inference', 'rete neurale,neural net', 'modello,model', ',missing', ''].join('\n')

  it('with --overwrite, counts and lists added and changed rows, counts unchanged and skipped ones, and keeps every other entry', async () => {
    const cwd = await project({[glossaryFile]: glossary, 'terms.csv': deepL})
    const run = await glossa(cwd, 'import', 'terms.csv', '--overwrite')
    expect(run).toEqual({
      code: 1,
      stdout: '~ rete neurale: neural network → neural net\n+ inferenza: inference\n',
      stderr:
        'terms.csv\n' +
        '4:1 error Unexpected empty term, expected an Italian and an English term; fill both or remove the line glossary-empty glossa\n\n✖ 1 error\n' +
        'Imported terms.csv (deepl-csv) — added: 1, changed: 1, unchanged: 1, skipped: 1, conflicts: 0\n'
    })
    expect(await readFile(join(cwd, glossaryFile), 'utf8')).toBe(
      [
        fullHeader,
        '# AI terms',
        'modello\tmodel\ta trained AI model\t\ttemplate',
        'rete neurale\tneural net',
        'latenza\tlatency',
        'inferenza\tinference',
        ''
      ].join('\n')
    )
  })

  it('writes nothing with --dry-run, and says what it would do', async () => {
    const cwd = await project({[glossaryFile]: glossary, 'terms.csv': deepL})
    const before = await snapshot(cwd)
    const run = await glossa(cwd, 'import', 'terms.csv', '--dry-run', '--overwrite')
    expect(run).toEqual({
      code: 1,
      stdout: '~ rete neurale: neural network → neural net\n+ inferenza: inference\n',
      stderr:
        'terms.csv\n' +
        '4:1 error Unexpected empty term, expected an Italian and an English term; fill both or remove the line glossary-empty glossa\n\n✖ 1 error\n' +
        'Dry run, nothing written: importing terms.csv (deepl-csv) would give — added: 1, changed: 1, unchanged: 1, skipped: 1, conflicts: 0\n'
    })
    expect(await snapshot(cwd)).toEqual(before)
  })

  it('only updates the English from DeepL files, and keeps note and forbidden renderings', async () => {
    const cwd = await project({[glossaryFile]: glossary, 'terms.tsv': 'modello\tAI model\n'})
    const run = await glossa(cwd, 'import', 'terms.tsv', '--overwrite')
    expect(run.stdout).toBe('~ modello: model → AI model\n')
    expect(run.stderr).toBe(
      'Imported terms.tsv (deepl-tsv) — added: 0, changed: 1, unchanged: 0, skipped: 0, conflicts: 0\n'
    )
    expect(run.code).toBe(0)
    expect(await readFile(join(cwd, glossaryFile), 'utf8')).toBe(
      glossary.replace('modello\tmodel\t', 'modello\tAI model\t')
    )
  })

  it('skips a row that collides with the forms of a term, and imports the rest', async () => {
    const cwd = await project({
      [glossaryFile]: glossary,
      'terms.csv': 'modelli,models\nlatenze di rete,network latencies\ninferenza,inference\n'
    })
    const run = await glossa(cwd, 'import', 'terms.csv')
    expect(run).toEqual({
      code: 1,
      stdout: '+ latenze di rete: network latencies\n+ inferenza: inference\n',
      stderr:
        'terms.csv\n' +
        '1:1 error Skipped `modelli`: Unexpected form `modelli`: it is also a form of `modello` (line 3); list it once, or remove one of the terms glossary-import-skipped glossa\n\n✖ 1 error\n' +
        'Imported terms.csv (deepl-csv) — added: 2, changed: 0, unchanged: 0, skipped: 1, conflicts: 0\n'
    })
    expect(await readFile(join(cwd, glossaryFile), 'utf8')).toBe(
      glossary + 'latenze di rete\tnetwork latencies\ninferenza\tinference\n'
    )
    expect((await glossa(cwd, 'check')).code).toBe(0)
  })

  it('skips an updated term whose new forms collide with a later term, and imports the rest', async () => {
    const cwd = await project({
      [glossaryFile]: 'it\ten\tnote\tforms\nrete\tnetwork\nrete neurale\tneural network\n',
      // `rete` now lists `rete neurale`, which is a term of its own further down.
      'terms.tsv': 'it\ten\tnote\tforms\nrete\tnetwork\t\trete neurale\ninferenza\tinference\n'
    })
    const run = await glossa(cwd, 'import', 'terms.tsv')
    expect(run).toEqual({
      code: 1,
      stdout: '+ inferenza: inference\n',
      stderr:
        'terms.tsv\n' +
        '2:1 error Skipped `rete`: Unexpected form `rete neurale`: it is also a form of `rete` (line 2); list it once, or remove one of the terms glossary-import-skipped glossa\n\n✖ 1 error\n' +
        'Imported terms.tsv (tsv) — added: 1, changed: 0, unchanged: 0, skipped: 1, conflicts: 0\n'
    })
    expect(await readFile(join(cwd, glossaryFile), 'utf8')).toBe(
      'it\ten\tnote\tforms\nrete\tnetwork\nrete neurale\tneural network\ninferenza\tinference\n'
    )
  })

  it('imports a term starting with # quoted, so it does not read back as a comment', async () => {
    const cwd = await project({
      [glossaryFile]: glossary,
      'terms.csv': '#hashtag,hashtag\ninferenza,inference\n'
    })
    const run = await glossa(cwd, 'import', 'terms.csv')
    expect(run).toEqual({
      code: 0,
      stdout: '+ #hashtag: hashtag\n+ inferenza: inference\n',
      stderr:
        'Imported terms.csv (deepl-csv) — added: 2, changed: 0, unchanged: 0, skipped: 0, conflicts: 0\n'
    })
    expect(await readFile(join(cwd, glossaryFile), 'utf8')).toBe(
      glossary + '"#hashtag"\thashtag\ninferenza\tinference\n'
    )
  })

  it('reports a term a TBX file has twice, on the line of its second entry', async () => {
    const tbx = await fixture('export.tbx')
    const twice = tbx.replace(
      '    </body>',
      '      <termEntry id="again">\n' + entryXml('Modello', 'pattern') + '    </body>'
    )
    const cwd = await project({[glossaryFile]: '', 'terms.tbx': twice})
    const line = twice.slice(0, twice.indexOf('<termEntry id="again">')).split('\n').length
    const run = await glossa(cwd, 'import', 'terms.tbx')
    expect(run).toMatchObject({
      code: 1,
      stderr:
        'terms.tbx\n' +
        `${line}:1 error Unexpected second entry for \`Modello\` (line 12 says \`model\`); keep the English you want and remove the other line glossary-conflict glossa\n\n✖ 1 error\n` +
        'Imported terms.tbx (tbx) — added: 6, changed: 0, unchanged: 0, skipped: 1, conflicts: 0\n'
    })
  })

  it('exits 1 on a malformed TBX file and leaves the glossary byte-identical', async () => {
    const cwd = await project({
      [glossaryFile]: glossary,
      'bad.tbx': '<?xml version="1.0"?>\n<martif type="TBX">\n  <text>\n    <body>\n  </text>\n</martif>\n'
    })
    const before = await snapshot(cwd)
    const run = await glossa(cwd, 'import', 'bad.tbx')
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'bad.tbx\n' +
        "5:1 error Cannot read the TBX file: Expected closing tag 'body' (opened in line 4, col 5) instead of closing tag 'text'.; check that it is well-formed XML glossary-tbx-invalid glossa\n\n✖ 1 error\n" +
        'glossa: Nothing was written to glossary/glossary.tsv\n'
    })
    expect(await snapshot(cwd)).toEqual(before)
  })

  it('refuses to merge into a glossary with problems: a configuration error, exit 2', async () => {
    const broken = 'it\ten\nmodello\tmodel\nmodello\ttemplate\n'
    const cwd = await project({[glossaryFile]: broken, 'terms.csv': 'inferenza,inference\n'})
    const before = await snapshot(cwd)
    const run = await glossa(cwd, 'import', 'terms.csv')
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'glossary/glossary.tsv\n' +
        '3:1 error Unexpected second entry for `modello` (line 2 says `model`); keep the English you want and remove the other line glossary-conflict glossa\n\n✖ 1 error\n' +
        'glossa: Fix the glossary glossary/glossary.tsv first (the lines above); `glossa glossary check` lists its problems\n'
    )
    expect(await snapshot(cwd)).toEqual(before)
  })

  it('says "file not found" with the path, exit 2, when the file to import is not there', async () => {
    const cwd = await project({[glossaryFile]: glossary})
    const before = await snapshot(cwd)
    const run = await glossa(cwd, 'import', 'nothere.tbx')
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'glossa: Cannot import nothere.tbx: file not found; check the path\n'
    })
    expect(await snapshot(cwd)).toEqual(before)
  })

  it('exits 1 when the file to import cannot be read', async () => {
    const cwd = await project({[glossaryFile]: glossary, 'folder.csv/a': ''})
    const run = await glossa(cwd, 'import', 'folder.csv')
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'glossa: Cannot read folder.csv (EISDIR); check the path\n'
    })
  })
})

/** A minimal TBX term entry, to append to an exported file. */
function entryXml(italian: string, english: string): string {
  return [
    '        <langSet xml:lang="it"><tig><term>' + italian + '</term></tig></langSet>',
    '        <langSet xml:lang="en"><tig><term>' + english + '</term></tig></langSet>',
    '      </termEntry>',
    ''
  ].join('\n')
}

describe('glossa glossary stats', () => {
  const header = 'Italian       English         occurrences  articles  checked  missed  forbidden'

  async function translated(engine: string): Promise<string> {
    const cwd = await project({
      [glossaryFile]: await fixture('stats.tsv'),
      'articles/a.md': await fixture('articles/a.md'),
      'articles/b.md': await fixture('articles/b.md')
    })
    const run = await runCli(['translate', 'articles', '--engine', engine, '--quiet'], {cwd})
    expect(run.code).toBe(0)
    return cwd
  }

  it('counts occurrences, articles, checked and missed units (identity leaves every term missed)', async () => {
    const cwd = await translated('identity')
    // An article without a side-by-side file counts, but nothing in it is checked.
    await writeFile(join(cwd, 'articles/c.md'), 'Un modello.\n')
    const run = await glossa(cwd, 'stats')
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      [
        header,
        'modello       model           6            3         4        4       0',
        'inferenza     inference       2            1         2        2       0',
        'rete neurale  neural network  2            1         2        2       0',
        'OpenAI        OpenAI          1            1         1        0       0',
        ''
      ].join('\n')
    )
    // Each miss, on the term in the Italian, as `translate` reports it.
    const missing = (term: string, english: string) =>
      `warning \`${term}\` should be translated as \`${english}\` (glossary); fix it in the side-by-side file glossary-term-missing glossa`
    expect(run.stderr.replace(/ +/g, ' ').split('\n')).toEqual([
      'articles/a.md',
      '1:6-1:13 ' + missing('modello', 'model'),
      '3:4-3:11 ' + missing('modello', 'model'),
      '3:36-3:48 ' + missing('rete neurale', 'neural network'),
      '5:20-5:27 ' + missing('modello', 'model'),
      '5:32-5:44 ' + missing('reti neurali', 'neural networks'),
      '',
      'articles/b.md',
      '1:3-1:12 ' + missing('Inferenza', 'inference'),
      '3:3-3:12 ' + missing('inferenza', 'inference'),
      '3:19-3:26 ' + missing('modello', 'model'),
      '',
      '⚠ 8 warnings',
      '3 articles, 2 with a side-by-side file',
      ''
    ])

    const json = await glossa(cwd, 'stats', 'articles/a.md', '--json')
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual({
      articles: 1,
      reviewed: 1,
      terms: [
        {
          italian: 'modello',
          english: 'model',
          occurrences: 4,
          articles: 1,
          checked: 3,
          missed: 3,
          forbidden: 0,
          misses: [
            {path: 'articles/a.md', line: 1, column: 6, ruleId: 'glossary-term-missing'},
            {path: 'articles/a.md', line: 3, column: 4, ruleId: 'glossary-term-missing'},
            {path: 'articles/a.md', line: 5, column: 20, ruleId: 'glossary-term-missing'}
          ]
        },
        {
          italian: 'rete neurale',
          english: 'neural network',
          occurrences: 2,
          articles: 1,
          checked: 2,
          missed: 2,
          forbidden: 0,
          misses: [
            {path: 'articles/a.md', line: 3, column: 36, ruleId: 'glossary-term-missing'},
            {path: 'articles/a.md', line: 5, column: 32, ruleId: 'glossary-term-missing'}
          ]
        },
        {
          italian: 'OpenAI',
          english: 'OpenAI',
          occurrences: 1,
          articles: 1,
          checked: 1,
          missed: 0,
          forbidden: 0,
          misses: []
        },
        {
          italian: 'inferenza',
          english: 'inference',
          occurrences: 0,
          articles: 0,
          checked: 0,
          missed: 0,
          forbidden: 0,
          misses: []
        }
      ]
    })
  })

  it('counts no misses after the mock engine, which honours the glossary, and counts forbidden renderings', async () => {
    const cwd = await translated('mock')
    const run = await glossa(cwd, 'stats')
    expect(run).toEqual({
      code: 0,
      stdout: [
        header,
        'modello       model           5            2         4        0       0',
        'inferenza     inference       2            1         2        0       0',
        'rete neurale  neural network  2            1         2        0       0',
        'OpenAI        OpenAI          1            1         1        0       0',
        ''
      ].join('\n'),
      stderr: '2 articles, 2 with a side-by-side file\n'
    })

    // A reviewer puts a forbidden rendering into the English of the heading.
    const sideBySide = join(cwd, 'output/a.side-by-side.md')
    const text = await readFile(sideBySide, 'utf8')
    expect(text).toContain('| Il modello | The model |')
    await writeFile(sideBySide, text.replace('| Il modello | The model |', '| Il modello | The template |'))
    const reviewed = await glossa(cwd, 'stats', '--json')
    expect((JSON.parse(reviewed.stdout) as {terms: unknown[]}).terms[0]).toEqual({
      italian: 'modello',
      english: 'model',
      occurrences: 5,
      articles: 2,
      checked: 4,
      missed: 1,
      forbidden: 1,
      // Both on the heading of articles/a.md, where the reviewer put `template`.
      misses: [
        {path: 'articles/a.md', line: 1, column: 6, ruleId: 'glossary-term-missing'},
        {path: 'articles/a.md', line: 1, column: 6, ruleId: 'glossary-term-forbidden'}
      ]
    })

    // The reviewed English is read as words: markup inside a term is no miss, a changed name is one.
    const edited = (await readFile(sideBySide, 'utf8'))
      .replace('| The template |', '| The **mod**el |')
      .replace(/OpenAI (\S+) the model/, 'Open AI $1 the model')
    await writeFile(sideBySide, edited)
    const again = JSON.parse((await glossa(cwd, 'stats', '--json')).stdout) as {
      terms: Array<{italian: string; missed: number; forbidden: number}>
    }
    expect(again.terms.map(({italian, missed, forbidden}) => [italian, missed, forbidden])).toEqual([
      ['modello', 0, 0],
      ['inferenza', 0, 0],
      ['rete neurale', 0, 0],
      ['OpenAI', 1, 0]
    ])
  })

  it('reads the side-by-side files from --out', async () => {
    const cwd = await translated('identity')
    await cp(join(cwd, 'output'), join(cwd, 'review'), {recursive: true})
    await writeFile(join(cwd, 'review/b.side-by-side.md'), 'not a side-by-side file\n')
    const run = await glossa(cwd, 'stats', '--out', 'review', '--json')
    expect(JSON.parse(run.stdout)).toMatchObject({articles: 2, reviewed: 1})
  })
})

describe('usage errors exit with 2 and say what to do', () => {
  it.each([
    [
      ['glossary'],
      'Missing glossary action, expected one of list, add, remove, check, import, export, stats; run `glossa --help`'
    ],
    [
      ['glossary', 'show'],
      'Unexpected `show` for `glossary`, expected list, add, remove, check, import, export, stats'
    ],
    [['glossary', 'add', 'modello'], 'Missing argument for `glossa glossary add`; run `glossa --help`'],
    [['glossary', 'add', 'a', 'b', 'c'], 'Unexpected argument `c`; run `glossa --help`'],
    [['glossary', 'remove'], 'Missing argument for `glossa glossary remove`; run `glossa --help`'],
    [['glossary', 'import'], 'Missing argument for `glossa glossary import`; run `glossa --help`'],
    [['glossary', 'list', 'modello'], 'Unexpected argument `modello`; run `glossa --help`'],
    [
      ['glossary', 'list', '--dnt'],
      'Option `--dnt` does not apply to `glossa glossary list`; run `glossa --help`'
    ],
    [
      ['glossary', 'remove', 'modello', '--note', 'x'],
      'Option `--note` does not apply to `glossa glossary remove`; run `glossa --help`'
    ],
    [
      ['glossary', 'export', '--format', 'xlsx'],
      'Unexpected `xlsx` for `--format`, expected tsv, csv, deepl-tsv, deepl-csv, tbx'
    ],
    [
      ['glossary', 'check', '--glossary', 'missing.tsv'],
      'Cannot find the glossary missing.tsv; check the path given to --glossary'
    ]
  ])('%j', async (argv, message) => {
    const cwd = await project()
    const run = await runCli(argv, {cwd})
    expect(run).toEqual({code: 2, stdout: '', stderr: 'glossa: ' + message + '\n'})
  })
})

describe('a glossary that is not UTF-8', () => {
  // What Notepad or Excel saves on an Italian Windows: `à` is the one byte 0xE0.
  const windows1252 = Buffer.from('it\ten\nscalabilit\xe0\tscalability\n', 'latin1')
  const encoding =
    '2:11 error Cannot decode glossary/glossary.tsv as UTF-8 (byte 0xE0); save it as UTF-8 and run again file-encoding glossa'

  it('fails `check` with the line and column of the first bad byte, exit 1', async () => {
    const cwd = await project({[glossaryFile]: windows1252})
    const run = await glossa(cwd, 'check')
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'glossary/glossary.tsv\n' +
        encoding +
        '\n\n✖ 1 error\n' +
        'glossary/glossary.tsv: 1 problem; translate will not start until it is fixed\n'
    })
  })

  it('names UTF-16 (a Windows “Unicode” file) rather than a byte', async () => {
    const cwd = await project({[glossaryFile]: Buffer.from('\uFEFFit\ten\n', 'utf16le')})
    const run = await glossa(cwd, 'check')
    expect(run.code).toBe(1)
    expect(run.stderr.replace(/ +/g, ' ')).toContain(
      ' error Cannot decode glossary/glossary.tsv as UTF-8 (byte UTF-16); save it as UTF-8 and run again file-encoding glossa'
    )
  })

  it('stops `translate` before anything is sent, exit 2', async () => {
    const cwd = await project({[glossaryFile]: windows1252, 'articles/a.md': 'La scalabilità.\n'})
    const run = await runCli(['translate', '--engine', 'mock'], {cwd})
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'glossary/glossary.tsv\n' +
        encoding +
        '\n\n✖ 1 error\n' +
        'glossa: Nothing was sent: fix the glossary glossary/glossary.tsv first (the lines above), or check it with `glossa glossary check`\n'
    })
    await expect(stat(join(cwd, 'output'))).rejects.toThrow(/ENOENT/)
  })

  it.each([
    [['add', 'latenza', 'latency']],
    [['remove', 'scalabilità']],
    [['import', 'terms.csv']],
    [['export', '--out', 'terms.tbx']],
    [['stats']]
  ])('is refused by `glossary %j`, exit 2, the file left as it was', async (argv) => {
    const cwd = await project({[glossaryFile]: windows1252, 'terms.csv': 'latenza,latency\n'})
    const before = await snapshot(cwd)
    const run = await glossa(cwd, ...argv)
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'glossary/glossary.tsv\n' +
        encoding +
        '\n\n✖ 1 error\n' +
        'glossa: Fix the glossary glossary/glossary.tsv first (the lines above); `glossa glossary check` lists its problems\n'
    })
    expect(await snapshot(cwd)).toEqual(before)
  })

  it('is refused as a file to import, at its first bad byte, exit 1, nothing written', async () => {
    const cwd = await project({
      [glossaryFile]: 'it\ten\nlatenza\tlatency\n',
      'terms.csv': Buffer.from('latenza,latency\nscalabilit\xe0,scalability\n', 'latin1')
    })
    const before = await snapshot(cwd)
    const run = await glossa(cwd, 'import', 'terms.csv')
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'terms.csv\n' +
        '2:11 error Cannot decode terms.csv as UTF-8 (byte 0xE0); save it as UTF-8 and run again file-encoding glossa\n\n✖ 1 error\n' +
        'glossa: Nothing was written to glossary/glossary.tsv\n'
    })
    expect(await snapshot(cwd)).toEqual(before)
  })

  // A guard rather than a fix: decoding the bytes must keep accepting the mark Windows tools write.
  it('accepts a UTF-8 byte-order mark and keeps it when the file is rewritten', async () => {
    const cwd = await project({[glossaryFile]: '\uFEFFit\ten\nscalabilità\tscalability\n'})
    expect((await glossa(cwd, 'check')).code).toBe(0)
    expect((await glossa(cwd, 'add', 'latenza', 'latency')).code).toBe(0)
    expect(await readFile(join(cwd, glossaryFile), 'utf8')).toBe(
      '\uFEFFit\ten\nscalabilità\tscalability\nlatenza\tlatency\n'
    )
  })
})

describe('glossa glossary export: the format follows the file name, or is refused', () => {
  it.each(['terms.xlsx', 'terms.txt', 'terms'])(
    'refuses --out %s without --format, exit 2, writing nothing',
    async (out) => {
      const cwd = await project({[glossaryFile]: await fixture('rich.tsv')})
      const run = await glossa(cwd, 'export', '--out', out)
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr: `glossa: Cannot tell the format from the name ${out}; name it .tsv, .csv or .tbx, or give \`--format\` (one of tsv, csv, deepl-tsv, deepl-csv, tbx)\n`
      })
      await expect(stat(join(cwd, out))).rejects.toThrow(/ENOENT/)
    }
  )

  it('reads a .csv without glossa’s header as DeepL’s, and one with it as glossa’s full CSV', async () => {
    const cwd = await project({
      [glossaryFile]: 'it\ten\n',
      'deepl.csv': 'it,en\nlatenza,latency\n',
      'full.csv': 'it,en,note,forms,forbid,dnt\nmodello,model,"an AI model, trained",modelli,template,\n'
    })
    expect((await glossa(cwd, 'import', 'deepl.csv')).stderr).toContain('(csv)')
    const full = await glossa(cwd, 'import', 'full.csv')
    expect(full.stderr).toContain('Imported full.csv (csv)')
    const plain = await project({[glossaryFile]: 'it\ten\n', 'deepl.csv': 'latenza,latency\n'})
    expect((await glossa(plain, 'import', 'deepl.csv')).stderr).toContain('Imported deepl.csv (deepl-csv)')
    expect(entriesOf(await readFile(join(cwd, glossaryFile), 'utf8'))).toEqual([
      {italian: 'latenza', english: 'latency', note: '', forms: [], forbidden: [], dnt: false},
      {
        italian: 'modello',
        english: 'model',
        note: 'an AI model, trained',
        forms: [{italian: 'modelli'}],
        forbidden: ['template'],
        dnt: false
      }
    ])
  })
})

describe('glossa glossary import: what it changes', () => {
  const house = 'it\ten\tnote\ninferenza\tinference\trunning a trained model\nmodello\tmodel\n'
  // The new user's file: three new terms and the house term with another English.
  const incoming = 'addestramento,training\ninferenza,inferencing\nlatenza,latency\ncalcolo,computing\n'

  it('without --overwrite, reports another English as a conflict on its line and leaves it; the rest is added and listed, exit 1', async () => {
    const cwd = await project({[glossaryFile]: house, 'in.csv': incoming})
    const run = await glossa(cwd, 'import', 'in.csv')
    expect(run).toEqual({
      code: 1,
      stdout: '+ addestramento: training\n+ latenza: latency\n+ calcolo: computing\n',
      stderr:
        'in.csv\n' +
        '2:1 error Unexpected English `inferencing` for `inferenza`, the glossary has `inference`; left as it is: pass `--overwrite` to replace it glossary-import-conflict glossa\n\n✖ 1 error\n' +
        'Imported in.csv (deepl-csv) — added: 3, changed: 0, unchanged: 0, skipped: 0, conflicts: 1\n'
    })
    expect(await readFile(join(cwd, glossaryFile), 'utf8')).toBe(
      house + 'addestramento\ttraining\nlatenza\tlatency\ncalcolo\tcomputing\n'
    )
  })

  it('with --overwrite --dry-run, lists the change it would make and writes nothing', async () => {
    const cwd = await project({[glossaryFile]: house, 'in.csv': incoming})
    const before = await snapshot(cwd)
    const run = await glossa(cwd, 'import', 'in.csv', '--overwrite', '--dry-run')
    expect(run).toEqual({
      code: 0,
      stdout:
        '~ inferenza: inference → inferencing\n+ addestramento: training\n+ latenza: latency\n+ calcolo: computing\n',
      stderr:
        'Dry run, nothing written: importing in.csv (deepl-csv) would give — added: 3, changed: 1, unchanged: 0, skipped: 0, conflicts: 0\n'
    })
    expect(await snapshot(cwd)).toEqual(before)
  })

  it('lists a change to another column by its name, an emptied cell as (empty)', async () => {
    const cwd = await project({
      [glossaryFile]: house,
      'terms.tsv': 'it\ten\tnote\ninferenza\tinference\nmodello\tmodel\tan AI model\n'
    })
    const run = await glossa(cwd, 'import', 'terms.tsv')
    expect(run).toEqual({
      code: 0,
      stdout:
        '~ inferenza (note): running a trained model → (empty)\n~ modello (note): (empty) → an AI model\n',
      stderr: 'Imported terms.tsv (tsv) — added: 0, changed: 2, unchanged: 0, skipped: 0, conflicts: 0\n'
    })
  })
})

describe('glossa glossary stats: where the misses are', () => {
  it('warns about a side-by-side row whose id matches no unit, naming the file and row', async () => {
    const cwd = await project({
      [glossaryFile]: await fixture('stats.tsv'),
      'articles/b.md': await fixture('articles/b.md')
    })
    expect((await runCli(['translate', 'articles', '--engine', 'identity', '--quiet'], {cwd})).code).toBe(0)
    const path = join(cwd, 'output/b.side-by-side.md')
    const text = await readFile(path, 'utf8')
    const row = /^\| (p-[0-9a-f]{8}) <!--[0-9a-f]{8}--> \|/m.exec(text)
    expect(row).not.toBeNull()
    const line = text.slice(0, row!.index).split('\n').length
    await writeFile(path, text.replace(row![0], '| p-edited |'))

    const run = await glossa(cwd, 'stats', '--json')
    expect(run.code).toBe(0)
    expect(run.stderr.replace(/ +/g, ' ')).toContain(
      'output/b.side-by-side.md\n' +
        `${line}:1 warning Unexpected row id \`p-edited\`: no unit of articles/b.md has it, so its English is not checked; put back the id glossa wrote side-by-side-row-unknown glossa\n`
    )
    // The paragraph's terms are no longer checked: the heading's is.
    const stats = JSON.parse(run.stdout) as {terms: Array<{italian: string; checked: number}>}
    expect(stats.terms.find((term) => term.italian === 'inferenza')?.checked).toBe(1)
  })

  it('exits 2 with the path when a path is not there', async () => {
    const cwd = await project({[glossaryFile]: await fixture('stats.tsv')})
    const run = await glossa(cwd, 'stats', 'nothere/')
    expect(run).toEqual({code: 2, stdout: '', stderr: 'glossa: Cannot find nothere/; check the path\n'})
  })
})

describe('glossary texts count in the singular and the plural, in both languages', () => {
  const italian = {LANG: 'it_IT.UTF-8'}

  it('says `1 term` and `1 termine`', async () => {
    const cwd = await project({[glossaryFile]: 'it\ten\nmodello\tmodel\n', 'articles/a.md': 'Un modello.\n'})
    const check = await glossa(cwd, 'check')
    expect(check.stderr).toBe('glossary/glossary.tsv: no problems (1 term)\n')
    const controllo = await runCli(['glossary', 'check'], {cwd, env: italian})
    expect(controllo.stderr).toBe('glossary/glossary.tsv: nessun problema (1 termine)\n')
    expect((await glossa(cwd, 'list')).stderr).toBe('1 of 1 term shown\n')
    expect((await runCli(['glossary', 'list'], {cwd, env: italian})).stderr).toBe('1 su 1 termine mostrato\n')
    expect((await runCli(['glossary', 'export', '--out', 't.tbx'], {cwd, env: italian})).stderr).toBe(
      'Esportato 1 termine in t.tbx (tbx)\n'
    )
    expect((await runCli(['glossary', 'stats'], {cwd, env: italian})).stderr).toBe(
      '1 articolo, 0 con file affiancato\n'
    )
  })

  it('says `2 terms` and `2 termini`', async () => {
    const cwd = await project({[glossaryFile]: 'it\ten\nmodello\tmodel\nrete\tnetwork\n'})
    expect((await glossa(cwd, 'check')).stderr).toBe('glossary/glossary.tsv: no problems (2 terms)\n')
    expect((await runCli(['glossary', 'check'], {cwd, env: italian})).stderr).toBe(
      'glossary/glossary.tsv: nessun problema (2 termini)\n'
    )
    expect((await runCli(['glossary', 'list', '--filter', 'rete'], {cwd, env: italian})).stderr).toBe(
      '1 su 2 termini mostrati\n'
    )
  })

  it('counts an import with labels, so Italian needs no agreement (`aggiunti: 1`)', async () => {
    const cwd = await project({[glossaryFile]: 'it\ten\n', 'in.csv': 'modello,model\n'})
    const run = await runCli(['glossary', 'import', 'in.csv'], {cwd, env: italian})
    expect(run.stderr).toBe(
      'Importato in.csv (deepl-csv) — aggiunti: 1, cambiati: 0, invariati: 0, saltati: 0, conflitti: 0\n'
    )
  })
})

describe('messages that name the real mistake', () => {
  it('reads a CSV with `;` between cells, as Excel writes it in an Italian locale', async () => {
    const cwd = await project({
      [glossaryFile]: 'it\ten\n',
      // A quoted cell may hold the other separator.
      'deepl.csv': 'inferenza;inference\n"rete; neurale";"neural network, deep"\n',
      'full.csv': 'it;en;note\nlatenza;latency;"delay; in ms"\n'
    })
    const deepL = await glossa(cwd, 'import', 'deepl.csv')
    expect(deepL).toEqual({
      code: 0,
      stdout: '+ inferenza: inference\n+ rete; neurale: neural network, deep\n',
      stderr:
        'Imported deepl.csv (deepl-csv) — added: 2, changed: 0, unchanged: 0, skipped: 0, conflicts: 0\n'
    })
    const full = await glossa(cwd, 'import', 'full.csv')
    expect(full.code).toBe(0)
    expect(full.stderr).toBe(
      'Imported full.csv (csv) — added: 1, changed: 0, unchanged: 0, skipped: 0, conflicts: 0\n'
    )
    expect(entriesOf(await readFile(join(cwd, glossaryFile), 'utf8'))).toMatchObject([
      {italian: 'inferenza', english: 'inference'},
      {italian: 'rete; neurale', english: 'neural network, deep'},
      {italian: 'latenza', english: 'latency', note: 'delay; in ms'}
    ])
  })

  it('says a line has no tab when spaces stand where the tab should be', async () => {
    const cwd = await project({[glossaryFile]: 'it\ten\nrete neurale   neural network\n'})
    const run = await glossa(cwd, 'check')
    expect(run.code).toBe(1)
    expect(run.stderr.split('\n')[1]?.replace(/ +/g, ' ')).toBe(
      '2:1 error Unexpected `rete neurale neural network`: no tab on this line; the glossary is tab-separated, put a tab between the Italian and the English glossary-no-tab glossa'
    )
  })

  const broken = 'it\ten\nmodello\tmodel\nrete neurale neural network\nmodello\ttemplate\n'
  const problems =
    'glossary/glossary.tsv\n' +
    '3:1 error Unexpected `rete neurale neural network`: no tab on this line; the glossary is tab-separated, put a tab between the Italian and the English glossary-no-tab   glossa\n' +
    '4:1 error Unexpected second entry for `modello` (line 2 says `model`); keep the English you want and remove the other line                            glossary-conflict glossa\n\n✖ 2 errors\n'

  it('`list` shows a broken glossary’s problems and still lists what it can read, exit 1', async () => {
    const cwd = await project({[glossaryFile]: broken})
    const run = await glossa(cwd, 'list')
    expect(run).toEqual({
      code: 1,
      stdout: 'Italian  English  Details\nmodello  model\n',
      stderr: problems + '1 of 1 term shown\n'
    })
  })

  it('`add` refuses a broken glossary, as `translate` does, exit 2', async () => {
    const cwd = await project({[glossaryFile]: broken})
    const before = await snapshot(cwd)
    const run = await glossa(cwd, 'add', 'latenza', 'latency')
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        problems +
        'glossa: Fix the glossary glossary/glossary.tsv first (the lines above); `glossa glossary check` lists its problems\n'
    })
    expect(await snapshot(cwd)).toEqual(before)
  })

  it('`remove` works on a broken glossary, since removing may be the fix, and says what is left', async () => {
    const cwd = await project({[glossaryFile]: broken})
    const run = await glossa(cwd, 'remove', 'modello')
    expect(run).toEqual({
      code: 0,
      stdout: '',
      stderr:
        'Removed `modello` from glossary/glossary.tsv (it was on line 2)\n' +
        'Removed `modello` from glossary/glossary.tsv (it was on line 4)\n' +
        'glossary/glossary.tsv still has 1 problem; `glossa glossary check` shows it\n'
    })
    expect(await readFile(join(cwd, glossaryFile), 'utf8')).toBe('it\ten\nrete neurale neural network\n')
  })
})
