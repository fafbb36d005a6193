import type {Engine} from '../core/engine.js'
import {UsageError} from '../errors.js'

export type EngineName = 'deepl' | 'mock' | 'identity' | 'dry-run'

export const engineNames: readonly EngineName[] = ['deepl', 'mock', 'identity']

export interface EngineSettings {
  env: Readonly<Record<string, string | undefined>>
  /** DeepL requests in flight at once. */
  concurrency: number
}

/** Load an engine by name; modules (deepl-node above all) are imported only when asked for. */
export async function loadEngine(name: EngineName, settings: EngineSettings): Promise<Engine> {
  switch (name) {
    case 'mock':
      return (await import('./mock.js')).mockEngine
    case 'identity':
      return (await import('./identity.js')).identityEngine
    case 'dry-run':
      return (await import('./dry-run.js')).dryRunEngine
    default: {
      const authKey = settings.env.DEEPL_AUTH_KEY
      if (!authKey) throw new UsageError('usage.deepl-key-missing')
      const {createDeepLEngine} = await import('./deepl.js')
      return createDeepLEngine({
        authKey,
        serverUrl: settings.env.DEEPL_SERVER_URL || undefined,
        concurrency: settings.concurrency
      })
    }
  }
}

/** The DeepL key and server from the environment; the key is required. */
export function deeplAccount(env: Readonly<Record<string, string | undefined>>): {
  authKey: string
  serverUrl: string | undefined
} {
  const authKey = env.DEEPL_AUTH_KEY
  if (!authKey) throw new UsageError('usage.deepl-key-missing')
  return {authKey, serverUrl: env.DEEPL_SERVER_URL || undefined}
}
