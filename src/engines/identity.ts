import type {Engine} from '../core/index.js'

/** Returns every unit unchanged: proves a document survives the pipeline. */
export const identityEngine: Engine = {
  name: 'identity',
  verbatim: true,
  async translate(request) {
    return {translations: [...request.texts], billedCharacters: 0, requests: 0}
  }
}
