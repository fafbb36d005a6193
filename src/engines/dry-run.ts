import type {Engine} from '../core/index.js'
import {deeplMemoryId, planBatches} from './deepl-request.js'

/**
 * `--dry-run`: counts the requests DeepL would get, as the DeepL engine
 * would pack them, and sends nothing. Texts come back unchanged.
 */
export const dryRunEngine: Engine = {
  name: 'dry-run',
  dryRun: true,
  // It counts what DeepL would get, so what DeepL answered before is not counted.
  memoryId: deeplMemoryId,
  async translate(request) {
    return {translations: [...request.texts], billedCharacters: 0, requests: planBatches(request).length}
  }
}
