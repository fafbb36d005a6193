import type {Translate} from './i18n.js'
import type {Io} from './io.js'
import {jsonSummary} from './json-summary.js'
import {loadConfig} from './load-config.js'
import {compileTerms} from './core/term-matcher.js'
import {loadGlossary} from './fs/load-glossary.js'
import {refuseBrokenGlossary} from './print-glossary-problems.js'
import {loadEngine} from './engines/load-engine.js'
import type {TranslateCommandOptions} from './parse-cli-args.js'
import {localise, report} from './report.js'
import {translateFiles, type ProgressEvent} from './translate-files.js'

/** `glossa translate`: returns the exit code. */
export async function runTranslate(options: TranslateCommandOptions, io: Io, t: Translate): Promise<number> {
  const config = await loadConfig(io.cwd)
  // A broken glossary stops the run before anything is sent.
  const glossary = await loadGlossary(io.cwd, options.glossary)
  if (refuseBrokenGlossary(glossary, io, t, 'usage.glossary-broken')) return 2

  const engineName = options.engine ?? (io.env.DEEPL_AUTH_KEY ? 'deepl' : 'mock')
  if (options.engine === undefined && engineName === 'mock' && !options.quiet && !options.dryRun) {
    io.stderr.write(t('notice.mock-fallback') + '\n')
  }

  // A dry run counts DeepL's requests and sends nothing, so it needs no key.
  const engine = await loadEngine(options.dryRun ? 'dry-run' : engineName, {
    env: io.env,
    concurrency: options.concurrency,
    glossary: glossary.entries,
    project: config.project
  })
  const progress = io.stderr.isTTY && !options.quiet
  const outcomes = await translateFiles({
    inputs: options.paths,
    cwd: io.cwd,
    outDir: options.out,
    targetLanguage: options.to,
    engine,
    fields: config.frontMatterFields,
    glossary:
      glossary.entries.length > 0
        ? {entries: glossary.entries, matcher: compileTerms(glossary.entries)}
        : undefined,
    write: !options.dryRun,
    sideBySide: {
      headers: [t('sideBySide.id'), t('sideBySide.source'), t('sideBySide.target'), t('sideBySide.notes')],
      instructions: t('sideBySide.instructions'),
      note: (message) => '`' + (message.ruleId ?? '') + '` ' + localise(message, t)
    },
    ...(progress
      ? {
          onProgress: (event: ProgressEvent) =>
            io.stderr.write('\r\u001B[K' + t('progress', {...event, current: event.done + 1}))
        }
      : {})
  })
  if (progress) io.stderr.write('\r\u001B[K')

  const files = outcomes.map((outcome) => outcome.file)
  const text = report(files, t, {quiet: options.quiet})
  if (text) io.stderr.write(text + '\n')

  const summary = jsonSummary(outcomes, t)
  if (!options.quiet) {
    io.stderr.write(
      t(options.dryRun ? 'summary.dry-run' : 'summary.line', {
        count: summary.totals.files,
        translated: outcomes.filter(
          (outcome) => outcome.output && !outcome.file.messages.some((message) => message.fatal)
        ).length,
        engine: engine.name,
        units: summary.totals.units,
        characters: summary.totals.characters,
        requests: summary.totals.requests,
        billed: summary.totals.billedCharacters
      }) + '\n'
    )
  }

  // With several files, the cost of each, so an editor sees where it went.
  if (!options.quiet && !options.dryRun && summary.files.length > 1) {
    for (const file of summary.files) {
      if (file.output) {
        io.stderr.write(
          '  ' +
            t('summary.file', {file: file.path, requests: file.requests, billed: file.billedCharacters}) +
            '\n'
        )
      }
    }
  }

  if (options.json) io.stdout.write(JSON.stringify(summary, null, 2) + '\n')

  const messages = files.flatMap((file) => file.messages)
  if (messages.some((message) => message.fatal)) return 1
  if (options.frail && messages.some((message) => message.fatal === false)) return 1
  return 0
}
