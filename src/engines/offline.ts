import type {Engine} from '../core/index.js'

/**
 * `review apply`: no engine at all. Every unit's English comes from the
 * side-by-side file; a unit the file gives none for keeps its Italian, and
 * nothing is ever sent.
 */
export const offlineEngine: Engine = {
  name: 'review',
  async translate(request) {
    return {translations: request.texts.map(() => undefined), billedCharacters: 0, requests: 0}
  }
}
