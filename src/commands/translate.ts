import {documentSettings, type DocumentSettings, type Engine, type TranslationMemory} from '../core/index.js'
import type {Outcome} from '../cli/exit-code.js'
import type {Translate} from '../cli/i18n.js'
import {jsonSummary} from '../cli/json-summary.js'
import type {TranslateCommandOptions} from '../cli/parse-cli-args.js'
import {refuseBrokenGlossary} from '../cli/refuse-broken-glossary.js'
import {localise, printReport} from '../cli/report.js'
import {loadEngine, type EngineName} from '../engines/load-engine.js'
import {checkOutputFolders} from '../fs/check-output-folders.js'
import {displayPath} from '../fs/display-path.js'
import {glossaryPath} from '../fs/find-project.js'
import {loadProjects, type Project} from '../fs/load-projects.js'
import {planArticles, type PlanEntry, type PlannedArticle} from '../fs/plan-articles.js'
import {memoryPath} from '../memory/memory-path.js'
import type {Io} from '../io.js'
import {dirname} from 'node:path'
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
  if (!options.quiet) {
    if (options.engine === undefined && engineName === 'mock' && !options.dryRun) {
      io.stderr.write(t('notice.mock-fallback') + '\n')
    }

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

  const memory = await openRunMemory(options, io, options.dryRun ? 'dry-run' : engineName)
  try {
    return await translateWith(memory?.memory, plan, articles, projects, distinct, options, io, t, engineName)
  } finally {
    memory?.close()
  }
}

async function translateWith(
  memory: TranslationMemory | undefined,
  plan: PlanEntry[],
  articles: PlannedArticle[],
  projects: Map<string, Project>,
  distinct: Project[],
  options: TranslateCommandOptions,
  io: Io,
  t: Translate,
  engineName: EngineName
): Promise<Outcome> {
  const settings = await projectSettings(
    distinct,
    options,
    io,
    options.dryRun ? 'dry-run' : engineName,
    memory
  )
  const progress = io.stderr.isTTY && !options.quiet
  const outcomes = await translateFiles({
    plan,
    cwd: io.cwd,
    settingsFor: (article) => settings.get(projects.get(article.path)!)!,
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
  // A dry run checks nothing, so a file without messages is not said to have none.
  printReport(io, files, t, {quiet: options.quiet || options.dryRun})

  const summary = jsonSummary(outcomes, t)
  if (!options.quiet) {
    const engine = settings.values().next().value?.engine.name ?? engineName
    const values = {
      // A path that gave no article is not a file that failed to translate.
      count: articles.length,
      files: t('summary.files', {count: articles.length}),
      engine,
      units: summary.totals.units,
      characters: summary.totals.characters,
      requests: summary.totals.requests,
      billed: summary.totals.billedCharacters
    }
    const translated = outcomes.filter(
      (outcome) => outcome.output && !outcome.file.messages.some((message) => message.fatal)
    ).length
    io.stderr.write(
      (articles.length === 0
        ? t('summary.none')
        : options.dryRun
          ? t('summary.dry-run', values)
          : t('summary.line', {...values, count: translated})) +
        // With a memory, what it answered: those units were neither sent nor billed.
        (memory && articles.length > 0
          ? ' ' + t('summary.memory', {memory: summary.totals.fromMemory, sent: summary.totals.sent})
          : '') +
        '\n'
    )
  }

  // With several files, the cost of each, so an editor sees where it went.
  if (!options.quiet && !options.dryRun && summary.files.length > 1) {
    for (const file of summary.files) {
      if (file.requests > 0 || file.billedCharacters > 0 || file.output) {
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

/** Each project's settings, settled once; projects named alike share an engine (DeepL's glossaries are named by project). */
async function projectSettings(
  projects: readonly Project[],
  options: TranslateCommandOptions,
  io: Io,
  engineName: EngineName,
  memory: TranslationMemory | undefined
): Promise<Map<Project, DocumentSettings>> {
  const engines = new Map<string, Engine>()
  const settings = new Map<Project, DocumentSettings>()

  for (const project of projects) {
    let engine = engines.get(project.config.project)
    if (!engine) {
      engine = await loadEngine(engineName, {
        env: io.env,
        concurrency: options.concurrency,
        project: project.config.project
      })
      engines.set(project.config.project, engine)
    }

    settings.set(
      project,
      documentSettings({
        engine,
        targetLanguage: options.to,
        fields: project.config.frontMatterFields,
        glossary: project.glossary.glossary,
        memory
      })
    )
  }

  return settings
}

/**
 * The run's translation memory, when its engine is remembered (DeepL, or a
 * dry run counting for it) and `--no-memory` is not given. A dry run only
 * reads it, and a missing file is then no memory rather than a new one.
 */
async function openRunMemory(
  options: TranslateCommandOptions,
  io: Io,
  engineName: EngineName
): Promise<{memory: TranslationMemory; close: () => void} | undefined> {
  if (options.noMemory || (engineName !== 'deepl' && engineName !== 'dry-run')) return undefined
  const {openMemory} = await import('../memory/open-memory.js')
  const {sqliteMemory} = await import('../memory/sqlite-memory.js')
  const path = memoryPath(options.memory, io.env, io.cwd)
  const readonly = engineName === 'dry-run'
  const db = await openMemory(path, {shown: displayPath(io.cwd, path), readonly})
  return db && {memory: sqliteMemory(db, {readonly}), close: () => db.close()}
}
