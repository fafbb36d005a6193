import type {Engine} from '../core/engine.js'
import type {GlossaryEntry} from '../core/glossary-entry.js'
import {UsageError} from '../errors.js'

export type EngineName = 'deepl' | 'mock' | 'identity' | 'dry-run'

export const engineNames: readonly EngineName[] = ['deepl', 'mock', 'identity']

export interface EngineSettings {
  env: Readonly<Record<string, string | undefined>>
  /** DeepL requests in flight at once. */
  concurrency: number
  /** The project glossary, for engines that honour one. */
  glossary: readonly GlossaryEntry[]
  /** Names the project's glossaries on DeepL. */
  project: string
}

/** Load an engine by name; modules (deepl-node above all) are imported only when asked for. */
export async function loadEngine(name: EngineName, settings: EngineSettings): Promise<Engine> {
  switch (name) {
    case 'mock':
      return (await import('./mock.js')).createMockEngine(settings.glossary)
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
        glossary: settings.glossary,
        project: settings.project
      })
    }
  }
}

/** The DeepL key, server and timeout from the environment; the key is required. */
export function deeplAccount(env: Readonly<Record<string, string | undefined>>): {
  authKey: string
  serverUrl: string | undefined
  timeout: number | undefined
} {
  const authKey = env.DEEPL_AUTH_KEY
  if (!authKey) throw new UsageError('usage.deepl-key-missing')
  const serverUrl = env.DEEPL_SERVER_URL || undefined
  if (serverUrl !== undefined && !URL.canParse(serverUrl)) {
    throw new UsageError('usage.bad-value', {option: 'DEEPL_SERVER_URL', value: serverUrl, expected: 'a URL'})
  }

  const timeout = env.DEEPL_TIMEOUT_MS ? Number(env.DEEPL_TIMEOUT_MS) : undefined
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0)) {
    throw new UsageError('usage.bad-value', {
      option: 'DEEPL_TIMEOUT_MS',
      value: String(env.DEEPL_TIMEOUT_MS),
      expected: 'milliseconds'
    })
  }

  return {authKey, serverUrl, timeout}
}
