import {mkdir, readdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {JsonSummary} from '../src/cli/json-summary.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

async function folderWith(files: string[]): Promise<string> {
  const cwd = await temporaryFolder()
  for (const name of files) {
    await mkdir(join(cwd, name, '..'), {recursive: true})
    await writeFile(join(cwd, name), 'Il modello.\n')
  }

  return cwd
}

async function outputs(argv: string[], files: string[]) {
  const cwd = await folderWith(files)
  const run = await runCli(['translate', ...argv, '--engine', 'mock', '--json', '--out', 'out'], {cwd})
  const summary = JSON.parse(run.stdout) as JsonSummary
  return {run, translations: summary.files.map((file) => file.output?.translation ?? null)}
}

describe('where outputs go under --out', () => {
  it('two folders holding the same name keep their folders, instead of clashing', async () => {
    const {run, translations} = await outputs(['a', 'b'], ['a/x.md', 'b/x.md'])
    expect(run.code).toBe(0)
    expect(translations).toEqual(['out/a/x.en.md', 'out/b/x.en.md'])
  })

  it('two files of the same name in different folders keep their folders', async () => {
    const {translations} = await outputs(['a/x.md', 'b/sub/x.md'], ['a/x.md', 'b/sub/x.md'])
    expect(translations).toEqual(['out/a/x.en.md', 'out/b/sub/x.en.md'])
  })

  it('one folder, or files of one folder, write below --out as before', async () => {
    expect((await outputs(['articles'], ['articles/x.md', 'articles/sub/y.md'])).translations).toEqual([
      'out/sub/y.en.md',
      'out/x.en.md'
    ])
    expect(
      (await outputs(['articles/x.md', 'articles/sub/y.md'], ['articles/x.md', 'articles/sub/y.md']))
        .translations
    ).toEqual(['out/x.en.md', 'out/sub/y.en.md'])
    expect(
      (await outputs(['articles', 'articles/sub'], ['articles/x.md', 'articles/sub/y.md'])).translations
    ).toEqual(['out/sub/y.en.md', 'out/x.en.md'])
  })

  it('glossary stats reads the side-by-side files where translate put them', async () => {
    const cwd = await folderWith(['a/x.md', 'b/x.md'])
    await mkdir(join(cwd, 'glossary'))
    await writeFile(join(cwd, 'glossary', 'glossary.tsv'), 'it\ten\nmodello\tmodel\n')
    await runCli(['translate', 'a', 'b', '--engine', 'identity', '--out', 'out'], {cwd})
    const run = await runCli(['glossary', 'stats', 'a', 'b', '--out', 'out', '--json'], {cwd})
    const stats = JSON.parse(run.stdout) as {
      reviewed: number
      terms: Array<{checked: number; missed: number}>
    }
    expect(stats.reviewed).toBe(2)
    expect(stats.terms[0]).toMatchObject({checked: 2, missed: 2})
  })

  it('names that differ only in the case of `.md` still clash, and neither is written', async () => {
    const cwd = await folderWith(['a/x.md', 'a/x.MD'])
    const run = await runCli(['translate', 'a', '--engine', 'mock', '--json', '--out', 'out'], {cwd})
    const summary = JSON.parse(run.stdout) as JsonSummary
    expect(summary.files.map((file) => [file.path, file.messages.map((message) => message.ruleId)])).toEqual([
      ['a/x.MD', []],
      ['a/x.md', ['output-conflict']]
    ])
    expect(await readdir(join(cwd, 'out'))).toEqual(['x.en.md', 'x.side-by-side.md'])
  })
})

describe('the summary line', () => {
  it('a missing path is not counted as a file that failed to translate', async () => {
    const cwd = await folderWith(['articles/a.md'])
    const run = await runCli(['translate', 'articles/a.md', 'nothere.md', '--engine', 'mock'], {cwd})
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Translated 1 of 1 file with the mock engine')
    const none = await runCli(['translate', 'nothere.md', '--engine', 'mock'], {cwd})
    expect(none.stderr.trimEnd().split('\n').at(-1)).toBe('Nothing translated: no article was found.')
  })

  it('Italian agrees with the number translated, English with the number of files', async () => {
    const cwd = await folderWith(['articles/a.md', 'articles/b.md'])
    const it1 = await runCli(['translate', 'articles/a.md', '--engine', 'mock', '--lang', 'it'], {cwd})
    expect(it1.stderr).toContain('Tradotto 1 file su 1 con il motore mock')
    const it2 = await runCli(['translate', '--engine', 'mock', '--lang', 'it'], {cwd})
    expect(it2.stderr).toContain('Tradotti 2 file su 2 con il motore mock')
    const en = await runCli(['translate', '--engine', 'mock', '--lang', 'en'], {cwd})
    expect(en.stderr).toContain('Translated 2 of 2 files with the mock engine')
  })

  it('a dry run does not say “no issues found”: it checked nothing', async () => {
    const cwd = await folderWith(['articles/a.md'])
    const run = await runCli(['translate', '--dry-run'], {cwd, env: {LANG: 'en'}})
    expect(run.code).toBe(0)
    expect(run.stderr).not.toContain('no issues found')
    expect(run.stderr).toContain('Dry run, nothing sent or written: 1 file would need')
  })
})
