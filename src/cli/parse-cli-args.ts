import {parseArgs} from 'node:util'
import {
  glossaryFormats,
  qualityChecks,
  UsageError,
  type GlossaryFormat,
  type TargetLanguage
} from '../core/index.js'
import {engineNames, type EngineName} from '../engines/load-engine.js'
import {languages, type Language} from './i18n.js'
import {wholeNumber} from './whole-number.js'

export type Command =
  | {command: 'help'}
  | {command: 'version'}
  | {command: 'usage'}
  | {command: 'translate'; options: TranslateCommandOptions}
  | {command: 'glossary'; options: GlossaryCommandOptions}
  | {command: 'memory'; options: MemoryCommandOptions}
  | {command: 'review'; options: ReviewCommandOptions}

export const glossaryActions = ['list', 'add', 'remove', 'check', 'import', 'export', 'stats'] as const
export type GlossaryAction = (typeof glossaryActions)[number]

export interface GlossaryCommandOptions {
  action: GlossaryAction
  /** What follows the action: terms for `add`/`remove`, a file for `import`, articles for `stats`. */
  args: string[]
  /** The glossary file; default `glossary/glossary.tsv`. */
  glossary: string | undefined
  filter: string | undefined
  note: string
  forms: string[]
  forbid: string[]
  dnt: boolean
  format: GlossaryFormat | undefined
  /** `export`: the file to write; `stats`: the folder with the side-by-side files. */
  out: string | undefined
  json: boolean
  dryRun: boolean
  /** `import`: replace the English of terms the glossary has. */
  overwrite: boolean
  lang: Language | undefined
}

export const reviewActions = ['apply', 'status', 'serve'] as const
export type ReviewAction = (typeof reviewActions)[number]

export interface ReviewCommandOptions {
  action: ReviewAction
  /** Side-by-side files, or folders holding them; default `output/`. */
  paths: string[]
  glossary: string | undefined
  json: boolean
  dryRun: boolean
  frail: boolean
  quiet: boolean
  /** `serve`: the port, 0 for a free one; whether to open the default browser. */
  port: number
  open: boolean
  lang: Language | undefined
}

export const memoryActions = ['stats', 'export', 'import', 'prune', 'clear'] as const
export type MemoryAction = (typeof memoryActions)[number]

export interface MemoryCommandOptions {
  action: MemoryAction
  /** What follows the action: the TMX file for `export`/`import`, articles for `prune`. */
  args: string[]
  /** The memory file (`--memory`); default `GLOSSA_MEMORY`, else `.glossa/memory.sqlite`. */
  memory: string | undefined
  /** The glossary file for `prune` (its terms shape the encoded texts); default as `translate` finds it. */
  glossary: string | undefined
  json: boolean
  /** `prune`, `clear`: say what would go; delete nothing. */
  dryRun: boolean
  /** `export`: a folder of side-by-side files whose reviewed rows go into the TMX too. */
  reviewed: string | undefined
  lang: Language | undefined
}

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
  /** The glossary file; default `glossary/glossary.tsv`. */
  glossary: string | undefined
  /** The translation memory file (`--memory`); default `GLOSSA_MEMORY`, else `.glossa/memory.sqlite`. */
  memory: string | undefined
  /** `--no-memory`: neither look up nor store, for this run. */
  noMemory: boolean
  /** The quality checks to run (`--checks`, less `--no-checks`). */
  checks: Set<string>
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
  glossary: {type: 'string'},
  filter: {type: 'string'},
  note: {type: 'string'},
  forms: {type: 'string', multiple: true},
  forbid: {type: 'string', multiple: true},
  dnt: {type: 'boolean'},
  format: {type: 'string'},
  overwrite: {type: 'boolean'},
  memory: {type: 'string'},
  'no-memory': {type: 'boolean'},
  reviewed: {type: 'string'},
  port: {type: 'string'},
  checks: {type: 'string'},
  'no-checks': {type: 'string'},
  open: {type: 'boolean'},
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
  if (command === 'glossary') return {command, options: glossaryOptions(paths, values, lang)}
  if (command === 'memory') return {command, options: memoryOptions(paths, values, lang)}
  if (command === 'review') return {command, options: reviewOptions(paths, values, lang)}
  if (command !== 'translate') throw new UsageError('usage.unknown-command', {command})
  onlyFor('translate', values, [
    'out',
    'to',
    'engine',
    'json',
    'quiet',
    'frail',
    'concurrency',
    'dry-run',
    'memory',
    'no-memory',
    'checks',
    'no-checks'
  ])
  if (values.memory !== undefined && values['no-memory']) {
    throw new UsageError('usage.option-conflict', {option: '--memory', other: '--no-memory'})
  }

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
      concurrency:
        values.concurrency === undefined ? 4 : wholeNumber('--concurrency', values.concurrency, 1, 16),
      dryRun: values['dry-run'] ?? false,
      glossary: nonEmpty('--glossary', values.glossary),
      memory: nonEmpty('--memory', values.memory),
      noMemory: values['no-memory'] ?? false,
      checks: checkSet(values.checks, values['no-checks'])
    }
  }
}

type Values = ReturnType<typeof parseArgs<{options: typeof optionSpec}>>['values']

/** Options every command takes. */
const common = ['lang', 'help', 'version', 'glossary']

