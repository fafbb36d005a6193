import {execFile} from 'node:child_process'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import type {JsonSummary} from '../src/cli/json-summary.js'
import {parseSideBySide, type SideBySideRow} from '../src/core/index.js'
import {deeplKey as key} from './helpers/deepl-translate.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'
import {startDeepLServer} from './support/deepl-server.mjs'

const article = [
  '# Il modello',
  '',
  'Vedi [il modello](https://example.com/m) e il comando `glossa` qui.',
  '',
  'L’inferenza costa poco.',
  '',
  'Un terzo paragrafo.',
  ''
].join('\n')

/** A project translated once with the mock engine; its side-by-side file and English article. */
async function translated(text = article) {
  const cwd = await temporaryFolder()
  await mkdir(join(cwd, 'articles'))
  await mkdir(join(cwd, 'glossary'))
  await writeFile(join(cwd, 'articles', 'a.md'), text)
  await writeFile(join(cwd, 'glossary', 'glossary.tsv'), 'it\ten\ninferenza\tinference\n')
  expect((await runCli(['translate', '--engine', 'mock', '--quiet'], {cwd})).code).toBe(0)
  return cwd
}

const sideBySidePath = (cwd: string) => join(cwd, 'output', 'a.side-by-side.md')
const englishPath = (cwd: string) => join(cwd, 'output', 'a.en.md')

async function rows(cwd: string): Promise<SideBySideRow[]> {
  return (await parseSideBySide(await readFile(sideBySidePath(cwd), 'utf8')))!.rows
}

/** Change one row of the side-by-side file the way a reviewer would, in a text editor. */
async function editRow(
  cwd: string,
  startsWith: string,
  change: (cells: string[]) => string[] | undefined
): Promise<number> {
  const lines = (await readFile(sideBySidePath(cwd), 'utf8')).split('\n')
  const index = lines.findIndex(
    (line) => line.includes(' | ') && line.split(' | ')[2]?.startsWith(startsWith)
  )
  expect(index).toBeGreaterThan(0)
  const cells = change(lines[index]!.split(' | '))
  if (cells) lines[index] = cells.join(' | ')
  else lines.splice(index, 1)
  await writeFile(sideBySidePath(cwd), lines.join('\n'))
  return index + 1
}

const apply = (cwd: string, ...extra: string[]) => runCli(['review', 'apply', ...extra], {cwd})

