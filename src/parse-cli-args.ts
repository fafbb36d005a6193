import {parseArgs} from 'node:util'
import type {TargetLanguage} from './core/engine.js'
import {engineNames, type EngineName} from './engines/load-engine.js'
import {UsageError} from './errors.js'
import {languages, type Language} from './i18n.js'

export type Command =
  | {command: 'help'}
  | {command: 'version'}
  | {command: 'usage'}
  | {command: 'translate'; options: TranslateCommandOptions}

export interface TranslateCommandOptions {
  paths: string[]
  out: string
  to: TargetLanguage
  engine: EngineName | undefined
  json: boolean
  quiet: boolean
  frail: boolean
  lang: Language | undefined
  /** DeepL requests in flight at once. */
  concurrency: number
  /** Count what would be sent; send and write nothing. */
  dryRun: boolean
}

const targets: readonly TargetLanguage[] = ['en-US', 'en-GB']

const optionSpec = {
  out: {type: 'string'},
  to: {type: 'string'},
  engine: {type: 'string'},
  json: {type: 'boolean'},
  quiet: {type: 'boolean'},
  frail: {type: 'boolean'},
  concurrency: {type: 'string'},
  'dry-run': {type: 'boolean'},
  lang: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

/** Parse the command line (without `node` and the script). Pure; throws `UsageError`. */
export function parseCliArgs(argv: readonly string[]): Command {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options: optionSpec, allowPositionals: true, strict: true})
  } catch (error) {
    throw toUsageError(error)
  }

  const {values, positionals} = parsed
  const lang = oneOf('--lang', values.lang, languages)
  if (values.help) return {command: 'help'}
  if (values.version) return {command: 'version'}

  const [command, ...paths] = positionals
  if (command === undefined) throw new UsageError('usage.missing-command')
  if (command === 'usage' && paths.length === 0) return {command: 'usage'}
  if (command === 'usage') throw new UsageError('usage.unexpected-argument', {value: paths[0] ?? ''})
  if (command !== 'translate') throw new UsageError('usage.unknown-command', {command})

  const to = values.to === undefined ? 'en-US' : normaliseTarget(values.to)
  return {
    command: 'translate',
    options: {
      paths: paths.length > 0 ? paths : ['articles/'],
      out: nonEmpty('--out', values.out) ?? 'output/',
      to,
      engine: oneOf('--engine', values.engine, engineNames),
      json: values.json ?? false,
      quiet: values.quiet ?? false,
      frail: values.frail ?? false,
      lang,
      concurrency: values.concurrency === undefined ? 4 : count('--concurrency', values.concurrency, 1, 16),
      dryRun: values['dry-run'] ?? false
    }
  }
}

/** Find `--lang` before the full parse, so that even usage errors are localised. */
export function peekLanguage(argv: readonly string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--') break
    if (arg === '--lang') return argv[index + 1]
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length)
  }

  return undefined
}

function normaliseTarget(value: string): TargetLanguage {
  const found = targets.find((target) => target.toLowerCase() === value.toLowerCase())
  if (!found) throw new UsageError('usage.bad-value', {option: '--to', value, expected: targets.join(', ')})
  return found
}

function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[]
): T | undefined {
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError('usage.bad-value', {option, value, expected: allowed.join(', ')})
  }

  return value as T
}

function count(option: string, value: string, minimum: number, maximum: number): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < minimum || number > maximum) {
    throw new UsageError('usage.bad-value', {option, value, expected: minimum + '…' + maximum})
  }

  return number
}

function nonEmpty(option: string, value: string | undefined): string | undefined {
  if (value === '') throw new UsageError('usage.missing-value', {option})
  return value
}

function toUsageError(error: unknown): UsageError {
  const code = (error as {code?: string}).code
  const text = String((error as Error).message)
  const option = /'(-[^']*)'/.exec(text)?.[1]?.split(' ')[0] ?? text

  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('usage.unknown-option', {option}, error)
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const key = text.includes('does not take an argument') ? 'usage.no-value' : 'usage.missing-value'
    return new UsageError(key, {option}, error)
  }
  return new UsageError('usage.unexpected-argument', {value: text}, error)
}
