// The examples of the CommonMark 0.31 and GFM 0.29 specs, read from the spec
// texts kept in test/fixtures/specs/. An example sits between a line of 32
// backticks followed by ` example` (GFM adds ` example autolink`, ` example
// table`… variants) and a line of 32 backticks alone; its Markdown comes
// before a line holding only `.`, its HTML after; `→` stands for a tab.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'

const folder = join(import.meta.dirname, '..', 'fixtures', 'specs')

/** The spec files, by spec name. */
export const specFiles = {
  commonmark: join(folder, 'commonmark-spec-0.31.txt'),
  gfm: join(folder, 'gfm-spec-0.29.txt')
}

const fence = '`'.repeat(32)

/**
 * Every example of one spec text, in order and numbered from 1 as the spec
 * numbers them, with the heading of the section it sits in.
 */
export function parseSpec(/** @type {'commonmark' | 'gfm'} */ spec, /** @type {string} */ text) {
  /** @type {Array<{spec: 'commonmark' | 'gfm', number: number, section: string, markdown: string, html: string}>} */
  const examples = []
  const lines = text.split('\n')
  let section = ''
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line === fence + ' example' || line.startsWith(fence + ' example ')) {
      const markdown = []
      const html = []
      let part = markdown
      for (index++; index < lines.length && lines[index] !== fence; index++) {
        const body = lines[index] ?? ''
        if (body === '.' && part === markdown) part = html
        else part.push(body.replaceAll('→', '\t') + '\n')
      }
      examples.push({
        spec,
        number: examples.length + 1,
        section,
        markdown: markdown.join(''),
        html: html.join('')
      })
    } else if (/^#{1,6} /.test(line)) section = line.replace(/^#+ /, '').trim()
  }

  return examples
}

/** Every example of both specs, GFM's repeats included: 655 + 673 = 1,328. */
export function allSpecExamples() {
  return Object.entries(specFiles).flatMap(([spec, file]) =>
    parseSpec(/** @type {'commonmark' | 'gfm'} */ (spec), readFileSync(file, 'utf8'))
  )
}

/**
 * The examples once each: CommonMark's first, then GFM's whose Markdown
 * CommonMark does not already have (GFM 0.29 repeats most of them). Of the
 * 1,328 examples, 655 + 44 = 699 are distinct this way (checked by the test).
 */
export function specExamples() {
  const seen = new Set()
  return allSpecExamples()
    .filter((example) => !seen.has(example.markdown) && seen.add(example.markdown))
    .map(({html: _, ...example}) => example)
}

/** The name an example goes by: `commonmark-12`, `gfm-204`. */
export function exampleId(/** @type {{spec: string, number: number}} */ example) {
  return example.spec + '-' + example.number
}
