import type {Engine} from '../core/engine.js'
import {UsageError} from '../errors.js'

export type EngineName = 'deepl' | 'mock' | 'identity'

export const engineNames: readonly EngineName[] = ['deepl', 'mock', 'identity']

/** Load an engine by name; modules are imported only when asked for. */
export async function loadEngine(name: EngineName): Promise<Engine> {
  switch (name) {
    case 'mock':
      return (await import('./mock.js')).mockEngine
    case 'identity':
      return (await import('./identity.js')).identityEngine
    default:
      // The DeepL engine lands with its own issue; until then say so.
      throw new UsageError('usage.engine-unavailable', {engine: name})
  }
}
