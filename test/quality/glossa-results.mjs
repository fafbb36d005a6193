// glossa's quality checks over the test set, as `pofilter-compare.mjs` reads
// them: `node test/quality/glossa-results.mjs <out.json>` (after `npm run build`).
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {checkQuality} from '../../dist/core/index.js'
import {qualityPair} from './quality-pair.mjs'

const pairs = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'quality', 'pairs.json'), 'utf8')
)
const results = Object.fromEntries(
  pairs.map((pair) => [pair.id, checkQuality(qualityPair(pair)).map((finding) => finding.ruleId)])
)
const out = process.argv[2] ?? 'glossa-results.json'
mkdirSync(dirname(out), {recursive: true})
writeFileSync(out, JSON.stringify(results, null, 2) + '\n')
