import {readFile} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {VFile} from 'vfile'
import {collectUnits} from './core/collect-units.js'
import {markdownWords} from './core/markdown-words.js'
import {parseMarkdown} from './core/parse-markdown.js'
import {parseSideBySide} from './core/parse-side-by-side.js'
import {compileTerms} from './core/term-matcher.js'
import {verifyTerms} from './core/verify-terms.js'
import {findArticles, type Article} from './fs/find-articles.js'
import type {LoadedGlossary} from './fs/load-glossary.js'
import {readArticle} from './fs/read-article.js'
import type {Translate} from './i18n.js'
import type {Io} from './io.js'
import {loadConfig} from './load-config.js'
import type {GlossaryCommandOptions} from './parse-cli-args.js'
import {table} from './run-glossary.js'

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
}

/**
 * `glossa glossary stats [paths…]`: how often each term occurs in the
 * articles, and how often the translations in their side-by-side files
 * (reviewed or not) miss it.
 */
export async function runGlossaryStats(
  glossary: LoadedGlossary,
  options: GlossaryCommandOptions,
  io: Io,
  t: Translate
): Promise<number> {
  const outDir = options.out ?? 'output/'
  const config = await loadConfig(io.cwd)
  const matcher = compileTerms(glossary.entries)
  const stats: TermStats[] = glossary.entries.map((entry) => ({
    italian: entry.italian,
    english: entry.english,
    occurrences: 0,
    articles: 0,
    checked: 0,
    missed: 0,
    forbidden: 0
  }))
  const articles: Article[] = []

  for (const input of options.args.length > 0 ? options.args : ['articles/']) {
    const found = await findArticles(input, io.cwd, outDir)
    if (found.kind === 'articles') articles.push(...found.articles)
    else io.stderr.write('glossa: ' + t('glossaryStats.no-articles', {file: input}) + '\n')
  }

  let reviewed = 0
  for (const article of articles) {
    const file = new VFile({path: article.path})
    if (!(await readArticle(article.path, file))) continue
    const source = String(file.value)
    const {units} = collectUnits(parseMarkdown(source), source, {
      fields: config.frontMatterFields,
      glossary: {entries: glossary.entries, matcher}
    })
    const english = await sideBySideEnglish(resolve(io.cwd, outDir), article)
    if (english) reviewed++
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
      const terms = unit.terms.map((term) => ({...term, protected: false}))
      for (const finding of verifyTerms(terms, glossary.entries, markdownWords(translation))) {
        const counts = stats[finding.term.entry]!
        if (finding.ruleId === 'glossary-term-forbidden') counts.forbidden++
        else counts.missed++
      }
    }

    for (const entry of inArticle) stats[entry]!.articles++
  }

  stats.sort((a, b) => b.occurrences - a.occurrences || a.italian.localeCompare(b.italian, 'it'))
  if (options.json) {
    io.stdout.write(JSON.stringify({articles: articles.length, reviewed, terms: stats}, null, 2) + '\n')
    return 0
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
  io.stdout.write(table([header, ...rows]) + '\n')
  io.stderr.write(t('glossaryStats.summary', {count: articles.length, reviewed}) + '\n')
  return 0
}

/** The English of each unit in an article's side-by-side file, by unit id; none when there is no file. */
async function sideBySideEnglish(outDir: string, article: Article): Promise<Map<string, string> | undefined> {
  const path = join(outDir, article.name.replace(/\.md$/i, '') + '.side-by-side.md')
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return undefined
  }

  const parsed = parseSideBySide(text)
  return parsed && new Map(parsed.rows.map((row) => [row.id, row.english]))
}
