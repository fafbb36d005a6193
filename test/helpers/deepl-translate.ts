import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {JsonSummary} from '../../src/cli/json-summary.js'
import type {DeepLServer} from '../support/deepl-server.mjs'
import {runCli, temporaryFolder} from './run-cli.js'

/** The key the test server accepts (a Free key: it ends in `:fx`). */
export const deeplKey = 'test-key-7f3a:fx'

/**
 * Run `glossa translate articles --json` against `server` in a new folder
 * holding `files`; `settings` adds to the environment (DEEPL_ATTEMPTS…).
 */
export async function translateOn(
  server: DeepLServer,
  files: Record<string, string>,
  extra: string[] = [],
  lang = 'en',
  settings: Record<string, string> = {}
) {
  const cwd = await temporaryFolder()
  for (const [name, value] of Object.entries(files)) {
    await mkdir(join(cwd, name, '..'), {recursive: true})
    await writeFile(join(cwd, name), value)
  }

  const env = {DEEPL_AUTH_KEY: deeplKey, DEEPL_SERVER_URL: server.url, LANG: lang, ...settings}
  const run = await runCli(['translate', 'articles', '--json', ...extra], {cwd, env})
  const summary = run.stdout ? (JSON.parse(run.stdout) as JsonSummary) : undefined
  return {cwd, run, summary}
}
