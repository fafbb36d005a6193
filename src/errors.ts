/**
 * An error meant for the person at the terminal. `code` is a message key
 * (localised by the CLI), `values` fill it in, `exitCode` is what the process
 * ends with. Raised at the edges; the core reports on files instead.
 */
export class GlossaError extends Error {
  readonly code: string
  readonly values: Record<string, string | number>
  readonly exitCode: number

  constructor(
    code: string,
    values: Record<string, string | number> = {},
    options: {exitCode?: number; cause?: unknown} = {}
  ) {
    super(code + ' ' + JSON.stringify(values), options.cause === undefined ? {} : {cause: options.cause})
    this.name = 'GlossaError'
    this.code = code
    this.values = values
    this.exitCode = options.exitCode ?? 1
  }
}

/** Wrong arguments or configuration: exit code 2. */
export class UsageError extends GlossaError {
  constructor(code: string, values: Record<string, string | number> = {}, cause?: unknown) {
    super(code, values, cause === undefined ? {exitCode: 2} : {exitCode: 2, cause})
    this.name = 'UsageError'
  }
}

/** A failure that no later article can get past (a wrong key) ends the run as a usage error. */
export function stopRun(failure: {code: string; values: Record<string, string | number>}): UsageError {
  return new UsageError(failure.code, failure.values, failure)
}
