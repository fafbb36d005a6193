import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {JsonSummary} from '../src/cli/json-summary.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

/** A project folder: a glossary, a configuration and an article, as files. */
async function project(files: Record<string, string>): Promise<string> {
  const root = await temporaryFolder()
  for (const [name, value] of Object.entries(files)) {
    await mkdir(join(root, name, '..'), {recursive: true})
    await writeFile(join(root, name), value)
  }

  return root
}

const glossary = 'it\ten\ninferenza\tinference\n'
const article = '---\ntitle: L’inferenza\n---\n\nL’inferenza costa.\n'

describe('the project is found from each article’s folder', () => {
  it('translate from another folder uses the glossary and configuration above the article', async () => {
    const root = await project({
      'glossary/glossary.tsv': glossary,
      'glossa.config.json': '{"frontMatterFields": []}',
      'articles/news/a.md': article
    })
    const elsewhere = await temporaryFolder()
    const run = await runCli(
      ['translate', join(root, 'articles', 'news', 'a.md'), '--engine', 'identity', '--json', '--out', 'out'],
      {cwd: elsewhere}
    )
    const summary = JSON.parse(run.stdout) as JsonSummary
    // The configuration leaves the title alone, so only the paragraph's term is checked.
    expect(summary.files[0]?.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['glossary-term-missing', 5]
    ])
    expect(run.stderr).not.toContain('No glossary found')
    expect(await readFile(join(elsewhere, 'out', 'a.en.md'), 'utf8')).toBe(article)
  })

  it('each article gets its own project’s glossary in one run', async () => {
    const first = await project({'glossary/glossary.tsv': glossary, 'a.md': 'L’inferenza costa.\n'})
    const second = await project({
      'glossary/glossary.tsv': 'it\ten\ncosto\tcost\n',
      'b.md': 'L’inferenza ha un costo.\n'
    })
    const run = await runCli(
      [
        'translate',
        join(first, 'a.md'),
        join(second, 'b.md'),
        '--engine',
        'identity',
        '--json',
        '--out',
        'out'
      ],
      {cwd: await temporaryFolder()}
    )
    const summary = JSON.parse(run.stdout) as JsonSummary
    expect(summary.files.map((file) => file.messages.map((message) => message.actual))).toEqual([
      ['inferenza'],
      ['costo']
    ])
  })

  it('a named --glossary replaces every project’s', async () => {
    const root = await project({'glossary/glossary.tsv': glossary, 'a.md': 'L’inferenza ha un costo.\n'})
    await writeFile(join(root, 'other.tsv'), 'it\ten\ncosto\tcost\n')
    const run = await runCli(
      ['translate', 'a.md', '--engine', 'identity', '--json', '--glossary', 'other.tsv', '--out', 'out'],
      {cwd: root}
    )
    const summary = JSON.parse(run.stdout) as JsonSummary
    expect(summary.files[0]?.messages.map((message) => message.actual)).toEqual(['costo'])
  })

  it('no glossary anywhere above: translate says so, once, and goes on', async () => {
    const root = await project({'articles/a.md': 'L’inferenza.\n', 'articles/b.md': 'Il modello.\n'})
    const run = await runCli(['translate', '--engine', 'identity'], {cwd: root})
    expect(run.code).toBe(0)
    expect(run.stderr.split('\n')[0]).toBe(
      'No glossary found: terms are not checked (looked for glossary/glossary.tsv in articles and every folder above it)'
    )
    expect(run.stderr.match(/No glossary found/g)).toHaveLength(1)
    const quiet = await runCli(['translate', '--engine', 'identity', '--quiet'], {cwd: root})
    expect(quiet.stderr).toBe('')
  })

  it('says it in Italian too', async () => {
    const root = await project({'articles/a.md': 'L’inferenza.\n'})
    const run = await runCli(['translate', '--engine', 'identity', '--lang', 'it'], {cwd: root})
    expect(run.stderr.split('\n')[0]).toBe(
      'Nessun glossario trovato: i termini non vengono controllati (cercato glossary/glossary.tsv in articles e in ogni cartella sopra)'
    )
  })
})

describe('glossary commands find the project from the working folder up', () => {
  it('list from a subfolder reads the project glossary', async () => {
    const root = await project({'glossary/glossary.tsv': glossary, 'articles/a.md': article})
    const run = await runCli(['glossary', 'list', '--json'], {cwd: join(root, 'articles')})
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as Array<{italian: string}>).map((entry) => entry.italian)).toEqual([
      'inferenza'
    ])
  })

  it.each(['list', 'check', 'remove inferenza', 'export', 'stats'])(
    '`glossary %s` without a glossary: exit 2 with the path it looked for',
    async (action) => {
      const cwd = await temporaryFolder()
      const run = await runCli(['glossary', ...action.split(' ')], {cwd})
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toBe(
        'glossa: No glossary found: looked for glossary/glossary.tsv in ' +
          cwd +
          ' and every folder above it; start one with `glossa glossary add <it> <en>`, or name one with --glossary <file>\n'
      )
    }
  )

  it('a named glossary that is missing: exit 2 with its path', async () => {
    const cwd = await temporaryFolder()
    const run = await runCli(['glossary', 'check', '--glossary', 'terms/missing.tsv'], {cwd})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'glossa: Cannot find the glossary terms/missing.tsv; check the path given to --glossary\n'
    )
  })

  it('add starts the glossary in the project folder found above, else in the working folder', async () => {
    const root = await project({'glossa.config.json': '{}', 'articles/a.md': article})
    const run = await runCli(['glossary', 'add', 'inferenza', 'inference'], {cwd: join(root, 'articles')})
    expect(run.code).toBe(0)
    expect(await readFile(join(root, 'glossary', 'glossary.tsv'), 'utf8')).toBe(
      'it\ten\tnote\tforms\tforbid\tdnt\ninferenza\tinference\n'
    )
  })
})
