import * as deepl from 'deepl-node'
import {EngineFailure, type Engine, type EngineResponse, type Glossary} from '../core/index.js'
import {ensureGlossary} from './deepl-glossary.js'
import {deeplMemoryId, planBatches, textOptions} from './deepl-request.js'
import type {RetryPolicy} from './load-engine.js'
import {requestSlots} from './request-slots.js'

export interface DeepLSettings {
  /** From `DEEPL_AUTH_KEY`; never printed, logged or stored. */
  authKey: string
  /** From `DEEPL_SERVER_URL`: a DeepL-compatible server; default DeepL's own. */
  serverUrl: string | undefined
  /** How often one request is tried, and how long one attempt may take at least. */
  retry: RetryPolicy
  /** Requests in flight at once. */
  concurrency: number
  /** Names this project's glossaries on DeepL, so another project's are never touched. */
  project: string
  /** glossa's version, for DeepL's User-Agent. */
  version: string
}

/** A deepl-node client for the key, server and retry policy in `settings`. */
export function createDeepLClient(
  settings: Pick<DeepLSettings, 'authKey' | 'serverUrl' | 'retry' | 'version'>
): deepl.DeepLClient {
  return new deepl.DeepLClient(settings.authKey, {
    ...(settings.serverUrl ? {serverUrl: settings.serverUrl} : {}),
    maxRetries: settings.retry.attempts,
    minTimeout: settings.retry.minTimeout,
    appInfo: {appName: 'glossa', appVersion: settings.version}
  })
}

/** The DeepL engine, through deepl-node. */
export function createDeepLEngine(settings: DeepLSettings): Engine {
  const client = createDeepLClient(settings)
  // Shared by every article of the run: `concurrency` requests in flight in all.
  const slots = requestSlots(settings.concurrency)
  // After a 456 nothing more is sent in this run: the quota is the account's.
  let exhausted: EngineFailure | undefined
  // The glossary is looked up (and uploaded if it changed) once per run.
  let uploaded: {glossary: Glossary; id: Promise<string | undefined>} | undefined

  return {
    name: 'deepl',
    memoryId: deeplMemoryId,
    requestsInFlight: () => slots.busy,
    async translate(request) {
      const translations: Array<string | undefined> = request.texts.map(() => undefined)
      const response: EngineResponse = {translations, billedCharacters: 0, requests: 0}
      if (exhausted) return {...response, failure: exhausted}

      let glossary: string | undefined
      try {
        if (request.glossary && uploaded?.glossary !== request.glossary) {
          uploaded = {glossary: request.glossary, id: glossaryFor(client, request.glossary, settings)}
        }
        glossary = request.glossary && (await uploaded?.id)
      } catch (error) {
        // A passing failure is tried again for the next article.
        uploaded = undefined
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
            const results = await slots.run(async () => {
              // The quota may have run out while this request waited for a slot.
              if (exhausted) throw exhausted
              return client.translateText(texts, request.sourceLanguage, request.targetLanguage, options)
            })
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

            request.onAnswer?.({
              indices: results.map((_, offset) => start + offset),
              translations: results.map((result) => result.text),
              billedCharacters: results.map((result) => result.billedCharacters ?? 0),
              detectedLanguages: results.map((result) => result.detectedSourceLang)
            })
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
async function glossaryFor(
  client: deepl.DeepLClient,
  glossary: Glossary,
  settings: DeepLSettings
): Promise<string | undefined> {
  if (glossary.entries.length === 0) return undefined
  try {
    return await ensureGlossary(client, glossary, {
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
