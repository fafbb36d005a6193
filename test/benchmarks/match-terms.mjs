/**
 * Benchmark of `matchTerms` (not a test): 10,000 generated glossary entries,
 * texts of 0.25 to 4 MB of Italian-like prose with about 2% of the words
 * taken from the glossary. Prints a Markdown table and whether the time per
 * character stays flat as the text grows.
 *
 *   npm run build && node test/benchmarks/match-terms.mjs
 */
import {performance} from 'node:perf_hooks'
import v8 from 'node:v8'
import vm from 'node:vm'
import {compileTerms, createGlossary, italianForms, matchTerms} from '../../dist/core/index.js'
import {functionWords, italianTerm, italianWord} from './italian-words.mjs'
import {seededRandom} from './seeded-random.mjs'

// A collector to call between measurements, without asking for --expose-gc.
v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc')

const seed = 20261125
const entryCount = 10_000
const sizes = [0.25, 0.5, 1, 2, 4]
const runs = 5
const termShare = 0.02

const {random, pick} = seededRandom(seed)

const word = () => italianWord(random, pick)

function glossaryEntries() {
  const entries = []
  const seen = new Set()
  while (entries.length < entryCount) {
    const italian = italianTerm(random, pick)
    // A plural such as "dei" (of "deo") would turn the prose's own function words into terms.
    if (seen.has(italian) || italianForms(italian).some((form) => functionWords.includes(form))) continue
    seen.add(italian)
    // Explicit forms (irregular plurals, gender) bring the automaton to about
    // 60,000 forms, the size of a large real glossary.
    const forms = Array.from({length: Math.floor(random() * 10)}, () => ({italian: word()})).filter(
      (form) => !functionWords.includes(form.italian)
    )
    entries.push({
      italian,
      english: `term ${entries.length}`,
      note: '',
      forms,
      forbidden: [],
      dnt: false,
      line: 0
    })
  }
  return entries
}

function prose(entries, characters) {
  // Filler words are kept apart from the glossary, so that terms are the 2% sprinkled in.
  const vocabulary = Array.from({length: 3000}, word).filter((word) => !taken.has(word))
  const chunks = []
  let length = 0
  let sentence = 0
  let sprinkled = 0
  while (length < characters) {
    let word
    if (random() < termShare) {
      sprinkled++
      const forms = italianForms(pick(entries).italian)
      word = random() < 0.7 ? forms[0] : pick(forms)
      if (random() < 0.1) word = word[0].toUpperCase() + word.slice(1)
      if (random() < 0.1) word = "l'" + word
    } else {
      word = random() < 0.3 ? pick(functionWords) : pick(vocabulary)
    }
    sentence++
    const end =
      sentence > 8 + random() * 20 ? (random() < 0.2 ? '.\n\n' : '. ') : random() < 0.08 ? ', ' : ' '
    if (end !== ' ') sentence = 0
    chunks.push(word + end)
    length += word.length + end.length
  }
  return {text: chunks.join('').slice(0, characters), sprinkled}
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const entries = glossaryEntries()
const taken = new Set(
  entries.flatMap((entry) => [...italianForms(entry.italian), ...entry.forms.map((form) => form.italian)])
)
const formCount = taken.size

gc()
const before = process.memoryUsage()
const compileStart = performance.now()
const matcher = compileTerms(createGlossary(entries))
const compileMs = performance.now() - compileStart
gc()
const after = process.memoryUsage()
const retainedMb = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 2 ** 20

// A few rounds first, so the smallest size is not measured while the JIT is still at work.
for (let round = 0; round < 5; round++) matchTerms(matcher, prose(entries, 2 ** 18).text)

const rows = []
for (const size of sizes) {
  const {text, sprinkled} = prose(entries, Math.round(size * 2 ** 20))
  const words = text.split(/\s+/).length
  matchTerms(matcher, text)
  const times = []
  let matches = 0
  for (let run = 0; run < runs; run++) {
    gc()
    const start = performance.now()
    matches = matchTerms(matcher, text).length
    times.push(performance.now() - start)
  }
  const ms = median(times)
  rows.push({
    size,
    characters: text.length,
    words,
    sprinkled,
    ms,
    nsPerChar: (ms * 1e6) / text.length,
    matches
  })
}

gc()
const end = process.memoryUsage()
const fixed = (value, digits) => value.toFixed(digits)
console.log(`Entries: ${entryCount.toLocaleString('en')}, distinct forms: ${formCount.toLocaleString('en')}`)
console.log(
  `Compile: ${fixed(compileMs, 0)} ms; held by the matcher (heap and typed arrays): ${fixed(retainedMb, 1)} MB;` +
    ` heap used after compile: ${fixed(after.heapUsed / 2 ** 20, 1)} MB, after the runs: ${fixed(end.heapUsed / 2 ** 20, 1)} MB`
)
console.log(`Node ${process.version}, median of ${runs} runs after a warm-up\n`)
console.log('| text | characters | words | terms sprinkled | median ms | ns/char | matches |')
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const row of rows) {
  console.log(
    `| ${row.size} MB | ${row.characters.toLocaleString('en')} | ${row.words.toLocaleString('en')} | ${row.sprinkled.toLocaleString('en')} | ${fixed(row.ms, 1)} | ${fixed(row.nsPerChar, 1)} | ${row.matches.toLocaleString('en')} |`
  )
}

const first = rows[0]
const last = rows[rows.length - 1]
const ratio = last.nsPerChar / first.nsPerChar
const verdict = ratio < 1.5 ? 'linear' : 'NOT linear'
console.log(
  `\nVerdict: ${verdict} — ns/char at ${last.size} MB is ${fixed(ratio, 2)}× that at ${first.size} MB (${fixed(last.nsPerChar, 1)} vs ${fixed(first.nsPerChar, 1)}).`
)
