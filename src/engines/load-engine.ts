import {wholeNumber} from '../cli/whole-number.js'
import {UsageError, type Engine} from '../core/index.js'
import {readVersion} from '../fs/read-version.js'

export type EngineName = 'deepl' | 'mock' | 'identity' | 'dry-run'

export const engineNames: readonly EngineName[] = ['deepl', 'mock', 'identity']

export interface EngineSettings {
  env: Readonly<Record<string, string | undefined>>
  /** DeepL requests in flight at once. */
  concurrency: number
  /** Names the project's glossaries on DeepL. */
  project: string
}

/**
 * deepl-node retries 429, 5xx and network timeouts itself with exponential
 * backoff (1 s, ×1.6, ±23 %): `attempts` is its `maxRetries`, the total
 * number of attempts. Four attempts wait about 1 + 1.6 + 2.6 s between
 * them; `minTimeout` is the lowest timeout of one attempt, so a server that
 * never answers costs about four of them. Both are settings
 * (`DEEPL_ATTEMPTS`, `DEEPL_TIMEOUT_MS`), so a test need not wait on them.
 */
export interface RetryPolicy {
  attempts: number
  minTimeout: number
}

/** The policy when the environment sets none. */
export const defaultRetry: RetryPolicy = {attempts: 4, minTimeout: 10_000}

/** Load an engine by name; modules (deepl-node above all) are imported only when asked for. */
export async function loadEngine(name: EngineName, settings: EngineSettings): Promise<Engine> {
  switch (name) {
    case 'mock':
      return (await import('./mock.js')).mockEngine
    case 'identity':
      return (await import('./identity.js')).identityEngine
    case 'dry-run':
      return (await import('./dry-run.js')).dryRunEngine
    case 'deepl': {
      const account = deeplAccount(settings.env)
      const {createDeepLEngine} = await import('./deepl.js')
      return createDeepLEngine({
        ...account,
        concurrency: settings.concurrency,
        project: settings.project,
        // For DeepL's User-Agent; read only when DeepL is used.
        version: await readVersion()
      })
    }
  }
}

/**
 * The DeepL key, server and retry policy from the environment; the key is
 * required, and `missingKey` names the text that says so (the command decides
 * what to suggest instead).
 */
export function deeplAccount(
  env: Readonly<Record<string, string | undefined>>,
  missingKey = 'usage.deepl-key-missing'
): {
  authKey: string
  serverUrl: string | undefined
  retry: RetryPolicy
} {
  const authKey = env.DEEPL_AUTH_KEY
  if (!authKey) throw new UsageError(missingKey)
  const serverUrl = env.DEEPL_SERVER_URL || undefined
  if (serverUrl !== undefined && !URL.canParse(serverUrl)) {
    throw new UsageError('usage.bad-value', {option: 'DEEPL_SERVER_URL', value: serverUrl, expected: 'a URL'})
  }

  const {DEEPL_ATTEMPTS: attempts, DEEPL_TIMEOUT_MS: timeout} = env
  return {
    authKey,
    serverUrl,
    retry: {
      attempts: attempts ? wholeNumber('DEEPL_ATTEMPTS', attempts, 1, 10) : defaultRetry.attempts,
      minTimeout: timeout
        ? wholeNumber('DEEPL_TIMEOUT_MS', timeout, 1, Number.MAX_SAFE_INTEGER, 'milliseconds')
        : defaultRetry.minTimeout
    }
  }
}
