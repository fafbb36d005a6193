import type {EngineFailure} from './errors.js'
import type {Glossary} from './glossary/index.js'

/** English variants DeepL translates into (plain `en` is deprecated). */
export type TargetLanguage = 'en-US' | 'en-GB'

/** One call to an engine: the units of one article, encoded as XML. */
export interface EngineRequest {
  texts: readonly string[]
  sourceLanguage: 'it'
  targetLanguage: TargetLanguage
  /** Text that helps the engine but is not translated (title and lead). */
  context?: string
  /** The project glossary, for engines that honour one; absent when it has no entries. */
  glossary?: Glossary | undefined
  /**
   * Called as each answer arrives (one batch of texts), before the next is
   * awaited, so what was paid for can be kept even if the run dies later.
   */
  onAnswer?: ((answer: EngineAnswer) => void) | undefined
}

/** One answer of an engine: some of a request's texts, translated. */
export interface EngineAnswer {
  /** Positions in `EngineRequest.texts`. */
  indices: number[]
  translations: string[]
  /** Characters billed, per text. */
  billedCharacters: number[]
  /** The source language the engine detected, per text, when it says. */
  detectedLanguages: Array<string | undefined>
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
  /**
   * Set on the `--dry-run` engine: it counts what would be sent and gives
   * the texts back unchanged, so nothing is checked and nothing is written.
   */
  readonly dryRun?: boolean
  /**
   * Set on engines whose answers are paid for and worth keeping (DeepL):
   * the engine's name and every option that changes its output, as the
   * memory keys its answers. Engines without it are never remembered.
   */
  readonly memoryId?: string
  /** Set on an engine that gives every text back as it came (`identity`): its English is not checked for quality. */
  readonly verbatim?: boolean
  translate(request: EngineRequest): Promise<EngineResponse>
  /** Requests sent and not yet answered, for an engine that sends them (a progress bar shows it). */
  requestsInFlight?(): number
}
