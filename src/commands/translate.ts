import {documentSettings, type Engine} from '../core/index.js'
import type {Outcome} from '../cli/exit-code.js'
import type {Translate} from '../cli/i18n.js'
import {jsonSummary} from '../cli/json-summary.js'
import type {TranslateCommandOptions} from '../cli/parse-cli-args.js'
import {refuseBrokenGlossary} from '../cli/refuse-broken-glossary.js'
import {createProgressBar} from '../cli/progress-bar.js'
import {createReportWriter} from '../cli/report.js'
import {sideBySideTexts} from '../cli/side-by-side-texts.js'
import {loadEngine, type EngineName} from '../engines/load-engine.js'
import {checkOutputFolders} from '../fs/check-output-folders.js'
import {displayPath} from '../fs/display-path.js'
import {glossaryPath} from '../fs/find-project.js'
import {loadProjects, type Project} from '../fs/load-projects.js'
import {planArticles} from '../fs/plan-articles.js'
import type {Io} from '../io.js'
import {dirname} from 'node:path'
import {openRunMemory} from './open-run-memory.js'
import {printSummary} from './print-summary.js'
import {translateFiles, type ProgressEvent} from './translate-files.js'

/**
 * `glossa translate`: find the articles and each one's project (its
 * configuration and glossary, from the article's folder up), check that
 * everything can run and be written, then translate, report and summarise.
 */
export async function runTranslate(options: TranslateCommandOptions, io: Io, t: Translate): Promise<Outcome> {
  const plan = await planArticles(options.paths, io.cwd, options.out)
  const articles = plan.flatMap((entry) => (entry.kind === 'article' ? [entry] : []))
  const projects = await loadProjects(
    articles.map((article) => article.path),
    io.cwd,
    options.glossary
  )
  const distinct = [...new Set(projects.values())]

  // A broken glossary stops the run before anything is sent.
  for (const project of distinct) refuseBrokenGlossary(project.glossary, io, t, 'usage.glossary-broken')

  const engineName = options.engine ?? (io.env.DEEPL_AUTH_KEY ? 'deepl' : 'mock')
  // Engines first: a missing key is a usage error before any folder or memory is made.
  const engines = await projectEngines(distinct, options, io, options.dryRun ? 'dry-run' : engineName)
  // Without a key the mock stands in, and says so when it is first asked for
  // anything: a reviewed article it never translates gets no notice.
  if (!options.quiet && options.engine === undefined && engineName === 'mock' && !options.dryRun) {
    let told = false
    for (const [project, engine] of engines) {
      engines.set(project, {
        ...engine,
        translate(request) {
          if (!told && request.texts.length > 0) io.stderr.write(t('notice.mock-fallback') + '\n')
          told ||= request.texts.length > 0
          return engine.translate(request)
        }
      })
    }
  }

  if (!options.quiet) {
    const noticed = new Set<Project>()
    // A project without a glossary is said plainly: nothing warns about terms then.
    for (const article of articles) {
      const project = projects.get(article.path)!
      if (project.glossary.exists || noticed.has(project)) continue
      noticed.add(project)
      const folder = displayPath(io.cwd, project.root ?? dirname(article.path))
      io.stderr.write(t('notice.no-glossary', {file: glossaryPath, folder}) + '\n')
    }
  }

  // Every output folder is made and tried before DeepL is paid for anything.
  if (!options.dryRun) {
    await checkOutputFolders(
      articles.flatMap((article) => [article.output.translation, article.output.sideBySide]),
      io.cwd
    )
  }

  const engine = engines.values().next().value!
  const memory = await openRunMemory(options, io, engine)
  try {
    const settings = new Map(
      distinct.map((project) => [
        project,
        documentSettings({
          engine: engines.get(project)!,
          targetLanguage: options.to,
          fields: project.config.frontMatterFields,
          glossary: project.glossary.glossary,
          memory: memory?.memory,
          checks: options.checks
        })
      ])
    )
    // A bar only for someone watching a terminal: not on a pipe, in CI (whose
    // logs keep every redraw), on a terminal that cannot erase a line, or when
    // asked for quiet or for JSON.
    const progress =
      io.stderr.isTTY && !options.quiet && !options.json && !io.env.CI && io.env.TERM !== 'dumb'
        ? createProgressBar(io.stderr, t)
        : undefined
    // Each article's messages are printed once it and those before it are
    // done, then let go, so memory does not grow with the number of articles;
    // `--json` is one document written at the end, so it keeps them.
    const reporter = createReportWriter(
      (text) => {
        progress?.done()
        io.stderr.write(text)
      },
      t,
      {quiet: options.quiet || options.dryRun}
    )
    let translated = 0
    // Requests on the wire, all engines of the run told: only DeepL's sends any.
    const distinctEngines = [...new Set(engines.values())]
    const inFlight = () =>
      distinctEngines.reduce((sum, engine) => sum + (engine.requestsInFlight?.() ?? 0), 0)
    let outcomes
    try {
      outcomes = await translateFiles({
        plan,
        cwd: io.cwd,
        // As many articles at once as requests: a folder of short articles fills the slots.
        inFlight: options.concurrency,
        settingsFor: (article) => settings.get(projects.get(article.path)!)!,
        sideBySide: (language) => sideBySideTexts(t, language),
        onOutcome(outcome) {
          // A dry run checks nothing, so a file without messages is not said to have none.
          reporter.file(outcome.file)
          if (outcome.reviewFile) reporter.file(outcome.reviewFile)
          if (outcome.output && !outcome.file.messages.some((message) => message.fatal)) translated++
          if (!options.json) {
            outcome.file.messages = []
            if (outcome.reviewFile) outcome.reviewFile.messages = []
          }
        },
        ...(progress
          ? {
              onProgress: (event: ProgressEvent) => {
                const requests = inFlight()
                progress.update({
                  articlesDone: event.done,
                  articlesTotal: event.total,
                  ...(event.unitsTotal > 0
                    ? {unitsDone: event.unitsDone, unitsTotal: event.unitsTotal, unitsFinal: event.allSplit}
                    : {}),
                  // Said once there is something to say.
                  ...(requests > 0 ? {inFlight: requests} : {}),
                  ...(event.fromMemory > 0 ? {fromMemory: event.fromMemory} : {}),
                  ...(event.billedCharacters > 0 ? {billedCharacters: event.billedCharacters} : {})
                })
              }
            }
          : {})
      })
    } finally {
      progress?.done()
      reporter.end()
    }

    const summary = jsonSummary(outcomes, t)
    if (!options.quiet) {
      printSummary(io, t, summary, {
        engine: engine.name,
        articles: articles.length,
        translated,
        dryRun: options.dryRun,
        memory: memory !== undefined
      })
    }

    if (options.json) io.stdout.write(JSON.stringify(summary, null, 2) + '\n')
    return {files: [], counts: reporter.counts, frail: options.frail}
  } finally {
    memory?.close()
  }
}

/** Each project's engine; projects named alike share one (DeepL's glossaries are named by project). */
async function projectEngines(
  projects: readonly Project[],
  options: TranslateCommandOptions,
  io: Io,
  engineName: EngineName
): Promise<Map<Project, Engine>> {
  const byName = new Map<string, Engine>()
  const engines = new Map<Project, Engine>()

  for (const project of projects) {
    let engine = byName.get(project.config.project)
    if (!engine) {
      engine = await loadEngine(engineName, {
        env: io.env,
        concurrency: options.concurrency,
        project: project.config.project
      })
      byName.set(project.config.project, engine)
    }

    engines.set(project, engine)
  }

  return engines
}
