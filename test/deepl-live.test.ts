import {copyFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

// The one test that may reach DeepL itself: it runs only when a real key is
// set in the environment (DEEPL_AUTH_KEY; it costs about 5,500 characters),
// and is reported as skipped, not passed, otherwise.
const liveKey = process.env.DEEPL_AUTH_KEY

describe('DeepL, for real', () => {
  it.skipIf(!liveKey)('translates the sample article', async () => {
    // In a folder of its own, without a glossary: nothing on the account is touched.
    const cwd = await temporaryFolder()
    await copyFile(join(import.meta.dirname, '..', 'articles', 'openai-aws.md'), join(cwd, 'openai-aws.md'))
    const run = await runCli(['translate', 'openai-aws.md', '--json', '--quiet'], {
      cwd,
      env: {DEEPL_AUTH_KEY: liveKey}
    })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({totals: {files: 1, requests: 1}})
  })
})
