import {readFile} from 'node:fs/promises'
import {VFile} from 'vfile'
import {
  collectUnits,
  compileTerms,
  markdownWords,
  parseSideBySide,
  reportOnFile,
  reportTerm,
  UsageError,
  verifyTerms,
  type SideBySideRow
} from '../../core/index.js'
import type {Outcome} from '../../cli/exit-code.js'
import {formatTable} from '../../cli/format-table.js'
import type {Translate} from '../../cli/i18n.js'
import type {GlossaryCommandOptions} from '../../cli/parse-cli-args.js'
import {printGlossaLine} from '../../cli/print-glossa-line.js'
import {printReport} from '../../cli/report.js'
import {displayPath} from '../../fs/display-path.js'
import {findProject} from '../../fs/find-project.js'
import {loadConfig} from '../../fs/load-config.js'
import type {LoadedGlossary} from '../../fs/load-glossary.js'
import {planArticles} from '../../fs/plan-articles.js'
import {readArticle} from '../../fs/read-article.js'
import type {Io} from '../../io.js'

/** How one term fares across the articles. */
interface TermStats {
  italian: string
  english: string
  /** Times the term occurs in the Italian. */
  occurrences: number
  /** Articles it occurs in. */
  articles: number
  /** Units with the term whose translation (in the side-by-side file) was checked. */
  checked: number
  /** Of those, units whose translation misses it, or changes a do-not-translate term. */
  missed: number
  /** Units whose translation uses a forbidden rendering. */
  forbidden: number
  /** Where each miss and forbidden rendering is, in the Italian. */
  misses: Array<{path: string; line: number | null; column: number | null; ruleId: string}>
}

/**
 * `glossa glossary stats [paths…]`: how often each term occurs in the
 * articles, and how often the translations in their side-by-side files
 * (reviewed or not) miss it. Each miss is a warning on the term in the
 * Italian, as `translate` gives it; a row whose id matches no unit (edited
 * or wiped by a reviewer) is a warning on the side-by-side file, since its
 * English cannot be checked.
 */
export async function glossaryStats(
  loaded: LoadedGlossary,
  options: GlossaryCommandOptions,
  io: Io,
  t: Translate
): Promise<Outcome> {
  const outDir = options.out ?? 'output/'
  const config = await loadConfig(await findProject(io.cwd), io.cwd)
  const {glossary} = loaded
  const terms = compileTerms(glossary)
  const stats: TermStats[] = glossary.entries.map((entry) => ({
    italian: entry.italian,
    english: entry.english,
    occurrences: 0,
    articles: 0,
    checked: 0,
    missed: 0,
    forbidden: 0,
    misses: []
  }))
  const reported: VFile[] = []
  const display = (path: string) => displayPath(io.cwd, path)
  // The articles and their side-by-side files where `translate` puts them.
  const plan = await planArticles(options.args.length > 0 ? options.args : ['articles/'], io.cwd, outDir)
  const articles = plan.flatMap((entry) => (entry.kind === 'article' ? [entry] : []))

  for (const entry of plan) {
    if (entry.kind === 'article' || entry.ruleId === 'output-conflict') continue
    // A path that is not there is a mistake on the command line: counts without it would mislead.
    if (entry.ruleId === 'file-missing')
      throw new UsageError('glossaryStats.not-found', {file: entry.input ?? ''})
    printGlossaLine(io, t('glossaryStats.no-articles', {file: entry.input ?? ''}))
  }

  let reviewed = 0
  for (const article of articles) {
    const file = new VFile({path: display(article.path)})
    reported.push(file)
    if (!(await readArticle(article.path, file))) continue
    const units = await collectUnits(file, {fields: config.frontMatterFields, terms})
    const sideBySidePath = article.output.sideBySide
    const rows = await sideBySideRows(sideBySidePath)
    const english = rows && new Map(rows.map((row) => [row.id, row.english]))
    if (rows) {
      reviewed++
      const sideBySide = new VFile({path: display(sideBySidePath)})
      const ids = new Set(units.map((unit) => unit.id))
      for (const row of rows.filter((row) => !ids.has(row.id))) {
        reportOnFile(sideBySide, 'side-by-side-row-unknown', 'Unexpected row id `' + row.id + '`', {
          place: {line: row.line, column: 1},
          actual: row.id,
          values: {source: file.path}
        })
      }
      reported.push(sideBySide)
    }
    const inArticle = new Set<number>()

    for (const unit of units) {
      for (const term of unit.terms) {
        stats[term.entry]!.occurrences++
        inArticle.add(term.entry)
      }

      const translation = english?.get(unit.id)
      if (translation === undefined || unit.terms.length === 0) continue
      for (const entry of new Set(unit.terms.map((term) => term.entry))) stats[entry]!.checked++
      // Names held aside during translation may have been edited since: check them all.
      const toCheck = unit.terms.map((term) => ({...term, protected: false}))
      for (const finding of verifyTerms(toCheck, glossary.entries, await markdownWords(translation))) {
        const counts = stats[finding.term.entry]!
        if (finding.ruleId === 'glossary-term-forbidden') counts.forbidden++
        else counts.missed++
        const message = reportTerm(file, finding)
        counts.misses.push({
          path: file.path,
          line: message.line ?? null,
          column: message.column ?? null,
          ruleId: finding.ruleId
        })
      }
    }

    for (const entry of inArticle) stats[entry]!.articles++
  }

  stats.sort((a, b) => b.occurrences - a.occurrences || a.italian.localeCompare(b.italian, 'it'))
  // Where the misses are, and what could not be checked, in the reporter's layout on stderr.
  printReport(io, reported, t, {quiet: true})
  if (options.json) {
    io.stdout.write(JSON.stringify({articles: articles.length, reviewed, terms: stats}, null, 2) + '\n')
    return {files: reported}
  }

  const header = [
    t('glossaryStats.it'),
    t('glossaryStats.en'),
    t('glossaryStats.occurrences'),
    t('glossaryStats.articles'),
    t('glossaryStats.checked'),
    t('glossaryStats.missed'),
    t('glossaryStats.forbidden')
  ]
  const rows = stats.map((item) => [
    item.italian,
    item.english,
    ...[item.occurrences, item.articles, item.checked, item.missed, item.forbidden].map(String)
  ])
  io.stdout.write(formatTable([header, ...rows]) + '\n')
  io.stderr.write(t('glossaryStats.summary', {count: articles.length, reviewed}) + '\n')
  return {files: reported}
}

/** The rows of an article's side-by-side file; none when there is no file. */
async function sideBySideRows(path: string): Promise<SideBySideRow[] | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return undefined
  }

  return (await parseSideBySide(text))?.rows
}
