import {documentSettings} from '../core/index.js'
import type {Outcome} from '../cli/exit-code.js'
import type {Translate} from '../cli/i18n.js'
import {jsonSummary} from '../cli/json-summary.js'
import type {TranslateCommandOptions} from '../cli/parse-cli-args.js'
import {refuseBrokenGlossary} from '../cli/refuse-broken-glossary.js'
import {localise, printReport} from '../cli/report.js'
import {loadEngine} from '../engines/load-engine.js'
import {loadConfig} from '../fs/load-config.js'
import {loadGlossary} from '../fs/load-glossary.js'
import type {Io} from '../io.js'
import {translateFiles, type ProgressEvent} from './translate-files.js'

/** `glossa translate`: translate the articles, report on each, summarise. */
export async function runTranslate(options: TranslateCommandOptions, io: Io, t: Translate): Promise<Outcome> {
  const config = await loadConfig(io.cwd)
  // A broken glossary stops the run before anything is sent.
  const glossary = await loadGlossary(io.cwd, options.glossary)
  refuseBrokenGlossary(glossary, io, t, 'usage.glossary-broken')

  const engineName = options.engine ?? (io.env.DEEPL_AUTH_KEY ? 'deepl' : 'mock')
  if (options.engine === undefined && engineName === 'mock' && !options.quiet && !options.dryRun) {
    io.stderr.write(t('notice.mock-fallback') + '\n')
  }

  // A dry run counts DeepL's requests and sends nothing, so it needs no key.
  const engine = await loadEngine(options.dryRun ? 'dry-run' : engineName, {
    env: io.env,
    concurrency: options.concurrency,
    project: config.project
  })
  const progress = io.stderr.isTTY && !options.quiet
  const outcomes = await translateFiles({
    inputs: options.paths,
    cwd: io.cwd,
    outDir: options.out,
    settings: documentSettings({
      engine,
      targetLanguage: options.to,
      fields: config.frontMatterFields,
      glossary: glossary.glossary
    }),
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
  printReport(io, files, t, {quiet: options.quiet})

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
  return {files, frail: options.frail}
}
