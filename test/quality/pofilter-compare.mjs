/**
 * Quality-check comparison (not a test): how many of the known-wrong
 * Italian → English pairs of `test/fixtures/quality/pairs.json` (issue 13)
 * Debian's `pofilter` catches, how many it misses and how many right pairs
 * it flags — and, given glossa's own results, the same figures for glossa.
 *
 *   node test/quality/pofilter-compare.mjs [glossa-results.json]
 *
 * Needs `pofilter` (apt package translate-toolkit) at /usr/bin/pofilter, or
 * wherever the environment variable POFILTER points. The pairs are written
 * as one PO file (msgid = Italian, msgstr = English, the pair's id as a
 * `#.` comment and as msgctxt) into a temporary folder and checked with
 *
 *   pofilter --language=en --nofuzzy --progress=none -i pairs.po -o flagged.po
 *
 * that is, with all of pofilter's default checks; the units it writes to
 * flagged.po carry a `# (pofilter) <test>: <message>` comment per failed test.
 *
 * glossa-results.json maps pair ids to the rule ids glossa raised for them,
 * `{"q01": ["number-mismatch"], "q02": []}`; ids left out raised nothing.
 *
 * A wrong pair is caught when the checker flags it with a test related to
 * its rule (for glossa: the rule id itself; for pofilter: the tests of
 * POFILTER_TESTS below), and a right pair (`wrong: null`) is a false alarm
 * when it is flagged by such a test. The "any flag" rows count every flag,
 * related or not.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const RULES = [
  'number-mismatch',
  'currency-mismatch',
  'date-mismatch',
  'link-mismatch',
  'code-mismatch',
  'untranslated'
]

/**
 * pofilter's tests that answer for each of our rules. pofilter has no test
 * for currencies, dates or Markdown code spans:
 * - currency-mismatch: none (`numbers` compares digits only, never `$`, `€`
 *   or "dollari"), so every currency error counts as missed unless flagged;
 * - date-mismatch: `numbers`, which sees a changed day or year but not a
 *   changed month or weekday name;
 * - code-mismatch: the tests that look at code-like text — command-line
 *   options, file paths, function names and variables.
 */
const POFILTER_TESTS = {
  'number-mismatch': ['numbers'],
  'currency-mismatch': [],
  'date-mismatch': ['numbers'],
  'link-mismatch': ['urls'],
  'code-mismatch': ['options', 'filepaths', 'functions', 'variables'],
  untranslated: ['unchanged', 'untranslated', 'blank']
}

const root = join(import.meta.dirname, '..', '..')
const pairsPath = join(root, 'test', 'fixtures', 'quality', 'pairs.json')
const pofilter = process.env.POFILTER || '/usr/bin/pofilter'

const pairs = JSON.parse(readFileSync(pairsPath, 'utf8'))
checkPairs(pairs)

const checkers = [{name: 'pofilter', related: POFILTER_TESTS, flags: runPofilter(pairs)}]
const glossaPath = process.argv[2]
if (glossaPath) {
  checkers.push({
    name: 'glossa',
    related: Object.fromEntries(RULES.map((rule) => [rule, [rule]])),
    flags: readGlossaResults(glossaPath, pairs)
  })
}

console.log('| checker | pairs | wrong pairs | caught | missed | false alarms |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
for (const checker of checkers) {
  for (const row of rows(checker)) {
    console.log(
      `| ${row.label} | ${pairs.length} | ${row.wrong} | ${row.caught} | ${row.wrong - row.caught} | ${row.falseAlarms} |`
    )
  }
}
const counts = RULES.map((rule) => `${pairs.filter((pair) => pair.wrong === rule).length} ${rule}`)
console.log(
  `\n${pairs.filter((pair) => pair.wrong === null).length} right pairs; wrong: ${counts.join(', ')}.`
)
for (const checker of checkers) details(checker)

/** The table's rows for one checker: related tests, any flag, then one per rule. */
function rows({name, related, flags}) {
  const wrongPairs = pairs.filter((pair) => pair.wrong !== null)
  const rightPairs = pairs.filter((pair) => pair.wrong === null)
  const allRelated = new Set(Object.values(related).flat())
  const flaggedBy = (pair, tests) => (flags.get(pair.id) ?? []).some((test) => tests.has(test))
  const flaggedAtAll = (pair) => (flags.get(pair.id) ?? []).length > 0
  const caughtPair = (pair) => flaggedBy(pair, new Set(related[pair.wrong]))
  const result = [
    {
      label: `**${name}**`,
      wrong: wrongPairs.length,
      caught: wrongPairs.filter(caughtPair).length,
      falseAlarms: rightPairs.filter((pair) => flaggedBy(pair, allRelated)).length
    },
    {
      label: `${name}, any flag`,
      wrong: wrongPairs.length,
      caught: wrongPairs.filter(flaggedAtAll).length,
      falseAlarms: rightPairs.filter(flaggedAtAll).length
    }
  ]
  for (const rule of RULES) {
    const tests = new Set(related[rule])
    const ofRule = wrongPairs.filter((pair) => pair.wrong === rule)
    const through = tests.size === 0 ? 'no related test' : [...tests].join(', ')
    result.push({
      label: `${name} · ${rule}${name === 'glossa' ? '' : ` (${through})`}`,
      wrong: ofRule.length,
      caught: ofRule.filter(caughtPair).length,
      falseAlarms: rightPairs.filter((pair) => flaggedBy(pair, tests)).length
    })
  }
  return result
}

/** What each test flagged, the false alarms and the misses, pair by pair. */
function details({name, related, flags}) {
  const allRelated = new Set(Object.values(related).flat())
  const byTest = new Map()
  for (const pair of pairs) {
    for (const test of flags.get(pair.id) ?? []) {
      const count = byTest.get(test) ?? {right: 0, wrong: 0}
      count[pair.wrong === null ? 'right' : 'wrong']++
      byTest.set(test, count)
    }
  }
  console.log(`\n${name}'s flags by test (right pairs / wrong pairs flagged):`)
  for (const [test, count] of [...byTest].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`- ${test}: ${count.right} / ${count.wrong}`)
  }
  console.log(`\n${name}'s false alarms:`)
  for (const pair of pairs.filter((pair) => pair.wrong === null)) {
    const tests = (flags.get(pair.id) ?? []).filter((test) => allRelated.has(test))
    if (tests.length > 0) console.log(`- ${pair.id} (${tests.join(', ')}): ${pair.why}`)
  }
  console.log(`\n${name}'s misses:`)
  for (const pair of pairs.filter((pair) => pair.wrong !== null)) {
    const tests = flags.get(pair.id) ?? []
    if (!tests.some((test) => related[pair.wrong].includes(test))) {
      const other = tests.length > 0 ? `, flagged only by ${tests.join(', ')}` : ''
      console.log(`- ${pair.id} ${pair.wrong}${other}: ${pair.why}`)
    }
  }
}

