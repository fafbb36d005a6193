/**
 * The local floor of a run, as a fresh process pays it: start Node, load
 * remark and remark-gfm, read every article of a folder, parse and stringify
 * each once. A glossa run is a fresh process too, so its warm-up (loading
 * modules, a JIT that has seen nothing yet) is in both figures.
 *
 *   node test/benchmarks/floor.mjs <folder>
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'

const folder = process.argv[2]
if (!folder) throw new Error('Usage: node test/benchmarks/floor.mjs <folder>')
const processor = remark().use(remarkGfm)
let bytes = 0
for (const name of readdirSync(folder).sort()) {
  const text = readFileSync(path.join(folder, name), 'utf8')
  bytes += processor.stringify(processor.parse(text)).length
}
// Printed so the work cannot be left out.
console.log(bytes)
