import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {EngineFailure} from './core/engine.js'
import type {Translate} from './i18n.js'

/**
 * Render messages in vfile-reporter's layout (a file line, aligned rows of
 * place, severity, reason, rule id and source, then a byline), with every
 * word localised. Files are listed in the order given.
 */
export function report(files: readonly VFile[], t: Translate, options: {quiet: boolean}): string {
  const rows: Array<string | string[]> = []
  let fatal = 0
  let warnings = 0
  let lastHadMessages = false

  for (const file of files) {
    const messages = [...file.messages].sort(compareMessage)
    if (options.quiet && messages.length === 0) continue
    if (lastHadMessages) rows.push('')
    rows.push(messages.length === 0 ? file.path + ': ' + t('report.no-issues') : file.path)

    for (const message of messages) {
      if (message.fatal) fatal++
      else if (message.fatal === false) warnings++
      rows.push([
        placeOf(message),
        t(message.fatal ? 'report.error' : message.fatal === false ? 'report.warning' : 'report.info'),
        localise(message, t),
        message.ruleId ?? '',
        message.source ?? ''
      ])
    }

    lastHadMessages = messages.length > 0
  }

  if (fatal || warnings) rows.push('', byline(fatal, warnings, t))
  return align(rows)
}

/** A message's reason in the interface language, found by its rule id. */
export function localise(message: VFileMessage, t: Translate): string {
  const key = 'rule.' + (message.ruleId ?? '')
  const cause = message.cause
  const text = t(key, {
    file: message.file,
    actual: cause instanceof EngineFailure ? t(cause.code, cause.values) : (message.actual ?? ''),
    expected: (message.expected ?? []).join(', '),
    // Some rules carry counts in `expected`: `engine-stopped` has units and characters left.
    units: message.expected?.[0] ?? '',
    characters: message.expected?.[1] ?? ''
  })
  return text === key ? message.reason : text
}

function byline(fatal: number, warnings: number, t: Translate): string {
  const parts: string[] = []
  if (fatal) parts.push('✖ ' + t('report.errors', {count: fatal}))
  if (warnings) parts.push('⚠ ' + t('report.warnings', {count: warnings}))
  const list = parts.join(', ')
  return fatal && warnings ? t('report.messages', {count: fatal + warnings, list}) : list
}

function placeOf(message: VFileMessage): string {
  const place = message.place
  if (!place) return ''
  if ('start' in place) {
    return point(place.start) + (place.end ? '-' + point(place.end) : '')
  }

  return point(place)
}

function point(value: {line?: number | undefined; column?: number | undefined}): string {
  return (value.line ?? 1) + ':' + (value.column ?? 1)
}

function compareMessage(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

function align(rows: ReadonlyArray<string | string[]>): string {
  const sizes: number[] = []

  for (const row of rows) {
    if (typeof row === 'string') continue
    row.forEach((cell, index) => {
      sizes[index] = Math.max(sizes[index] ?? 0, [...cell].length)
    })
  }

  return rows
    .map((row) =>
      typeof row === 'string'
        ? row
        : row
            .map((cell, index) => cell + ' '.repeat((sizes[index] ?? 0) + 1 - [...cell].length))
            .join('')
            .trimEnd()
    )
    .join('\n')
}
