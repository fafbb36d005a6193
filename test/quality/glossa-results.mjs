// glossa's quality checks over the test set, as `pofilter-compare.mjs` reads
// them: `node test/quality/glossa-results.mjs <out.json>` (after `npm run build`).
// The checks read a unit's words (markup and link targets out) and its Markdown,
// as the pipeline gives them.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {checkQuality} from '../../dist/core/index.js'

const pairs = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'quality', 'pairs.json'), 'utf8')
)
const words = (text) =>
  text
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<https?:[^>]*>/g, '')
    .replace(/[[\]`*_]/g, '')
const results = Object.fromEntries(
  pairs.map((pair) => [
    pair.id,
    checkQuality({
      italian: words(pair.it),
      english: words(pair.en),
      italianMarkdown: pair.it,
      englishMarkdown: pair.en
    }).map((finding) => finding.ruleId)
  ])
)
const out = process.argv[2] ?? 'glossa-results.json'
mkdirSync(dirname(out), {recursive: true})
writeFileSync(out, JSON.stringify(results, null, 2) + '\n')
