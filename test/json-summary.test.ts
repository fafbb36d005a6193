import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

const readme = await readFile(join(import.meta.dirname, '..', 'README.md'), 'utf8')
const section = readme.slice(readme.indexOf('## `--json` summary'))
const documented = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)?.[1] ?? 'null') as unknown

/** Describe a value's shape: key sets and types; `null` stands for “may be null”. */
function sameShape(actual: unknown, expected: unknown, path: string): void {
  if (actual === null) return
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true)
    for (const [index, item] of (actual as unknown[]).entries())
      sameShape(item, expected[0], path + '[' + index + ']')
    return
  }

  if (typeof expected === 'object' && expected !== null) {
    expect(typeof actual, path).toBe('object')
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort())
    for (const [key, value] of Object.entries(expected)) {
      sameShape((actual as Record<string, unknown>)[key], value, path + '.' + key)
    }

    return
  }

  expect(typeof actual, path).toBe(typeof expected)
}

describe('--json', () => {
  it('matches the schema documented in the README', async () => {
    expect(documented).toMatchObject({files: [{path: 'articles/openai-aws.md'}]})
    const cwd = await temporaryFolder()
    await mkdir(join(cwd, 'articles'))
    await writeFile(join(cwd, 'articles', 'a.md'), '# Il modello\n\nTesto con `codice`.\n')
    await writeFile(join(cwd, 'articles', 'b.md'), '')
    const run = await runCli(['translate', 'articles', 'missing.md', '--engine', 'mock', '--json'], {cwd})
    const summary = JSON.parse(run.stdout) as {files: Array<{messages: unknown[]}>}
    sameShape(summary, documented, '$')
    // Every part of the schema was exercised: outputs, nulls and messages.
    expect(summary.files).toHaveLength(3)
    expect(summary.files.flatMap((file) => file.messages)).toHaveLength(2)
    expect(summary).toMatchObject({
      files: [
        {
          path: 'articles/a.md',
          output: {translation: 'output/a.en.md', sideBySide: 'output/a.side-by-side.md'},
          units: 2,
          characters: 21
        },
        {path: 'articles/b.md', output: null, messages: [{ruleId: 'file-empty', severity: 'warning'}]},
        {
          path: 'missing.md',
          output: null,
          units: 0,
          characters: 0,
          messages: [{ruleId: 'file-missing', severity: 'error', line: null}]
        }
      ],
      totals: {files: 3, units: 2, characters: 21, requests: 1, billedCharacters: 21}
    })
  })
})
