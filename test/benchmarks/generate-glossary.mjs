// A large glossary for the benchmark: the project's own entries, then
// Italian-like terms made as test/benchmarks/match-terms.mjs makes them (one
// to four words, some with extra forms) up to the size asked for, so a run
// finds the same terms as with the project glossary and pays for the rest.
import {italianForms} from '../../dist/core/index.js'
import {functionWords, italianTerm, italianWord} from './italian-words.mjs'
import {seededRandom} from './seeded-random.mjs'

/** The project glossary `tsv` grown to `count` entries, as glossary TSV text. */
export function generateGlossary(/** @type {string} */ tsv, /** @type {number} */ count, seed = 20261125) {
  const {random, pick} = seededRandom(seed)
  const word = () => italianWord(random, pick)

  const entries = tsv
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#') && !line.startsWith('it\t'))
  // Every form already taken, so that no generated entry clashes with another one.
  const taken = new Set(
    entries.flatMap((line) => {
      const [italian = '', , , forms = ''] = line.split('\t')
      return [
        ...italianForms(italian),
        ...forms
          .split('|')
          .filter(Boolean)
          .map((form) => form.split('=')[0])
      ]
    })
  )
  const lines = []
  while (entries.length + lines.length < count) {
    const italian = italianTerm(random, pick)
    const own = italianForms(italian)
    if (own.some((form) => taken.has(form) || functionWords.includes(form))) continue
    const forms = [...new Set(Array.from({length: Math.floor(random() * 4)}, word))].filter(
      (form) => !taken.has(form) && !own.includes(form) && !functionWords.includes(form)
    )
    for (const form of [...own, ...forms]) taken.add(form)
    lines.push([italian, 'term ' + lines.length, '', forms.join('|'), '', ''].join('\t'))
  }

  return tsv.trimEnd() + '\n\n# Generated for the benchmark\n' + lines.join('\n') + '\n'
}
