import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

const fixtures = join(import.meta.dirname, 'fixtures', 'identity')
const names = (await readdir(fixtures)).filter((name) => name.endsWith('.md') && name !== 'README.md').sort()
const projectGlossary = join(import.meta.dirname, '..', 'glossary', 'glossary.tsv')

describe('glossa translate --engine identity', async () => {
  // A folder without a glossary: nothing to flag.
  const cwd = await temporaryFolder()
  const out = await temporaryFolder()
  const run = await runCli(['translate', fixtures, '--engine', 'identity', '--out', out, '--quiet'], {cwd})
  // With the project glossary its do-not-translate names are held aside, and must still come back byte for byte.
  const held = await temporaryFolder()
  const withGlossary = await runCli(
    ['translate', fixtures, '--engine', 'identity', '--out', held, '--quiet', '--glossary', projectGlossary],
    {cwd}
  )

  it('exits cleanly with no messages', () => {
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })

  it('with a glossary, flags the Italian left where terms are, and nothing else', () => {
    expect(withGlossary.code).toBe(0)
    const rules = new Set(
      [...withGlossary.stderr.matchAll(/ (glossary-[\w-]+|[a-z]+-[a-z-]+) +glossa$/gm)].map((m) => m[1])
    )
    expect([...rules].sort()).toEqual(['glossary-term-forbidden', 'glossary-term-missing'])
  })

  it('covers at least the constructs listed in the fixtures README', () => {
    expect(names.length).toBeGreaterThanOrEqual(18)
  })

  it.each(names)('reproduces %s byte for byte', async (name) => {
    const italian = await readFile(join(fixtures, name))
    const english = await readFile(join(out, name.replace(/\.md$/, '.en.md')))
    expect(english.equals(italian)).toBe(true)
  })

  it.each(names)('reproduces %s byte for byte with do-not-translate names held aside', async (name) => {
    const italian = await readFile(join(fixtures, name))
    const english = await readFile(join(held, name.replace(/\.md$/, '.en.md')))
    expect(english.equals(italian)).toBe(true)
  })
})
