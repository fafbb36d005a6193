import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

const fixtures = join(import.meta.dirname, 'fixtures', 'identity')
const names = (await readdir(fixtures)).filter((name) => name.endsWith('.md') && name !== 'README.md').sort()

describe('glossa translate --engine identity', async () => {
  const out = await temporaryFolder()
  const run = await runCli(['translate', fixtures, '--engine', 'identity', '--out', out, '--quiet'])

  it('exits cleanly with no messages', () => {
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })

  it('covers at least the constructs listed in the fixtures README', () => {
    expect(names.length).toBeGreaterThanOrEqual(18)
  })

  it.each(names)('reproduces %s byte for byte', async (name) => {
    const italian = await readFile(join(fixtures, name))
    const english = await readFile(join(out, name.replace(/\.md$/, '.en.md')))
    expect(english.equals(italian)).toBe(true)
  })
})
