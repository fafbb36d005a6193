import {isLetter} from './find-words.js'

/** Numbers written out, by language: cardinals up to twenty and the round tens. */
const italianWords: Record<string, number> = {
  // Not `sei` (also “you are”), `prima` (“before”) nor `secondo` (“according to”).
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
  undici: 11,
  dodici: 12,
  tredici: 13,
  quattordici: 14,
  quindici: 15,
  sedici: 16,
  diciassette: 17,
  diciotto: 18,
  diciannove: 19,
  venti: 20,
  trenta: 30,
  quaranta: 40,
  cinquanta: 50,
  sessanta: 60,
  settanta: 70,
  ottanta: 80,
  novanta: 90,
  cento: 100,
  mille: 1000,
  primo: 1,
  terzo: 3,
  terza: 3,
  quarto: 4,
  quarta: 4,
  quinto: 5,
  quinta: 5,
  sesto: 6,
  sesta: 6,
  settimo: 7,
  settima: 7,
  ottavo: 8,
  ottava: 8,
  nono: 9,
  nona: 9,
  decimo: 10,
  decima: 10
}

const englishWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10
}

const italianScales: Record<string, number> = {
  mila: 1e3,
  milione: 1e6,
  milioni: 1e6,
  mln: 1e6,
  miliardo: 1e9,
  miliardi: 1e9,
  mld: 1e9
}
const englishScales: Record<string, number> = {
  // Not `m` or `b` alone: metres and bytes are as likely.
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  tn: 1e12
}

export type Language = 'it' | 'en'

/** What may stand between a number and its ordinal letters or scale word: anything but letters and digits. */
const gap = String.raw`[^\p{L}\d]*`

interface Reader {
  /** A number's core, in digits or words: ASCII lookarounds and no `u` flag, since Unicode ones cost five times as much on long prose. */
  number: RegExp
  /** What may follow it, tried only where a number ends: ordinal letters (`3rd`), then a scale word (`38 miliardi`). */
  suffix: RegExp
  words: Record<string, number>
  scales: Record<string, number>
}

function reader(words: Record<string, number>, scales: Record<string, number>): Reader {
  const alternatives = (table: Record<string, number>) =>
    Object.keys(table)
      .sort((a, b) => b.length - a.length)
      .join('|')
  return {
    number: new RegExp(
      String.raw`(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)|(?<![a-z])(${alternatives(words)})(?![a-z])`,
      'gi'
    ),
    suffix: new RegExp(
      String.raw`(?:${gap}(?:st|nd|rd|th)(?!\p{L}))?(?:${gap}(?<!\p{L})(${alternatives(scales)})(?!\p{L}))?`,
      'iuy'
    ),
    words,
    scales
  }
}

const readers = {
  it: reader(italianWords, italianScales),
  en: reader(englishWords, englishScales)
}

/**
 * The numbers of a text as values: digits read the way the language writes
 * them (`1.000,5` in Italian, `1,000.5` in English), with a scale word after
 * them (`38 miliardi`, `$38 billion`, `38bn`) multiplied in, ordinals
 * (`3°`, `3rd`, `terzo`, `third`) and the numbers written as words.
 */
export function readNumbers(text: string, language: Language): number[] {
  const {number, suffix, words, scales} = readers[language]
  const values: number[] = []
  number.lastIndex = 0
  let match: RegExpExecArray | null

  while ((match = number.exec(text))) {
    const [whole, digits, word] = match
    let value: number
    if (digits === undefined) {
      // The pattern knows only ASCII letters: a word glued to `à` or `é` is part of a longer word.
      const end = match.index + whole.length
      if (isLetter(text, match.index - 1) || isLetter(text, end)) continue
      const lower = word!.toLowerCase()
      // `per cento` is a percent sign, not a hundred.
      if (lower === 'cento' && afterPer(text, match.index)) continue
      value = words[lower]!
    } else {
      value = readDigits(digits, language)
    }

    // Ordinal letters and scale words start with a letter: most numbers have none after them.
    if (letterFollows(text, number.lastIndex)) {
      suffix.lastIndex = number.lastIndex
      const after = suffix.exec(text)
      if (after && after[0].length > 0) {
        number.lastIndex = suffix.lastIndex
        if (after[1] !== undefined) value *= scales[after[1].toLowerCase()]!
      }
    }

    if (Number.isFinite(value)) values.push(Math.round(value * 1e6) / 1e6)
  }

  return values
}

/** Whether a letter comes at `index`, after nothing but spaces and signs. */
function letterFollows(text: string, index: number): boolean {
  let at = index
  while (at < text.length && !isLetter(text, at) && !/\d/.test(text.charAt(at))) at++
  return isLetter(text, at)
}

/** Whether the word `per` comes right before `index`, with nothing but spaces and signs between. */
function afterPer(text: string, index: number): boolean {
  let at = index
  while (at > 0 && !isLetter(text, at - 1) && !/\d/.test(text.charAt(at - 1))) at--
  return at >= 3 && text.slice(at - 3, at).toLowerCase() === 'per' && !isLetter(text, at - 4)
}

const grouped = {
  it: /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/,
  en: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/
}

/**
 * Digits as the language writes them: groups of three after the thousands
 * separator (`1.000,5`, `1,000.5`), else the separator is a decimal point
 * (`3,5` in Italian; `4.1` stays a version number in either).
 */
function readDigits(digits: string, language: Language): number {
  // Most numbers are years and counts: no separator to read.
  if (!digits.includes('.') && !digits.includes(',')) return Number(digits)
  const plain = grouped[language].test(digits) ? digits.split(language === 'it' ? '.' : ',').join('') : digits
  return Number(plain.replace(/[.,]/, '.'))
}
