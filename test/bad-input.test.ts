import {access, mkdir, readdir, readFile, symlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, temporaryFolder} from './helpers/run-cli.js'
import type {JsonSummary} from '../src/cli/json-summary.js'

/** A folder with one good article and the given files; returns the run's summary. */
async function runWith(files: Record<string, string | Buffer>, extra: string[] = [], lang = 'en') {
  const cwd = await temporaryFolder()
  await mkdir(join(cwd, 'articles'))
  await writeFile(join(cwd, 'articles', 'good.md'), 'Il modello.\n')
  for (const [name, value] of Object.entries(files)) {
    await mkdir(join(cwd, name, '..'), {recursive: true})
    await writeFile(join(cwd, name), value)
  }

  const run = await runCli(
    ['translate', 'articles/', ...extra, '--engine', 'mock', '--json', '--lang', lang],
    {cwd}
  )
  const summary = JSON.parse(run.stdout) as JsonSummary
  // Where and what; the rest of the schema is json-summary.test.ts's.
  const messages = summary.files.flatMap((file) =>
    file.messages.map(({ruleId, severity, line, column, reason}) => ({
      path: file.path,
      ruleId,
      severity,
      line,
      column,
      reason
    }))
  )
  // The good article always completes, whatever else went wrong.
  expect(await readFile(join(cwd, 'output', 'good.en.md'), 'utf8')).toBe('The model.\n')
  return {cwd, run, summary, messages}
}

/** A message as `--json` prints it; `line` and `column` are null for whole-file messages. */
function message(
  path: string,
  ruleId: string,
  severity: string,
  reason: string,
  line: number | null = null,
  column: number | null = null
) {
  return {path, ruleId, severity, line, column, reason}
}

describe('bad input', () => {
  it('a missing path: error naming it, other inputs still done', async () => {
    const {run, messages} = await runWith({}, ['articles/nope.md'])
    expect(run.code).toBe(1)
    expect(messages).toEqual([
      message('articles/nope.md', 'file-missing', 'error', 'Cannot find articles/nope.md; check the path')
    ])
  })

  it('a folder without .md files', async () => {
    const {run, messages} = await runWith({'notes/a.txt': 'x'}, ['notes'])
    expect(run.code).toBe(1)
    expect(messages).toEqual([
      message(
        'notes',
        'folder-empty',
        'error',
        'No Markdown files (*.md) in notes; pass a folder with articles or a file'
      )
    ])
  })

  it('an empty file: a warning, no outputs; --frail makes it fail', async () => {
    const {cwd, run, messages} = await runWith({'articles/empty.md': '\n  \n'})
    expect(run.code).toBe(0)
    expect(messages).toEqual([
      message(
        'articles/empty.md',
        'file-empty',
        'warning',
        'articles/empty.md is empty: nothing to translate; add text or leave the file out'
      )
    ])
    await expect(access(join(cwd, 'output', 'empty.en.md'))).rejects.toThrow()
    const frail = await runWith({'articles/empty.md': ''}, ['--frail'])
    expect(frail.run.code).toBe(1)
  })

  it('a binary file', async () => {
    const {run, messages} = await runWith({
      'articles/image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])
    })
    expect(run.code).toBe(1)
    expect(messages).toEqual([
      message(
        'articles/image.md',
        'file-binary',
        'error',
        'Cannot translate articles/image.md: it looks binary (NUL byte at offset 4); pass Markdown text files'
      )
    ])
  })

  it('a file that is not UTF-8: error at the line and column of the bad byte, old outputs kept', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('# Titolo\n\nUn caff'),
      Buffer.from([0xe8]),
      Buffer.from(' amaro.\n')
    ])
    const {run, messages} = await runWith({
      'articles/caffe.md': latin1,
      'output/caffe.en.md': 'reviewed English\n'
    })
    expect(run.code).toBe(1)
    expect(messages).toEqual([
      message(
        'articles/caffe.md',
        'file-encoding',
        'error',
        'Cannot decode articles/caffe.md as UTF-8 (byte 0xE8); save it as UTF-8 and run again',
        3,
        8
      )
    ])
    const again = await runWith(
      {'articles/caffe.md': latin1, 'output/caffe.en.md': 'reviewed English\n'},
      [],
      'it'
    )
    expect(again.messages[0]?.reason).toBe(
      'Impossibile decodificare articles/caffe.md come UTF-8 (byte 0xE8); salvalo in UTF-8 e riprova'
    )
    expect(await readFile(join(again.cwd, 'output', 'caffe.en.md'), 'utf8')).toBe('reviewed English\n')
  })

  it('a UTF-8 BOM: handled, kept in the English file, positions counted after it', async () => {
    const {cwd, run, messages} = await runWith({'articles/bom.md': '\uFEFFIl **modello**.\n'})
    expect(run.code).toBe(0)
    expect(messages).toEqual([])
    expect(await readFile(join(cwd, 'output', 'bom.en.md'), 'utf8')).toBe('\uFEFFThe **model**.\n')
    const sideBySide = await readFile(join(cwd, 'output', 'bom.side-by-side.md'), 'utf8')
    expect(sideBySide).not.toContain('\uFEFF')
  })

  it('a UTF-16 file: named as such, not as binary', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Il modello.\n', 'utf16le')])
    const {messages} = await runWith({'articles/windows.md': utf16})
    expect(messages).toEqual([
      message(
        'articles/windows.md',
        'file-encoding',
        'error',
        'Cannot decode articles/windows.md as UTF-8 (byte UTF-16); save it as UTF-8 and run again'
      )
    ])
  })

  it('a 5 MB file: translated whole', async () => {
    const paragraph = "L'addestramento del modello richiede potenza di calcolo. ".repeat(20) + '\n\n'
    const big = '# Titolo\n\n' + paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))
    const {cwd, run, summary} = await runWith({'articles/big.md': big}, ['--quiet'])
    expect(run.code).toBe(0)
    expect(Buffer.byteLength(big)).toBeGreaterThan(5 * 1024 * 1024)
    const english = await readFile(join(cwd, 'output', 'big.en.md'), 'utf8')
    expect(english.startsWith('# Title\n\nThe training of the model')).toBe(true)
    expect(summary.files.find((file) => file.path === 'articles/big.md')?.units).toBe(
      big.split('\n\n').filter((block) => block.trim()).length
    )
  })

  it('a file over 16 MiB: refused with the limit', async () => {
    const huge = Buffer.alloc(16 * 1024 * 1024 + 1, 'a')
    const {messages} = await runWith({'articles/huge.md': huge})
    expect(messages.map((message) => message.reason)).toEqual([
      'Cannot translate articles/huge.md: it has 16777217 bytes, more than 16777216; split it into smaller articles'
    ])
  })

  it.each([
    ['a file as --out', 'afile', '`afile` is a file, not a folder'],
    ['a file on the way to --out', 'afile/out', '`afile` is a file, not a folder'],
    ['a folder where an output goes', 'taken', '`taken/a.en.md` is a folder, not a file']
  ])('%s: refused before anything is sent, the path in words', async (_, out, words) => {
    const cwd = await temporaryFolder()
    await mkdir(join(cwd, 'articles'))
    await writeFile(join(cwd, 'articles', 'a.md'), 'Il modello.\n')
    await writeFile(join(cwd, 'afile'), 'not a folder')
    await mkdir(join(cwd, 'taken', 'a.en.md'), {recursive: true})
    const run = await runCli(['translate', 'articles', '--out', out, '--engine', 'mock', '--json'], {cwd})
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(
      'glossa: Nothing was sent: ' + words + '; pass another --out, or fix the folder\n'
    )
    expect((await readdir(cwd)).sort()).toEqual(['afile', 'articles', 'taken'])
    expect(await readdir(join(cwd, 'taken'))).toEqual(['a.en.md'])
  })
})