/** Runs pofilter over the pairs; a map from pair id to the tests it failed. */
function runPofilter(pairs) {
  const folder = mkdtempSync(join(tmpdir(), 'glossa-pofilter-'))
  try {
    const input = join(folder, 'pairs.po')
    const output = join(folder, 'flagged.po')
    writeFileSync(input, toPo(pairs))
    const args = ['--language=en', '--nofuzzy', '--progress=none', '-i', input, '-o', output]
    const run = spawnSync(pofilter, args, {encoding: 'utf8'})
    if (run.error || run.status !== 0) {
      console.error(`${pofilter} ${args.join(' ')} failed: ${run.error?.message ?? run.stderr}`)
      console.error('Install it with: apt-get install translate-toolkit (or set POFILTER).')
      process.exit(2)
    }
    return parseFlagged(readFileSync(output, 'utf8'), new Set(pairs.map((pair) => pair.id)))
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/**
 * The pairs as a gettext PO file, one entry per pair: the id as a `#.`
 * comment and as msgctxt, which keeps two pairs with the same Italian apart.
 */
function toPo(pairs) {
  const header = [
    'msgid ""',
    'msgstr ""',
    '"Project-Id-Version: glossa quality pairs\\n"',
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"Language: en\\n"'
  ].join('\n')
  const entries = pairs.map((pair) =>
    [
      `#. ${pair.id}`,
      `msgctxt ${poString(pair.id)}`,
      `msgid ${poString(pair.it)}`,
      `msgstr ${poString(pair.en)}`
    ].join('\n')
  )
  return [header, ...entries].join('\n\n') + '\n'
}

/**
 * A PO string literal: backslashes, quotes, tabs and line breaks escaped, and
 * a text of several lines split after each `\n` the way msgcat writes it.
 */
function poString(text) {
  const escape = (part) =>
    part
      .replace(/\\/g, '\\\\')
      .replace(/"/g, '\\"')
      .replace(/\t/g, '\\t')
      .replace(/\r/g, '\\r')
      .replace(/\n/g, '\\n')
  const lines = text.split(/(?<=\n)/)
  if (lines.length === 1) return `"${escape(text)}"`
  return ['""', ...lines.map((line) => `"${escape(line)}"`)].join('\n')
}

/** The tests pofilter names in `# (pofilter) test: message` comments, per pair id. */
function parseFlagged(po, ids) {
  const flags = new Map()
  for (const block of po.split(/\n\s*\n/)) {
    const tests = [...block.matchAll(/^# \(pofilter\) ([\w-]+):/gm)].map((match) => match[1])
    const id = block.match(/^#\. (\S+)\s*$/m)?.[1]
    if (id === undefined || !ids.has(id)) {
      if (tests.length > 0) throw new Error(`pofilter flagged a unit without a known id:\n${block}`)
      continue
    }
    flags.set(id, [...new Set([...(flags.get(id) ?? []), ...tests])])
  }
  return flags
}

/** glossa's results file: a map from pair id to rule ids. */
function readGlossaResults(path, pairs) {
  const results = JSON.parse(readFileSync(path, 'utf8'))
  const ids = new Set(pairs.map((pair) => pair.id))
  const flags = new Map()
  for (const [id, rules] of Object.entries(results)) {
    if (!ids.has(id)) console.error(`${path}: no pair has the id ${id}`)
    else if (!Array.isArray(rules)) throw new Error(`${path}: the rules of ${id} are not an array`)
    else flags.set(id, rules.map(String))
  }
  return flags
}

/** The pairs file's shape: unique ids, known rules, a reason for each. */
function checkPairs(pairs) {
  const seen = new Set()
  for (const pair of pairs) {
    const where = `${pairsPath}: ${JSON.stringify(pair.id)}`
    if (typeof pair.id !== 'string' || seen.has(pair.id)) throw new Error(`${where}: missing or repeated id`)
    seen.add(pair.id)
    if (typeof pair.it !== 'string' || typeof pair.en !== 'string')
      throw new Error(`${where}: it and en must be text`)
    if (pair.wrong !== null && !RULES.includes(pair.wrong))
      throw new Error(`${where}: unknown rule ${pair.wrong}`)
    if (typeof pair.why !== 'string' || pair.why === '') throw new Error(`${where}: no why`)
  }
}
