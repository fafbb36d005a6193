import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {GlossaError} from '../core/index.js'
import type {Io} from '../io.js'
import type {Translate} from './i18n.js'

/** Totals of the messages reported so far, for the byline and the exit code. */
export interface ReportCounts {
  fatal: number
  warnings: number
}

export interface ReportWriter {
  /** Report one file's messages now, in vfile-reporter's layout, aligned within the file. */
  file(file: VFile): void
  /** The byline, when there was anything to count. */
  end(): void
  readonly counts: ReportCounts
}

/**
 * A report written file by file as files are done, so a run over thousands
 * of articles holds none of their messages once they are printed: each file's
 * block is laid out as vfile-reporter lays out that file alone (a file line,
 * aligned rows of place, severity, reason, rule id and source), blocks are
 * joined as it joins them, and the byline counts them all. Every word is
 * localised.
 */
export function createReportWriter(
  write: (text: string) => void,
  t: Translate,
  options: {quiet: boolean}
): ReportWriter {
  const counts: ReportCounts = {fatal: 0, warnings: 0}
  let lastHadMessages = false

  return {
    counts,
    file(file) {
      const messages = [...file.messages].sort(compareMessage)
      if (options.quiet && messages.length === 0) return
      const rows: Array<string | string[]> = []
      if (lastHadMessages) rows.push('')
      rows.push(messages.length === 0 ? file.path + ': ' + t('report.no-issues') : file.path)

      for (const message of messages) {
        if (message.fatal) counts.fatal++
        else if (message.fatal === false) counts.warnings++
        rows.push([
          placeOf(message),
          t(message.fatal ? 'report.error' : message.fatal === false ? 'report.warning' : 'report.info'),
          localise(message, t, {visible: true}),
          message.ruleId ?? '',
          message.source ?? ''
        ])
      }

      lastHadMessages = messages.length > 0
      write(align(rows) + '\n')
    },
    end() {
      if (counts.fatal || counts.warnings) write('\n' + byline(counts.fatal, counts.warnings, t) + '\n')
    }
  }
}

/** The whole report of `files`, in the order given; empty when there is nothing to say. */
export function report(files: readonly VFile[], t: Translate, options: {quiet: boolean}): string {
  let text = ''
  const writer = createReportWriter((chunk) => (text += chunk), t, options)
  for (const file of files) writer.file(file)
  writer.end()
  return text.replace(/\n$/, '')
}

/** Write the report of `files` on stderr, when it has anything to say. */
export function printReport(io: Io, files: readonly VFile[], t: Translate, options: {quiet: boolean}): void {
  const text = report(files, t, options)
  if (text) io.stderr.write(text + '\n')
}

/**
 * A message's reason in the interface language, found by its rule id. With
 * `visible`, for the terminal, control characters in its values are shown
 * escaped.
 */
export function localise(message: VFileMessage, t: Translate, options: {visible?: boolean} = {}): string {
  const key = 'rule.' + (message.ruleId ?? '')
  const text = t(key, {
    file: message.file,
    actual: actualText(message, t) ?? '',
    expected: (message.expected ?? []).join(', '),
    ...(options.visible ? visible(message.values ?? {}) : message.values)
  })
  return text === key ? message.reason : text
}

/**
 * What a message found, in words: a message may be caused by an error (a
 * refusal from DeepL, a write the system refused) or by another message (a
 * row an import skipped, for a problem it would give the glossary), and
 * then the cause's text is the `actual`; else the message's own.
 */
export function actualText(message: VFileMessage, t: Translate): string | undefined {
  const cause = message.cause
  if (cause instanceof GlossaError) return t(cause.code, cause.values)
  if (cause instanceof VFileMessage) return localise(cause, t)
  return message.actual ?? undefined
}

/**
 * Values can come from a file (a glossary term), so control characters in
 * them are shown as `\u0001` on the terminal: raw, they would be invisible
 * (a message about one would show nothing) or drive the terminal.
 */
function visible(values: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? value.replace(
            /[\p{Cc}\u2028\u2029]/gu,
            (character) => '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0')
          )
        : value
    ])
  )
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
