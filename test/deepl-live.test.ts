import {describe, expect, it} from 'vitest'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

// The one test that may reach DeepL itself: it runs only when a real key is
// set in the environment (DEEPL_AUTH_KEY; it costs about 5,500 characters),
// and is reported as skipped, not passed, otherwise.
const liveKey = process.env.DEEPL_AUTH_KEY

describe('DeepL, for real', () => {
  it.skipIf(!liveKey)('translates the sample article', async () => {
    const out = await temporaryFolder()
    const run = await runCli(['translate', 'articles/openai-aws.md', '--out', out, '--json', '--quiet'], {
      env: {DEEPL_AUTH_KEY: liveKey}
    })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({totals: {files: 1, requests: 1}})
  })
})
