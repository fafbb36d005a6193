// A stand-in translation that changes nearly every unit of the spec examples
// yet cannot change how they parse: whole ASCII words become other words of
// the same length and letter case, so every character keeps its class
// (letter for letter) and no delimiter, flanking rule or line changes.

/**
 * The words swapped, lower case; each also swaps Capitalised and in UPPER
 * case. They are the frequent words of the examples' text (foo alone is in
 * 350 text nodes, bar in 209, baz in 85), besides parts of URLs (http, www,
 * com…) and entity names, which glossa never sends.
 */
const lowerDictionary = {
  foo: 'fiz',
  bar: 'zap',
  baz: 'zop',
  bim: 'bok',
  bam: 'bum',
  bop: 'bip',
  boo: 'bee',
  aaa: 'qqq',
  bbb: 'rrr',
  ccc: 'sss',
  ddd: 'ttt',
  abc: 'cba',
  a: 'e',
  b: 'v',
  c: 'k',
  d: 't',
  q: 'w',
  hi: 'yo',
  ok: 'ko',
  okay: 'yeah',
  hello: 'howdy',
  world: 'earth',
  link: 'lank',
  title: 'titel',
  url: 'orl',
  not: 'nut',
  one: 'ono',
  two: 'twa',
  example: 'sampler',
  paragraph: 'paragrafo',
  is: 'si',
  with: 'amid',
  lines: 'lanes',
  block: 'brick',
  quote: 'cited',
  emphasis: 'stressed',
  of: 'di',
  an: 'un',
  the: 'tha',
  and: 'und',
  in: 'im',
  my: 'mi',
  empty: 'vacua',
  number: 'numero',
  code: 'kode',
  list: 'lyst',
  text: 'txet',
  heading: 'titling',
  here: 'hier',
  ref: 'rif',
  def: 'dif',
  moon: 'mond',
  house: 'casas',
  doors: 'porte',
  strong: 'potent',
  test: 'essa',
  continued: 'continuos',
  blockquote: 'citeblocks'
}

/** @param {string} word @param {string} model */
function sameCase(word, model) {
  return model === model.toUpperCase() && model.length > 1
    ? word.toUpperCase()
    : model[0] === model[0]?.toUpperCase()
      ? word[0]?.toUpperCase() + word.slice(1)
      : word
}

/** Every swapped word in every case form it swaps in, to its replacement. */
export const dictionary = Object.freeze(
  Object.fromEntries(
    Object.entries(lowerDictionary).flatMap(([word, swapped]) => {
      if (word.length !== swapped.length || word === swapped) throw new Error('Bad swap: ' + word)
      const forms = [word, word[0]?.toUpperCase() + word.slice(1), word.toUpperCase()]
      return [...new Set(forms)].map((form) => [form, sameCase(swapped, form)])
    })
  )
)

const words = new RegExp(
  '(?<![A-Za-z0-9])(?:' +
    Object.keys(dictionary)
      .sort((a, b) => b.length - a.length)
      .join('|') +
    ')(?![A-Za-z0-9])',
  'g'
)

/** Character references (`&amp;`, `&#35;`, `&#X22;`), whose names are not words. */
const references = /(&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)/

/** Swap the dictionary's whole words in plain text, leaving character references alone. */
export function swapWords(/** @type {string} */ text) {
  return text
    .split(references)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(words, (word) => dictionary[word] ?? word)))
    .join('')
}

/**
 * The test server's translation: swap words in the XML glossa sends, only
 * outside tags and held-aside `<x>…</x>` content (escapes such as `&lt;`
 * stay as they are).
 */
export function swapMarkup(/** @type {string} */ xml) {
  return xml
    .split(/(<x\b[^>]*[^/]>[^<]*<\/x>|<[^>]*>)/)
    .map((part, index) => (index % 2 === 1 ? part : swapWords(part)))
    .join('')
}
