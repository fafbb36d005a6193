import {cp, readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {JsonSummary} from '../src/cli/json-summary.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

const fixtures = join(import.meta.dirname, 'fixtures', 'identity')
const names = (await readdir(fixtures)).filter((name) => name.endsWith('.md') && name !== 'README.md').sort()
const projectGlossary = join(import.meta.dirname, '..', 'glossary', 'glossary.tsv')
const italian = new Map(
  await Promise.all(
    names.map(async (name) => [join(fixtures, name), await readFile(join(fixtures, name), 'utf8')] as const)
  )
)

describe('glossa translate --engine identity', async () => {
  // The fixtures copied where no glossary is found above them: nothing to flag.
  const cwd = await temporaryFolder()
  const bare = join(cwd, 'fixtures')
  await cp(fixtures, bare, {recursive: true})
  const out = await temporaryFolder()
  const run = await runCli(['translate', bare, '--engine', 'identity', '--out', out, '--quiet'], {cwd})
  // With the project glossary its do-not-translate names are held aside, and must still come back byte for byte.
  const held = await temporaryFolder()
  const withGlossary = await runCli(
    ['translate', fixtures, '--engine', 'identity', '--out', held, '--json', '--glossary', projectGlossary],
    {cwd}
  )
  const summary = JSON.parse(withGlossary.stdout) as JsonSummary

  // The HTML blocks that hold prose: never sent, so each says it stays in Italian (nothing silently Italian).
  const htmlBlocks = [
    ['html.md', 3],
    ['html.md', 14],
    ['html.md', 21],
    ['html.md', 40],
    ['html.md', 51],
    ['mixed-article.md', 64]
  ]

  it('exits cleanly, with a warning on each HTML block with prose and no other message', () => {
    expect(run.code).toBe(0)
    const warned: Array<[string, number]> = []
    let file = ''
    for (const line of run.stderr.split('\n')) {
      if (line.endsWith('.md')) file = line.slice(line.lastIndexOf('/') + 1)
      const place = /^(\d+):\d+-\d+:\d+\s+warning .* unit-skipped\s+glossa$/.exec(line.trim())
      if (place) warned.push([file, Number(place[1])])
      else if (/^\d+:\d+/.test(line.trim())) throw new Error('Unexpected message: ' + line)
    }

    expect(warned).toEqual(htmlBlocks)
  })

  it('with a glossary, flags the Italian left where terms are, and nothing else', () => {
    expect(withGlossary.code).toBe(0)
    const messages = summary.files.flatMap((file) =>
      file.messages.map((message) => ({file: file.path, ...message}))
    )
    const rules = new Set(messages.map((message) => message.ruleId))
    expect([...rules].sort()).toEqual(['glossary-term-forbidden', 'glossary-term-missing', 'unit-skipped'])
    expect(
      messages
        .filter((message) => message.ruleId === 'unit-skipped')
        .map((message) => [message.file.slice(fixtures.length + 1), message.line])
    ).toEqual(htmlBlocks)
    // Each on the term in the Italian: a missing term's span is the term as written.
    for (const message of messages.filter((message) => message.ruleId !== 'unit-skipped')) {
      const lines = italian.get(message.file)!.split('\n')
      const span = lines[message.line! - 1]!.slice(message.column! - 1, message.endColumn! - 1)
      expect(message.line, message.reason).toBe(message.endLine)
      // A term that cannot be placed exactly (alt text whose source has
      // emphasis the value has not) spans its whole unit, never an empty point.
      expect(span).not.toBe('')
      if (message.ruleId === 'glossary-term-missing' && span !== message.actual) {
        expect(span.replace(/[*_]/g, '')).toContain(message.actual)
      }
    }
  })

  it('has exactly the files the fixtures README describes, one family of constructs each', async () => {
    const readme = await readFile(join(fixtures, 'README.md'), 'utf8')
    const described = [...readme.matchAll(/^- `([\w-]+\.md)`: /gm)].map((match) => match[1])
    expect(described.sort()).toEqual(names)
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
