// A large glossary for the benchmark: the project's own entries, then
// Italian-like terms made as test/benchmarks/match-terms.mjs makes them (one
// to four words, some with extra forms) up to the size asked for, so a run
// finds the same terms as with the project glossary and pays for the rest.
import {italianForms} from '../../dist/core/index.js'
import {seededRandom} from './seeded-random.mjs'

const onsets = [
  'c',
  'p',
  'r',
  't',
  'l',
  'n',
  'm',
  'st',
  'gr',
  'v',
  'f',
  'd',
  's',
  'b',
  'tr',
  'pr',
  'gn',
  'sc',
  'ch',
  'z'
]
const vowels = ['a', 'e', 'i', 'o', 'u', 'ia', 'io']
const endings = [
  'a',
  'o',
  'e',
  'ione',
  'mento',
  'ità',
  'ale',
  'ico',
  'ica',
  'ista',
  'ore',
  'ente',
  'anza',
  'ggio'
]
const functionWords = [
  'di',
  'del',
  'della',
  'per',
  'con',
  'a',
  'in',
  'e',
  'il',
  'la',
  'le',
  'dei',
  'nel',
  'che',
  'un'
]

/** The project glossary `tsv` grown to `count` entries, as glossary TSV text. */
export function generateGlossary(/** @type {string} */ tsv, /** @type {number} */ count, seed = 20261125) {
  const {random, pick} = seededRandom(seed)
  const italianWord = () => {
    let word = ''
    const syllables = 1 + Math.floor(random() * 3)
    for (let index = 0; index < syllables; index++) word += pick(onsets) + pick(vowels)
    return word + pick(endings)
  }

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
    const words = random() < 0.6 ? 1 : 2 + Math.floor(random() * 3)
    const parts = [italianWord()]
    for (let index = 1; index < words; index++) {
      parts.push(random() < 0.3 && index < words - 1 ? pick(functionWords) : italianWord())
    }
    const italian = parts.join(' ')
    const own = italianForms(italian)
    if (own.some((form) => taken.has(form) || functionWords.includes(form))) continue
    const forms = [...new Set(Array.from({length: Math.floor(random() * 4)}, italianWord))].filter(
      (form) => !taken.has(form) && !own.includes(form) && !functionWords.includes(form)
    )
    for (const form of [...own, ...forms]) taken.add(form)
    lines.push([italian, 'term ' + lines.length, '', forms.join('|'), '', ''].join('\t'))
  }

  return tsv.trimEnd() + '\n\n# Generated for the benchmark\n' + lines.join('\n') + '\n'
}
