/** Where the CLI writes; `process.stdout` and `process.stderr` fit. */
export interface OutputStream {
  write(chunk: string): unknown
  isTTY?: boolean
}

/** Everything the CLI takes from its surroundings, so tests can run it in-process. */
export interface Io {
  stdout: OutputStream
  stderr: OutputStream
  env: Readonly<Record<string, string | undefined>>
  cwd: string
}
