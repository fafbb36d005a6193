import type {Engine} from '../core/index.js'
import {planBatches} from './deepl-request.js'

/**
 * `--dry-run`: counts the requests DeepL would get, as the DeepL engine
 * would pack them, and sends nothing. Texts come back unchanged.
 */
export const dryRunEngine: Engine = {
  name: 'dry-run',
  dryRun: true,
  async translate(request) {
    return {translations: [...request.texts], billedCharacters: 0, requests: planBatches(request).length}
  }
}