describe('glossa review apply', () => {
  it('applies an edited English cell to the side-by-side file and the English article', async () => {
    const cwd = await translated()
    await editRow(cwd, 'Un terzo', (cells) => [
      cells[0]!,
      cells[1]!,
      cells[2]!,
      'A third paragraph.',
      cells[4]!
    ])
    const run = await apply(cwd)
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('output/a.side-by-side.md: rows applied: 1')
    expect(await readFile(englishPath(cwd), 'utf8')).toContain('\n\nA third paragraph.\n')
    const row = (await rows(cwd)).find((each) => each.english === 'A third paragraph.')
    expect(row?.status).toBe('reviewed')
  })

  it('approves an unchanged row by its status, and an unchanged file applies to the same bytes', async () => {
    const cwd = await translated()
    const before = {
      side: await readFile(sideBySidePath(cwd), 'utf8'),
      english: await readFile(englishPath(cwd), 'utf8')
    }
    expect((await apply(cwd)).code).toBe(0)
    expect(await readFile(sideBySidePath(cwd), 'utf8')).toBe(before.side)
    expect(await readFile(englishPath(cwd), 'utf8')).toBe(before.english)

    await editRow(cwd, 'Un terzo', (cells) => [cells[0]!, 'reviewed', cells[2]!, cells[3]!, cells[4]!])
    expect((await apply(cwd)).stderr).toContain('rows applied: 1')
    expect((await rows(cwd)).map((row) => row.status)).toEqual(['machine', 'machine', 'machine', 'reviewed'])
    expect(await readFile(englishPath(cwd), 'utf8')).toBe(before.english)
    // Applied once: a second apply has nothing to do.
    expect((await apply(cwd)).stderr).toContain('rows applied: 0')
  })

  it.each([
    ['breaks a link', 'See the model and the `glossa` command here.', 'review-markup-mismatch'],
    [
      'drops inline code',
      'See [the model](https://example.com/m) and the command here.',
      'review-markup-mismatch'
    ]
  ])(
    'refuses an edit that %s, at its line, and keeps it as the reviewer left it',
    async (_, english, rule) => {
      const cwd = await translated()
      const englishBefore = await readFile(englishPath(cwd), 'utf8')
      const line = await editRow(cwd, 'Vedi', (cells) => [
        cells[0]!,
        cells[1]!,
        cells[2]!,
        english,
        cells[4]!
      ])
      await editRow(cwd, 'Un terzo', (cells) => [
        cells[0]!,
        cells[1]!,
        cells[2]!,
        'A third paragraph.',
        cells[4]!
      ])
      const run = await apply(cwd)
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(new RegExp('\\n' + line + ':\\d+ +error .*' + rule))
      const after = await rows(cwd)
      expect(after.find((row) => row.source.startsWith('Vedi'))).toMatchObject({english, status: 'machine'})
      // The other row applied; the English article waits for every row.
      expect(after.find((row) => row.source.startsWith('Un terzo'))?.status).toBe('reviewed')
      expect(await readFile(englishPath(cwd), 'utf8')).toBe(englishBefore)
    }
  )

  it('applies an edit that drops a glossary term with a warning; --frail makes it fail', async () => {
    const cwd = await translated()
    await editRow(cwd, 'L’inferenza', (cells) => [
      cells[0]!,
      cells[1]!,
      cells[2]!,
      'Inferring costs little.',
      cells[4]!
    ])
    const run = await apply(cwd, '--dry-run')
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('warning `inferenza` should be translated as `inference`')
    expect((await apply(cwd, '--frail')).code).toBe(1)
    expect(await readFile(englishPath(cwd), 'utf8')).toContain('Inferring costs little.')
  })

  it('checks a reviewer’s English like an engine’s: a wrong scale, an ordinal dropped', async () => {
    const cwd = await translated(article + '\nIl contratto vale 38 miliardi di dollari in sette anni.\n')
    await editRow(cwd, 'Il contratto', (cells) => [
      cells[0]!,
      cells[1]!,
      cells[2]!,
      'The contract is worth $38 million over seven years.',
      cells[4]!
    ])
    // `terzo` is an ordinal: “A paragraph” loses it.
    await editRow(cwd, 'Un terzo', (cells) => [cells[0]!, cells[1]!, cells[2]!, 'A paragraph.', cells[4]!])
    const run = await apply(cwd, '--dry-run')
    expect(run.code).toBe(0)
    // The reporter's lines: `line:column-line:column warning <text> <rule> glossa`.
    const lines = run.stderr.split('\n').filter((line) => line.includes(' number-mismatch '))
    expect(lines.map((line) => line.trim().split(':')[0])).toEqual(['7', '9'])
    expect(lines[0]).toContain('Unexpected numbers `no number` in the translation, expected `3`')
    expect(lines[1]).toContain('Unexpected numbers `38000000, 7` in the translation, expected `38000000000`')
    // Warnings, not refusals: both rows are applied.
    expect(run.stderr).toContain('rows to apply: 2')
  })

  it.each([
    [
      'an edited Italian cell',
      (cells: string[]) => [cells[0]!, cells[1]!, 'Un quarto paragrafo.', 'x', cells[4]!],
      'review-italian-edited'
    ],
    ['a deleted row', () => undefined, 'review-row-missing'],
    [
      'an unknown status',
      (cells: string[]) => [cells[0]!, 'approved', cells[2]!, cells[3]!, cells[4]!],
      'review-status-unknown'
    ],
    [
      'an edited id',
      (cells: string[]) => ['| p-00000000', cells[1]!, cells[2]!, cells[3]!, cells[4]!],
      'review-row-unknown'
    ]
  ])('reports %s and applies nothing of it', async (_, change, rule) => {
    const cwd = await translated()
    await editRow(cwd, 'Un terzo', change)
    const run = await apply(cwd)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(rule)
  })

  it('reports a row an unescaped pipe broke, and applies nothing of it', async () => {
    const cwd = await translated()
    const line = await editRow(cwd, 'Un terzo', (cells) => [
      cells[0]!,
      cells[1]!,
      cells[2]!,
      'A third | paragraph.',
      cells[4]!
    ])
    const run = await apply(cwd)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      new RegExp('\\n' + line + ':\\d+ +error .*it has 6 cells, expected 5.*review-row-broken')
    )
  })

  it('reports a duplicated row', async () => {
    const cwd = await translated()
    const lines = (await readFile(sideBySidePath(cwd), 'utf8')).split('\n')
    const index = lines.findIndex((line) => line.includes('| Un terzo'))
    lines.splice(index, 0, lines[index]!.replace('A third', 'Another'))
    await writeFile(sideBySidePath(cwd), lines.join('\n'))
    const run = await apply(cwd)
    expect(run.code).toBe(1)
    expect(run.stderr.match(/review-row-duplicate/g)).toHaveLength(1)
  })

  it('refuses a file whose article changed since it was written', async () => {
    const cwd = await translated()
    await writeFile(join(cwd, 'articles', 'a.md'), article + '\nNuovo.\n')
    const run = await apply(cwd)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('review-source-changed')
  })
})