/** What each glossary action takes besides the common options, and how many arguments. */
const glossaryUse: Record<GlossaryAction, {options: string[]; least: number; most: number}> = {
  list: {options: ['filter', 'json'], least: 0, most: 0},
  add: {options: ['note', 'forms', 'forbid', 'dnt'], least: 1, most: 2},
  remove: {options: [], least: 1, most: 1},
  check: {options: ['json'], least: 0, most: 0},
  import: {options: ['format', 'dry-run', 'overwrite'], least: 1, most: 1},
  export: {options: ['format', 'out'], least: 0, most: 0},
  stats: {options: ['out', 'json'], least: 0, most: Number.POSITIVE_INFINITY}
}

function glossaryOptions(
  positionals: string[],
  values: Values,
  lang: Language | undefined
): GlossaryCommandOptions {
  const [action, ...args] = positionals
  if (action === undefined)
    throw new UsageError('usage.missing-action', {expected: glossaryActions.join(', ')})
  const chosen = oneOf('glossary', action, glossaryActions) as GlossaryAction
  const use = glossaryUse[chosen]
  onlyFor('glossary ' + chosen, values, use.options)
  // A do-not-translate term is its own English.
  const least = chosen === 'add' && !values.dnt ? 2 : use.least
  if (args.length < least) throw new UsageError('usage.missing-argument', {command: 'glossary ' + chosen})
  if (args.length > use.most) throw new UsageError('usage.unexpected-argument', {value: args[use.most] ?? ''})

  return {
    action: chosen,
    args,
    glossary: nonEmpty('--glossary', values.glossary),
    filter: values.filter,
    note: values.note ?? '',
    forms: (values.forms ?? []).flatMap(splitList),
    forbid: (values.forbid ?? []).flatMap(splitList),
    dnt: values.dnt ?? false,
    format: oneOf('--format', values.format, glossaryFormats),
    out: nonEmpty('--out', values.out),
    json: values.json ?? false,
    dryRun: values['dry-run'] ?? false,
    overwrite: values.overwrite ?? false,
    lang
  }
}

/** What each memory action takes besides the common options, and how many arguments. */
const memoryUse: Record<MemoryAction, {options: string[]; least: number; most: number}> = {
  stats: {options: ['memory', 'json'], least: 0, most: 0},
  export: {options: ['memory', 'reviewed'], least: 1, most: 1},
  import: {options: ['memory'], least: 1, most: 1},
  prune: {options: ['memory', 'dry-run'], least: 0, most: Number.POSITIVE_INFINITY},
  clear: {options: ['memory', 'dry-run'], least: 0, most: 0}
}

function reviewOptions(
  positionals: string[],
  values: Values,
  lang: Language | undefined
): ReviewCommandOptions {
  const [action, ...paths] = positionals
  if (action === undefined) {
    throw new UsageError('usage.missing-review-action', {expected: reviewActions.join(', ')})
  }

  const chosen = oneOf('review', action, reviewActions) as ReviewAction
  const allowed = {apply: ['dry-run', 'frail', 'quiet', 'json'], status: ['json'], serve: ['port', 'open']}
  onlyFor('review ' + chosen, values, allowed[chosen])
  return {
    action: chosen,
    paths: paths.length > 0 ? paths : ['output/'],
    glossary: nonEmpty('--glossary', values.glossary),
    json: values.json ?? false,
    dryRun: values['dry-run'] ?? false,
    frail: values.frail ?? false,
    quiet: values.quiet ?? false,
    port: values.port === undefined ? 0 : wholeNumber('--port', values.port, 0, 65535),
    open: values.open ?? false,
    lang
  }
}

/** `--checks a,b` keeps only those quality checks, `--no-checks c` drops some; each name must be a check. */
function checkSet(only: string | undefined, without: string | undefined): Set<string> {
  const names = (option: string, value: string) =>
    value.split(',').map((name) => {
      const trimmed = name.trim()
      if (!(qualityChecks as readonly string[]).includes(trimmed)) {
        throw new UsageError('usage.bad-value', {option, value: trimmed, expected: qualityChecks.join(', ')})
      }

      return trimmed
    })
  const checks = new Set<string>(only === undefined ? qualityChecks : names('--checks', only))
  for (const name of without === undefined ? [] : names('--no-checks', without)) checks.delete(name)
  return checks
}

function memoryOptions(
  positionals: string[],
  values: Values,
  lang: Language | undefined
): MemoryCommandOptions {
  const [action, ...args] = positionals
  if (action === undefined) {
    throw new UsageError('usage.missing-memory-action', {expected: memoryActions.join(', ')})
  }
  const chosen = oneOf('memory', action, memoryActions) as MemoryAction
  const use = memoryUse[chosen]
  onlyFor('memory ' + chosen, values, use.options)
  if (args.length < use.least) throw new UsageError('usage.missing-argument', {command: 'memory ' + chosen})
  if (args.length > use.most) throw new UsageError('usage.unexpected-argument', {value: args[use.most] ?? ''})

  return {
    action: chosen,
    args,
    memory: nonEmpty('--memory', values.memory),
    glossary: nonEmpty('--glossary', values.glossary),
    json: values.json ?? false,
    dryRun: values['dry-run'] ?? false,
    reviewed: nonEmpty('--reviewed', values.reviewed),
    lang
  }
}

/** Refuse an option the command does not take, rather than ignore it silently. */
function onlyFor(command: string, values: Values, allowed: readonly string[]): void {
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && !common.includes(name) && !allowed.includes(name)) {
      throw new UsageError('usage.option-not-for', {option: '--' + name, command})
    }
  }
}

/** `--forms "a | b"` and `--forms a --forms b` mean the same. */
function splitList(value: string): string[] {
  return value
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '')
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
