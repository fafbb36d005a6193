// Italian-like words for the benchmarks, made of syllables and endings,
// and the function words that join them into terms.
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
export const functionWords = [
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

/** A word of one to three syllables and an Italian ending, drawn with `seededRandom`'s functions. */
export function italianWord(/** @type {() => number} */ random, /** @type {<T>(list: T[]) => T} */ pick) {
  let word = ''
  const syllables = 1 + Math.floor(random() * 3)
  for (let index = 0; index < syllables; index++) word += pick(onsets) + pick(vowels)
  return word + pick(endings)
}

/** A term of one word, or of two to four with function words between some of them. */
export function italianTerm(/** @type {() => number} */ random, /** @type {<T>(list: T[]) => T} */ pick) {
  const words = random() < 0.6 ? 1 : 2 + Math.floor(random() * 3)
  const parts = [italianWord(random, pick)]
  for (let index = 1; index < words; index++) {
    parts.push(random() < 0.3 && index < words - 1 ? pick(functionWords) : italianWord(random, pick))
  }
  return parts.join(' ')
}
