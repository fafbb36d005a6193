/** English variants DeepL translates into (plain `en` is deprecated). */
export type TargetLanguage = 'en-US' | 'en-GB'

/** One call to an engine: the units of one article, encoded as XML. */
export interface EngineRequest {
  texts: readonly string[]
  sourceLanguage: 'it'
  targetLanguage: TargetLanguage
  /** Text that helps the engine but is not translated (title and lead). */
  context?: string
}

export interface EngineResponse {
  /** One translation per text, in order; `undefined` where none came back. */
  translations: Array<string | undefined>
  /** Characters the provider billed. */
  billedCharacters: number
  /** Translate requests made (retries and glossary calls not counted). */
  requests: number
  /** Why some texts have no translation; what did come back is kept. */
  failure?: EngineFailure
}

/**
 * A translation engine. Engines keep `<g id>…</g>` and `<x id/>` tags in
 * place; the pipeline checks that they did.
 */
export interface Engine {
  readonly name: string
  translate(request: EngineRequest): Promise<EngineResponse>
}

/**
 * An engine failed for one article (a refused request, a malformed answer).
 * `code` names the interface text that explains it; `cause` keeps the
 * original error.
 */
export class EngineFailure extends Error {
  readonly code: string
  readonly values: Record<string, string | number>
  /** Whether no later article can succeed either (a wrong key): the run stops. */
  readonly stopsRun: boolean

  constructor(code: string, values: Record<string, string | number>, cause?: unknown, stopsRun = false) {
    super(code + ' ' + JSON.stringify(values), cause === undefined ? {} : {cause})
    this.name = 'EngineFailure'
    this.code = code
    this.values = values
    this.stopsRun = stopsRun
  }
}
