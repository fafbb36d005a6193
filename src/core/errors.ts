/** Values that fill in an interface text. */
export type MessageValues = Record<string, string | number>

/**
 * The root of every error glossa raises, as deepl-node's `DeepLError` is of
 * its own. `code` names the interface text that explains it (the CLI
 * localises it), `values` fill it in, and `exitCode` is what the run ends
 * with; the original error, if any, is the `cause`.
 */
export class GlossaError extends Error {
  readonly code: string
  readonly values: MessageValues
  readonly exitCode: number

  constructor(code: string, values: MessageValues = {}, options: {exitCode?: number; cause?: unknown} = {}) {
    super(code + ' ' + JSON.stringify(values), options.cause === undefined ? {} : {cause: options.cause})
    this.name = 'GlossaError'
    this.code = code
    this.values = values
    this.exitCode = options.exitCode ?? 1
  }
}

/** Wrong arguments or configuration: nothing was done, exit code 2. */
export class UsageError extends GlossaError {
  constructor(code: string, values: MessageValues = {}, cause?: unknown) {
    super(code, values, cause === undefined ? {exitCode: 2} : {exitCode: 2, cause})
    this.name = 'UsageError'
  }
}

/**
 * An engine failed for one article (a refused request, a malformed answer):
 * that file fails. When no later article can succeed either (a wrong key,
 * no glossary slot), `stopsRun` is set and the run ends as a configuration
 * error, exit code 2.
 */
export class EngineFailure extends GlossaError {
  readonly stopsRun: boolean

  constructor(code: string, values: MessageValues, cause?: unknown, stopsRun = false) {
    super(code, values, {exitCode: stopsRun ? 2 : 1, cause})
    this.name = 'EngineFailure'
    this.stopsRun = stopsRun
  }
}
