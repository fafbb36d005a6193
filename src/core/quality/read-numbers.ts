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

/**
 * The numbers of a text as values: digits read the way the language writes
 * them (`1.000,5` in Italian, `1,000.5` in English), with a scale word after
 * them (`38 miliardi`, `$38 billion`, `38bn`) multiplied in, ordinals
 * (`3°`, `3rd`, `terzo`, `third`) and the numbers written as words.
 */
export function readNumbers(text: string, language: Language): number[] {
  const words = language === 'it' ? italianWords : englishWords
  const scales = language === 'it' ? italianScales : englishScales
  const tokens = [...text.matchAll(/\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|\p{L}+/gu)].map(
    (match) => match[0]
  )
  const values: number[] = []

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const lower = token.toLowerCase()
    let value: number | undefined
    if (/^\d/.test(token)) value = readDigits(token, language)
    // `per cento` is a percent sign, not a hundred.
    else if (!(lower === 'cento' && tokens[index - 1]?.toLowerCase() === 'per')) value = words[lower]
    if (value === undefined || !Number.isFinite(value)) continue
    // An ordinal's letters (`3rd`) and a scale word after a number (`38 miliardi`, `two billion`).
    if (/^(?:st|nd|rd|th)$/i.test(tokens[index + 1] ?? '')) index++
    const scale = scales[(tokens[index + 1] ?? '').toLowerCase()]
    if (scale !== undefined) {
      value *= scale
      index++
    }

    values.push(Math.round(value * 1e6) / 1e6)
  }

  return values
}

/**
 * Digits as the language writes them: groups of three after the thousands
 * separator (`1.000,5`, `1,000.5`), else the separator is a decimal point
 * (`3,5` in Italian; `4.1` stays a version number in either).
 */
function readDigits(digits: string, language: Language): number {
  const [group, point] = language === 'it' ? ['.', ','] : [',', '.']
  const grouped = new RegExp('^\\d{1,3}(?:\\' + group + '\\d{3})+(?:\\' + point + '\\d+)?$').test(digits)
  const plain = grouped ? digits.split(group).join('') : digits
  return Number(plain.replace(/[.,]/, '.'))
}