describe('glossa translate keeps reviewed work', () => {
  it('applies an edit left unapplied, and keeps it', async () => {
    const cwd = await translated()
    await editRow(cwd, 'Un terzo', (cells) => [
      cells[0]!,
      cells[1]!,
      cells[2]!,
      'A third paragraph.',
      cells[4]!
    ])
    const run = await runCli(['translate', '--engine', 'mock', '--json'], {cwd})
    expect((JSON.parse(run.stdout) as JsonSummary).totals).toMatchObject({fromReviewed: 1})
    expect(await readFile(englishPath(cwd), 'utf8')).toContain('\n\nA third paragraph.\n')
    expect((await rows(cwd)).find((row) => row.english === 'A third paragraph.')?.status).toBe('reviewed')
  })

  it('makes a reviewed row stale when its Italian changes: new machine English, the reviewed one in the notes', async () => {
    const cwd = await translated()
    await editRow(cwd, 'Un terzo', (cells) => [
      cells[0]!,
      cells[1]!,
      cells[2]!,
      'A third paragraph.',
      cells[4]!
    ])
    expect((await apply(cwd)).code).toBe(0)
    await writeFile(
      join(cwd, 'articles', 'a.md'),
      article.replace('Un terzo paragrafo.', 'Un terzo paragrafo nuovo.')
    )
    expect((await runCli(['translate', '--engine', 'mock', '--quiet'], {cwd})).code).toBe(0)
    const stale = (await rows(cwd)).find((row) => row.source === 'Un terzo paragrafo nuovo.')
    expect(stale).toMatchObject({status: 'stale', previous: 'A third paragraph.'})
    expect(stale?.english).not.toBe('A third paragraph.')
    const status = await runCli(['review', 'status', '--json'], {cwd})
    expect(JSON.parse(status.stdout)).toEqual([
      {path: 'output/a.side-by-side.md', machine: 3, reviewed: 0, stale: 1, flagged: 1, left: 4}
    ])
  })

  it('sends nothing for an unchanged article whose rows are reviewed', async () => {
    const server = await startDeepLServer({authKey: key})
    try {
      const cwd = await translated()
      for (const start of ['Il modello', 'Vedi', 'L’inferenza', 'Un terzo']) {
        await editRow(cwd, start, (cells) => [cells[0]!, 'reviewed', cells[2]!, cells[3]!, cells[4]!])
      }
      expect((await apply(cwd)).code).toBe(0)
      const env = {DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url, LANG: 'en'}
      const run = await runCli(['translate', '--json', '--no-memory'], {cwd, env})
      expect(run.code).toBe(0)
      expect(server.state.counters.translate).toBe(0)
      expect((JSON.parse(run.stdout) as JsonSummary).totals).toMatchObject({sent: 0, fromReviewed: 4})
    } finally {
      await server.close()
    }
  })
})

describe('another target never overwrites review', () => {
  it('refuses --to en-GB over a side-by-side file reviewed in en-US, and writes nothing', async () => {
    const cwd = await translated()
    await editRow(cwd, 'Un terzo', (cells) => [cells[0]!, 'reviewed', cells[2]!, cells[3]!, cells[4]!])
    const before = await readFile(sideBySidePath(cwd), 'utf8')
    const run = await runCli(['translate', '--engine', 'mock', '--to', 'en-GB'], {cwd})
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('its side-by-side file holds review in en-US')
    expect(await readFile(sideBySidePath(cwd), 'utf8')).toBe(before)
  })
})

describe('the side-by-side file keeps its language', () => {
  it('a run in Italian rewrites an English file with English headers, byte for byte', async () => {
    const cwd = await translated()
    const before = await readFile(sideBySidePath(cwd), 'utf8')
    expect((await runCli(['translate', '--engine', 'mock', '--quiet', '--lang', 'it'], {cwd})).code).toBe(0)
    expect(await readFile(sideBySidePath(cwd), 'utf8')).toBe(before)
    expect((await runCli(['review', 'apply', '--lang', 'it'], {cwd})).code).toBe(0)
    expect(await readFile(sideBySidePath(cwd), 'utf8')).toBe(before)
  })
})

describe('reviewed work in TMX', () => {
  it('memory export --reviewed adds the reviewed rows, marked, for CAT tools; import leaves them to the side-by-side files', async () => {
    const cwd = await translated()
    await editRow(cwd, 'Un terzo', (cells) => [
      cells[0]!,
      cells[1]!,
      cells[2]!,
      'A third paragraph.',
      cells[4]!
    ])
    await editRow(cwd, 'Vedi', (cells) => [cells[0]!, 'reviewed', cells[2]!, cells[3]!, cells[4]!])
    expect((await apply(cwd)).code).toBe(0)
    const run = await runCli(['memory', 'export', 'reviewed.tmx', '--reviewed', 'output/'], {cwd})
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('marked `x-glossa-status: reviewed`: 2')
    const tmx = await readFile(join(cwd, 'reviewed.tmx'), 'utf8')
    expect(tmx.match(/<prop type="x-glossa-status">reviewed<\/prop>/g)).toHaveLength(2)
    expect(tmx).toContain('<seg>Un terzo paragrafo.</seg>')
    expect(tmx).toContain('<seg>A third paragraph.</seg>')
    // Translate Toolkit reads them as units.
    const {stdout} = await promisify(execFile)('/usr/bin/python3', [
      '-c',
      'import sys; from translate.storage import tmx; f = tmx.tmxfile.parsefile(sys.argv[1]); print(len(f.units)); print(f.units[1].target)',
      join(cwd, 'reviewed.tmx')
    ])
    expect(stdout).toBe('2\nA third paragraph.\n')
    const imported = await runCli(['memory', 'import', 'reviewed.tmx'], {cwd})
    expect(imported.code).toBe(0)
    expect(imported.stderr).toContain('added: 0')
  })
})
