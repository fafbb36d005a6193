import {VFile} from 'vfile'
import {collectUnits, compileTerms, GlossaError, UsageError} from '../../core/index.js'
import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {MemoryCommandOptions} from '../../cli/parse-cli-args.js'
import {refuseBrokenGlossary} from '../../cli/refuse-broken-glossary.js'
import {printReport} from '../../cli/report.js'
import {displayPath} from '../../fs/display-path.js'
import {loadProjects} from '../../fs/load-projects.js'
import {planArticles} from '../../fs/plan-articles.js'
import {readArticle} from '../../fs/read-article.js'
import type {Io} from '../../io.js'
import {pruneMemory} from '../../memory/prune-memory.js'
import type {MemoryFile} from './index.js'
import {withMemory} from './with-memory.js'

/**
 * `glossa memory prune [paths…] [--dry-run]`: drop the entries whose
 * encoded Italian no article under `paths` (default `articles/`) produces
 * any more, encoded as `translate` encodes it (each article's project:
 * front-matter fields, glossary). By text: every engine's and target's
 * answer to a live text stays. Every article must be read: a missing path,
 * a folder without articles or an article that cannot be read prunes
 * nothing, since its texts would all look dead.
 */
export async function pruneMemoryCommand(
  memory: MemoryFile,
  options: MemoryCommandOptions,
  io: Io,
  t: Translate
): Promise<Outcome> {
  const paths = options.args.length > 0 ? options.args : ['articles/']
  const live = await liveTexts(paths, options, io, t)
  const mode = options.dryRun ? 'read' : 'write'
  const result = await withMemory(memory, mode, io, t, (db) => pruneMemory(db, live, options.dryRun))
  if (!result) return {files: []}
  const values = {...result, count: result.dropped, kept: result.entries - result.dropped, file: memory.shown}
  io.stderr.write(t(options.dryRun ? 'memoryPrune.would-prune' : 'memoryPrune.pruned', values) + '\n')
  return {files: []}
}

/** The encoded Italian of every unit of every article under `paths`. */
async function liveTexts(
  paths: string[],
  options: MemoryCommandOptions,
  io: Io,
  t: Translate
): Promise<Set<string>> {
  const plan = await planArticles(paths, io.cwd, 'output/')
  for (const entry of plan) {
    if (entry.kind === 'article') continue
    const file = entry.input ?? String(entry.file.path)
    if (entry.ruleId === 'file-missing') throw new UsageError('memoryPrune.not-found', {file})
    throw new UsageError('memoryPrune.no-articles', {file})
  }

  const articles = plan.flatMap((entry) => (entry.kind === 'article' ? [entry] : []))
  const projects = await loadProjects(
    articles.map((article) => article.path),
    io.cwd,
    options.glossary
  )
  // A broken glossary would encode the texts otherwise than `translate`, which refuses it.
  for (const project of new Set(projects.values())) refuseBrokenGlossary(project.glossary, io, t)

  const live = new Set<string>()
  const files: VFile[] = []
  for (const article of articles) {
    const file = new VFile({path: displayPath(io.cwd, article.path)})
    files.push(file)
    if (!(await readArticle(article.path, file))) continue
    const {config, glossary} = projects.get(article.path)!
    const entries = glossary.glossary.entries
    const terms = entries.length > 0 ? compileTerms(glossary.glossary) : undefined
    for (const unit of await collectUnits(file, {fields: config.frontMatterFields, terms})) {
      live.add(unit.encoding.text)
    }
  }

  if (files.some((file) => file.messages.some((message) => message.fatal))) {
    printReport(io, files, t, {quiet: true})
    throw new GlossaError('memoryPrune.unreadable')
  }
  return live
}
