// A corpus of Italian articles for the benchmark, made of the identity
// fixtures (every construct glossa must keep) and the sample article. Each
// fixture is one section, kept whole so its footnotes, definitions and fences
// stay together; most sections have about a third of their prose words
// swapped, so articles differ as real ones do, while some come back verbatim
// and most articles end with the same footer, as a magazine's do.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {seededRandom} from './seeded-random.mjs'

const frontMatter = /^(---|\+\+\+)\r?\n[\s\S]*?\r?\n\1\r?\n/

const footer =
  "*Le opinioni espresse in questo articolo sono dell'autore e non rappresentano necessariamente quelle della redazione. " +
  'I dati citati sono aggiornati alla data di pubblicazione e possono cambiare senza preavviso.*'
const newsletter =
  '**Ti è piaciuto questo articolo?** Iscriviti alla newsletter settimanale per ricevere ogni lunedì ' +
  'le analisi della redazione su intelligenza artificiale, cloud e sicurezza.'

/** Words a varied section may take: lower-case, four letters or more. */
const word = /(?<![\p{L}\p{N}./@:#&<\\-])\p{Ll}{4,}(?![\p{L}\p{N}@/:=]|\.\p{L})/gu

/**
 * `count` articles, the same for the same `seed`: `{name, text}` each, about
 * 7.5 KB on average (200 articles are about 1.5 MB).
 */
export function generateCorpus(/** @type {string} */ root, /** @type {number} */ count, seed = 20261202) {
  const {random, pick} = seededRandom(seed)
  const folder = path.join(root, 'test', 'fixtures', 'identity')
  const fixtures = readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => readFileSync(path.join(folder, name), 'utf8').replace(/\r\n/g, '\n'))
  const yaml = frontMatter.exec(fixtures.find((text) => text.startsWith('---\n')) ?? '')?.[0] ?? ''
  const toml = frontMatter.exec(fixtures.find((text) => text.startsWith('+++\n')) ?? '')?.[0] ?? ''
  const sample = readFileSync(path.join(root, 'articles', 'openai-aws.md'), 'utf8')
  const sections = [
    ...fixtures.map((text) => text.replace(frontMatter, '').trim()),
    ...sampleSections(sample)
  ]
  const vocabulary = [...new Set([...fixtures, sample].join('\n').match(word) ?? [])]
  const titles = sections
    .flatMap((text) => text.match(/^#{1,3} .+$/gm) ?? [])
    .map((line) => line.replace(/^#+ /, ''))

  /** Swap about a third of the prose words, outside code and math blocks and link definitions. */
  function vary(/** @type {string} */ text) {
    let fenced = false
    return text
      .split('\n')
      .map((line) => {
        if (/^\s*(```|~~~|\$\$)/.test(line)) fenced = !fenced
        if (fenced || /^\s*\$\$|^\s*\[[^\]]+\]:|\]\[/.test(line)) return line
        return line.replace(word, (found) => (random() < 0.35 ? pick(vocabulary) : found))
      })
      .join('\n')
  }

  const articles = []
  for (let index = 1; index <= count; index++) {
    const title = vary(pick(titles)).replace(/["\\]/g, '') + ', n. ' + index
    const head = random()
    const parts = []
    if (head < 0.6) parts.push(yaml.replace(/^title: .*$/m, 'title: "' + title + '"'))
    else if (head < 0.75) parts.push(toml.replace(/^title = .*$/m, 'title = "' + title + '"'))
    parts.push('# ' + title)

    const chosen = new Set()
    const wanted = 3 + Math.floor(random() * 8)
    while (chosen.size < wanted) chosen.add(pick(sections))
    for (const section of chosen) parts.push(random() < 0.12 ? section : vary(section))
    if (random() < 0.4) parts.push(newsletter)
    if (random() < 0.8) parts.push(footer)

    let text = parts.join('\n\n') + '\n'
    if (random() < 0.03) text = text.replace(/\n/g, '\r\n')
    if (random() < 0.03) text = text.trimEnd()
    articles.push({name: 'articolo-' + String(index).padStart(5, '0') + '.md', text})
  }

  return articles
}

/** The sample article in runs of two to four blocks, each a section of its own. */
function sampleSections(/** @type {string} */ sample) {
  const blocks = sample.trim().split(/\n\n+/)
  const sections = []
  for (let start = 0; start < blocks.length; start += 3)
    sections.push(blocks.slice(start, start + 3).join('\n\n'))
  return sections
}
