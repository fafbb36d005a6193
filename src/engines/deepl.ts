import * as deepl from 'deepl-node'
import {EngineFailure, type Engine, type EngineRequest, type EngineResponse} from '../core/engine.js'
import type {GlossaryEntry} from '../core/glossary-entry.js'
import {ensureGlossary} from './deepl-glossary.js'
import {planBatches, textOptions} from './deepl-request.js'

export interface DeepLSettings {
  /** From `DEEPL_AUTH_KEY`; never printed, logged or stored. */
  authKey: string
  /** From `DEEPL_SERVER_URL`: a DeepL-compatible server; default DeepL's own. */
  serverUrl: string | undefined
  /** From `DEEPL_TIMEOUT_MS`: the shortest time one attempt may take. */
  timeout: number | undefined
  /** Requests in flight at once. */
  concurrency: number
  /** The project glossary, uploaded once per content and passed with every request. */
  glossary: readonly GlossaryEntry[]
  /** Names this project's glossaries on DeepL, so another project's are never touched. */
  project: string
}

/**
 * deepl-node retries 429, 5xx and network timeouts itself with exponential
 * backoff (1 s, ×1.6, ±23 %): `maxRetries` is the total number of attempts.
 * Four attempts wait about 1 + 1.6 + 2.6 s between them; `minTimeout` is the
 * lowest timeout of one attempt, so a server that never answers costs about
 * four of them.
 */
export const deeplRetry = {maxRetries: 4, minTimeout: 10_000}

/** A deepl-node client for the key and server in `settings`. */
export function createDeepLClient(
  settings: Pick<DeepLSettings, 'authKey' | 'serverUrl' | 'timeout'>
): deepl.DeepLClient {
  return new deepl.DeepLClient(settings.authKey, {
    ...(settings.serverUrl ? {serverUrl: settings.serverUrl} : {}),
    ...deeplRetry,
    ...(settings.timeout ? {minTimeout: settings.timeout} : {}),
    appInfo: {appName: 'glossa', appVersion: '0.1.0'}
  })
}

/** The DeepL engine, through deepl-node. */
export function createDeepLEngine(settings: DeepLSettings): Engine {
  const client = createDeepLClient(settings)
  // After a 456 nothing more is sent in this run: the quota is the account's.
  let exhausted: EngineFailure | undefined
  // The glossary is looked up (and uploaded if it changed) once per run.
  let glossaryId: Promise<string | undefined> | undefined

  return {
    name: 'deepl',
    async translate(request) {
      const translations: Array<string | undefined> = request.texts.map(() => undefined)
      const response: EngineResponse = {translations, billedCharacters: 0, requests: 0}
      if (exhausted) return {...response, failure: exhausted}

      let glossary: string | undefined
      try {
        glossary = await (glossaryId ??= glossaryFor(client, settings))
      } catch (error) {
        // A passing failure is tried again for the next article.
        glossaryId = undefined
        const failure = toFailure(error)
        if (failure.code === 'error.deepl-quota') exhausted = failure
        return {...response, failure}
      }

      const options = {...textOptions(request), ...(glossary ? {glossary} : {})}
      const batches = planBatches(request)
      let next = 0
      let failure: EngineFailure | undefined
      // Only a malformed answer lets the other batches go on: DeepL works,
      // that one answer did not. Anything else stops the sending.
      let stopped = false

      const worker = async () => {
        while (next < batches.length && !stopped && !exhausted) {
          const [start, end] = batches[next++]!
          const texts = request.texts.slice(start, end)
          response.requests++
          try {
            const results = await client.translateText(
              texts,
              request.sourceLanguage,
              request.targetLanguage,
              options
            )
            if (results.length !== texts.length) {
              throw new EngineFailure('error.engine-count', {
                engine: 'deepl',
                actual: results.length,
                expected: texts.length
              })
            }

            for (const [offset, result] of results.entries()) {
              translations[start + offset] = result.text
              response.billedCharacters += result.billedCharacters ?? 0
            }
          } catch (error) {
            const current = toFailure(error)
            // The quota outranks whatever failed before it: it is what stops the run.
            if (current.code === 'error.deepl-quota') exhausted = current
            if (!failure || current.code === 'error.deepl-quota' || current.stopsRun) failure = current
            if (current.code !== 'error.engine-count') stopped = true
          }
        }
      }

      // Batches run `concurrency` at a time; what was received is kept for the caller to write.
      await Promise.all(Array.from({length: Math.min(settings.concurrency, batches.length)}, worker))
      return failure ? {...response, failure} : response
    }
  }
}

/** The project glossary's id on DeepL, uploading it if it changed; none without entries. */
async function glossaryFor(client: deepl.DeepLClient, settings: DeepLSettings): Promise<string | undefined> {
  if (settings.glossary.length === 0) return undefined
  try {
    return await ensureGlossary(client, settings.glossary, {
      freePlan: settings.authKey.endsWith(':fx'),
      project: settings.project
    })
  } catch (error) {
    // DeepL answers 456 when the glossary slots are full (the Free plan has one).
    if (error instanceof deepl.QuotaExceededError) {
      throw new EngineFailure('error.deepl-glossary-limit', {}, error, true)
    }

    throw error
  }
}

/** Map deepl-node's errors, by class, to failures with an interface text. */
export function toFailure(error: unknown): EngineFailure {
  if (error instanceof EngineFailure) return error
  if (error instanceof deepl.AuthorizationError) return new EngineFailure('error.deepl-auth', {}, error, true)
  if (error instanceof deepl.QuotaExceededError) return new EngineFailure('error.deepl-quota', {}, error)
  if (error instanceof deepl.TooManyRequestsError) return new EngineFailure('error.deepl-busy', {}, error)
  if (error instanceof deepl.ConnectionError) {
    const reason = connectionReason(error)
    return reason === 'ECONNABORTED' || reason === 'ETIMEDOUT'
      ? new EngineFailure('error.deepl-timeout', {}, error)
      : new EngineFailure('error.deepl-connection', {reason}, error)
  }

  const message = error instanceof Error ? error.message : String(error)
  return new EngineFailure('error.deepl-failed', {message}, error)
}

function connectionReason(error: deepl.ConnectionError): string {
  const code = (error.error as {code?: string} | undefined)?.code
  return code ?? error.message
}
