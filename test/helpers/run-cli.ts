import {mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {main} from '../../src/main.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Run the CLI in-process with captured streams and a controlled environment. */
export async function runCli(
  argv: readonly string[],
  options: {cwd?: string; env?: Record<string, string | undefined>; tty?: boolean} = {}
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: {write: (chunk: string) => (stdout += chunk)},
    stderr: {write: (chunk: string) => (stderr += chunk), isTTY: options.tty ?? false},
    env: options.env ?? {LANG: 'en_US.UTF-8'},
    cwd: options.cwd ?? process.cwd()
  })
  return {code, stdout, stderr}
}

/** A fresh temporary folder. */
export function temporaryFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'glossa-test-'))
}
