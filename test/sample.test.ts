import {cp, readdir, readFile, stat, writeFile} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import type {JsonSummary} from '../src/cli/json-summary.js'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {documentSettings, parseSideBySide, readGlossary, translateDocument} from '../src/core/index.js'
import {mockEngine} from '../src/engines/mock.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

const root = join(import.meta.dirname, '..')
const article = join(root, 'articles', 'openai-aws.md')

describe('the sample article', async () => {
  const out = await temporaryFolder()
  const run = await runCli(['translate', 'articles/', '--out', out, '--engine', 'mock', '--quiet'], {
    cwd: root
  })
  const sideBySide = await readFile(join(out, 'openai-aws.side-by-side.md'), 'utf8')
  const italian = await readFile(article, 'utf8')
  const {glossary} = readGlossary(await readFile(join(root, 'glossary', 'glossary.tsv'), 'utf8'))
  const document = await translateDocument(
    new VFile({path: article, value: italian}),
    documentSettings({
      engine: mockEngine,
      targetLanguage: 'en-US',
      fields: ['title', 'description'],
      glossary
    })
  )

  it('the mock engine honours the project glossary; the quality checks flag the Italian it leaves', () => {
    expect(run.code).toBe(0)
    const rules = new Set(document.units.flatMap((unit) => unit.messages.map((message) => message.ruleId)))
    expect([...rules].filter((rule) => rule?.startsWith('glossary-'))).toEqual([])
    expect(rules.has('untranslated')).toBe(true)
    expect(run.stderr).toContain('untranslated')
    // The glossary is in play: its terms are in the article, and in the English.
    expect(document.units.reduce((sum, {unit}) => sum + unit.terms.length, 0)).toBeGreaterThan(40)
    expect(document.english).toContain('computing power')
  })

  it('has the structure of the seed: title, summary section, two subheadings, every paragraph', () => {
    const kinds = document.units.map(({unit}) => unit.kind)
    expect(kinds.filter((kind) => kind === 'heading')).toHaveLength(4)
    expect(kinds.filter((kind) => kind === 'paragraph')).toHaveLength(19)
    expect(italian.startsWith('# L’intesa tra OpenAI e Amazon Web Services')).toBe(true)
    expect(italian).toContain('\n## [In pillole] La sintesi per chi va di fretta:\n')
    expect(italian).toContain('\n– Leggi anche: eBay e OpenAI rivoluzionano il commercio agentico')
  })

  it('side-by-side file parses back into the same unit ids and texts', async () => {
    const parsed = await parseSideBySide(sideBySide)
    // The header names the article from the side-by-side file's own folder.
    expect(parsed?.sourcePath).toBe(relative(out, article).split(sep).join('/'))
    expect(parsed?.targetLanguage).toBe('en-US')
    expect(parsed?.rows.map(({id, source, english}) => ({id, source, english}))).toEqual(
      document.units.map(({unit, english}) => ({
        id: unit.id,
        // The Italian cell shows a unit's container markers first, in code.
        source: (unit.context ? '`' + unit.context + '` ' : '') + unit.source,
        english
      }))
    )
  })

  it('ships reviewed: the main command without a key sends nothing and rewrites output/ byte for byte', async () => {
    // Column headers follow the interface language of whoever ran `npm start`.
    const committed = await readFile(join(root, 'output', 'openai-aws.side-by-side.md'), 'utf8')
    const lang = committed.includes('| id | stato | Italiano |') ? 'it' : 'en'
    // A clone of the project: its articles, glossary and committed outputs.
    const clone = await temporaryFolder()
    for (const folder of ['articles', 'glossary', 'output']) {
      await cp(join(root, folder), join(clone, folder), {recursive: true})
    }

    const fresh = join(clone, 'output')
    const again = await runCli(['translate', 'articles/', '--out', 'output/', '--json', '--lang', lang], {
      cwd: clone,
      env: {LANG: 'en'}
    })
    const summary = JSON.parse(again.stdout) as JsonSummary
    expect(summary.totals).toMatchObject({units: 23, sent: 0, requests: 0, fromReviewed: 23})
    // Nothing was left for the mock, so it never says it stood in.
    expect(again.stderr).not.toContain('DEEPL_AUTH_KEY is not set')
    for (const name of await readdir(fresh)) {
      expect(await readFile(join(fresh, name), 'utf8'), name).toBe(
        await readFile(join(root, 'output', name), 'utf8')
      )
    }
  })

  it('a unit the review does not cover is still translated by the mock, with its notice, as machine', async () => {
    const clone = await temporaryFolder()
    for (const folder of ['articles', 'glossary', 'output']) {
      await cp(join(root, folder), join(clone, folder), {recursive: true})
    }

    await writeFile(join(clone, 'articles', 'openai-aws.md'), italian + '\nUn paragrafo nuovo sul modello.\n')
    const run = await runCli(['translate', 'articles/', '--out', 'output/', '--json'], {
      cwd: clone,
      env: {LANG: 'en'}
    })
    expect(run.stderr).toContain('DEEPL_AUTH_KEY is not set: translating with the mock engine')
    expect((JSON.parse(run.stdout) as JsonSummary).totals).toMatchObject({sent: 1, fromReviewed: 23})
    const rows = (await parseSideBySide(
      await readFile(join(clone, 'output', 'openai-aws.side-by-side.md'), 'utf8')
    ))!.rows
    expect(rows.at(-1)).toMatchObject({source: 'Un paragrafo nuovo sul modello.', status: 'machine'})
    expect(rows.filter((row) => row.status === 'reviewed')).toHaveLength(23)
  })

  it('is deterministic: a second run writes the same bytes and leaves the files untouched', async () => {
    const before = await stat(join(out, 'openai-aws.en.md'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    const again = await runCli(['translate', 'articles/', '--out', out, '--engine', 'mock', '--quiet'], {
      cwd: root
    })
    expect(again.code).toBe(0)
    expect(await readFile(join(out, 'openai-aws.side-by-side.md'), 'utf8')).toBe(sideBySide)
    expect((await stat(join(out, 'openai-aws.en.md'))).mtimeMs).toBe(before.mtimeMs)
  })
})