describe('finding articles', () => {
  it('skips glossa outputs and the output folder, follows symbolic links, accepts .MD, keeps command-line order', async () => {
    const cwd = await temporaryFolder()
    await mkdir(join(cwd, 'articles', 'sub'), {recursive: true})
    await writeFile(join(cwd, 'articles', 'a.md'), 'Il modello.\n')
    await writeFile(join(cwd, 'articles', 'sub', 'B.MD'), 'Il calcolo.\n')
    await writeFile(join(cwd, 'articles', 'a.en.md'), 'old output\n')
    await writeFile(join(cwd, 'articles', 'a.side-by-side.md'), 'old output\n')
    await symlink(join(cwd, 'articles', 'a.md'), join(cwd, 'articles', 'link.md'))
    const run = await runCli(
      ['translate', 'articles', 'nope.md', '--out', 'articles', '--engine', 'mock', '--json'],
      {cwd}
    )
    const summary = JSON.parse(run.stdout) as JsonSummary
    expect(summary.files.map((file) => [file.path, file.output?.translation ?? null])).toEqual([
      ['articles/a.md', 'articles/a.en.md'],
      ['articles/link.md', 'articles/link.en.md'],
      ['articles/sub/B.MD', 'articles/sub/B.en.md'],
      ['nope.md', null]
    ])
    // A second run with the outputs in the same folder does not take them for articles.
    const again = await runCli(['translate', 'articles', '--out', 'articles', '--engine', 'mock', '--json'], {
      cwd
    })
    expect((JSON.parse(again.stdout) as JsonSummary).totals.files).toBe(3)
  })

  it('an unreadable configuration is an error, not the defaults', async () => {
    const cwd = await temporaryFolder()
    await mkdir(join(cwd, 'glossa.config.json'))
    const run = await runCli(['translate', '--engine', 'mock'], {cwd})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^glossa: Cannot use glossa\.config\.json: EISDIR/)
  })
})
