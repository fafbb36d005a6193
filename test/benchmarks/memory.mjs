/**
 * Benchmark of the translation memory (not a test): a memory of 200,000
 * units with realistic encoded texts and keys, filled through the real
 * store in transactions of 50 (one DeepL answer each). Prints, as a
 * Markdown table: the store throughput, the size on disk, the time to
 * open and check the file (its header, size against pages), and the lookup of a 1,000-unit
 * run (one query for 1,000 keys, half of them found; median after warm-up),
 * also read-only as a dry run does it.
 *
 *   npm run bench:memory
 */
import {createHash} from 'node:crypto'
import {mkdtempSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {openMemory} from '../../dist/memory/open-memory.js'
import {sqliteMemory} from '../../dist/memory/sqlite-memory.js'
import {seededRandom} from './seeded-random.mjs'

const seed = 20261202
const unitCount = 200_000
const batch = 50
const runUnits = 1_000
const warmUp = 3
const runs = 11

const {random, pick} = seededRandom(seed)
const italian = [
  'il',
  'modello',
  'risponde',
  'in',
  'pochi',
  'secondi',
  'costo',
  'dipende',
  'dai',
  'token',
  'usati',
  'la',
  'rete',
  'neurale',
  'addestrata',
  'su',
  'dati',
  'pubblici',
  'inferenza',
  'più',
  'veloce',
  'quantizzazione',
  'riduce',
  'memoria',
  'della',
  'GPU',
  'nuovo',
  'contratto',
  'tra',
  'aziende',
  'cloud'
]
const english = [
  'the',
  'model',
  'answers',
  'in',
  'a',
  'few',
  'seconds',
  'cost',
  'depends',
  'on',
  'tokens',
  'used',
  'network',
  'neural',
  'trained',
  'public',
  'data',
  'inference',
  'faster',
  'quantization',
  'reduces',
  'GPU',
  'memory',
  'new',
  'contract',
  'between',
  'companies'
]

/** A unit as the engine gets it: 8 to 60 words, with a `<g>` pair and sometimes a held `<x/>`. */
function encoded(words) {
  const length = 8 + Math.floor(random() * 52)
  const list = Array.from({length}, () => pick(words))
  const start = Math.floor(random() * (length - 2))
  list[start] = '<g id="1">' + list[start]
  list[start + 1] += '</g>'
  if (random() < 0.4) list.splice(Math.floor(random() * length), 0, '<x id="2"/>')
  const text = list.join(' ')
  return text[0].toUpperCase() + text.slice(1) + '.'
}

const key = (index) =>
  createHash('sha256')
    .update('unit ' + index)
    .digest('hex')
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const folder = mkdtempSync(join(tmpdir(), 'glossa-bench-'))
const path = join(folder, 'memory.sqlite')

try {
  // Fill: 4,000 transactions of 50 entries, as 4,000 DeepL answers would arrive.
  let db = await openMemory(path, {shown: path})
  let memory = sqliteMemory(db, {shown: path})
  let storing = 0
  let characters = 0
  for (let start = 0; start < unitCount; start += batch) {
    const entries = []
    for (let index = start; index < start + batch; index++) {
      const source = encoded(italian)
      characters += source.length
      entries.push({
        key: key(index),
        source,
        target: encoded(english),
        sourceLanguage: 'it',
        targetLanguage: 'en-US',
        engine: 'deepl {"tagHandling":"xml","tagHandlingVersion":"v2"}',
        billedCharacters: source.length,
        detectedLanguage: 'IT'
      })
    }
    const begun = performance.now()
    memory.store(entries)
    storing += performance.now() - begun
  }
  db.close()
  const size = statSync(path).size

  // Open and check, as every run that uses the memory does before anything is paid.
  const opening = []
  for (let run = 0; run < warmUp + 5; run++) {
    const begun = performance.now()
    const opened = await openMemory(path, {shown: path})
    opening.push(performance.now() - begun)
    opened.close()
  }

  // A 1,000-unit run: half its keys in the memory (spread over it, each once), half new.
  const keys = Array.from({length: runUnits}, (_, index) =>
    index % 2 === 0 ? key((index * 397) % unitCount) : key(unitCount + index)
  )
  const lookups = {}
  for (const readonly of [false, true]) {
    db = await openMemory(path, {shown: path, readonly})
    memory = sqliteMemory(db, {readonly, shown: path})
    const times = []
    let found = 0
    for (let run = 0; run < warmUp + runs; run++) {
      const begun = performance.now()
      found = memory.lookup(keys).size
      times.push(performance.now() - begun)
    }
    db.close()
    lookups[readonly ? 'read-only (a dry run)' : 'counting hits'] = {time: median(times.slice(warmUp)), found}
  }

  const wal = (() => {
    try {
      return statSync(path + '-wal').size
    } catch {
      return 0
    }
  })()
  console.log(
    `Node ${process.version}, ${unitCount.toLocaleString('en')} units, ${(characters / unitCount).toFixed(0)} characters of Italian each on average\n`
  )
  console.log('| measure | result |')
  console.log('| --- | --- |')
  console.log(
    `| store, transactions of ${batch} | ${Math.round(unitCount / (storing / 1000)).toLocaleString('en')} entries/s (${(storing / (unitCount / batch)).toFixed(2)} ms per transaction) |`
  )
  console.log(
    `| size on disk | ${((size + wal) / 1024 / 1024).toFixed(1)} MiB (${Math.round((size + wal) / unitCount)} bytes per entry) |`
  )
  console.log(
    `| open + check (application id, version, size against pages) | ${median(opening.slice(warmUp)).toFixed(0)} ms (median of 5) |`
  )
  for (const [name, {time, found}] of Object.entries(lookups)) {
    console.log(
      `| lookup of ${runUnits.toLocaleString('en')} keys, ${found} found, ${name} | ${time.toFixed(1)} ms (median of ${runs}) |`
    )
  }
} finally {
  rmSync(folder, {recursive: true, force: true})
}
