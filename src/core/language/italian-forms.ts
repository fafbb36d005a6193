/**
 * Articles, prepositions (plain and articulated) and conjunctions: in a
 * multiword term, the words before the first of these are the noun and its
 * adjectives, which agree in number; what follows is a complement that keeps
 * its own number ("potenza di calcolo" → "potenze di calcolo").
 */
export const italianFunctionWords: ReadonlySet<string> = new Set([
  ...['di', 'del', 'dello', 'della', 'dei', 'degli', 'delle'],
  ...['a', 'ad', 'al', 'allo', 'alla', 'ai', 'agli', 'alle'],
  ...['da', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle'],
  ...['in', 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle'],
  ...['su', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle'],
  ...['con', 'col', 'per', 'tra', 'fra', 'senza', 'verso', 'contro', 'come', 'che'],
  ...['e', 'ed', 'o', 'od'],
  ...['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una']
])

// Beyond this many variants a term is not a noun phrase worth inflecting in
// full; the head-only variants still cover it.
const maximumVariants = 64

/**
 * The forms of an Italian term: the term as given, then its regular plurals
 * (head only, then every word up to the first function word, so adjectives
 * agree). Over-generation is intended: a form nobody writes never matches.
 */
export function italianForms(term: string): string[] {
  // Odd indexes hold the white space between words, kept as written.
  const parts = term.split(/(\s+)/)
  const words = parts.filter((_, index) => index % 2 === 0)
  let inflectable = words.findIndex((word) => isFunctionWord(word))
  if (inflectable === -1) inflectable = words.length

  const variants: string[][] = []
  if (inflectable > 0) {
    for (const head of wordPlurals(words[0] ?? '')) variants.push([head, ...words.slice(1)])
    let agreeing: string[][] = [[]]
    for (const word of words.slice(0, inflectable)) {
      agreeing = agreeing.flatMap((prefix) => wordPlurals(word).map((plural) => [...prefix, plural]))
      if (agreeing.length > maximumVariants) agreeing = agreeing.slice(0, maximumVariants)
    }
    for (const prefix of agreeing) variants.push([...prefix, ...words.slice(inflectable)])
  }

  const forms = new Set([term])
  for (const variant of variants) {
    forms.add(parts.map((part, index) => (index % 2 === 0 ? (variant[index / 2] ?? part) : part)).join(''))
  }
  return [...forms]
}

function isFunctionWord(word: string): boolean {
  // An elided article or preposition ("dell'", "d’") starts a complement too.
  return italianFunctionWords.has(word.toLowerCase()) || /^\p{L}+['’ʼ]\p{L}/u.test(word)
}

/** The plurals of one word, or the word alone when it is invariable. */
function wordPlurals(word: string): string[] {
  const hyphen = word.lastIndexOf('-')
  if (hyphen !== -1) {
    const head = word.slice(0, hyphen + 1)
    return wordPlurals(word.slice(hyphen + 1)).map((last) => head + last)
  }

  const lower = word.toLowerCase()
  const acronym = word === word.toUpperCase() && word !== lower
  // Only a word ending in an unaccented a, e or o inflects; an accent, a
  // consonant (loanwords), -i and -ie mean it is invariable.
  if (acronym || lower.length < 3 || lower.length !== word.length || !/[aeo]$/.test(lower)) return [word]
  if (lower.endsWith('ie')) return [word]

  const replace = (cut: number, endings: string[]) => endings.map((ending) => word.slice(0, -cut) + ending)
  const rules: Array<[RegExp, number, string[]]> = [
    [/cia$/, 3, ['ce', 'cie']],
    [/gia$/, 3, ['ge', 'gie']],
    [/ca$/, 2, ['che']],
    [/ga$/, 2, ['ghe']],
    [/ista$/, 4, ['isti', 'iste']],
    [/ma$/, 2, ['mi', 'me']],
    [/a$/, 1, ['e']],
    [/co$/, 2, ['chi', 'ci']],
    [/go$/, 2, ['ghi', 'gi']],
    [/io$/, 2, ['i', 'ii']],
    [/o$/, 1, ['i']],
    [/e$/, 1, ['i']]
  ]
  for (const [pattern, cut, endings] of rules) {
    if (pattern.test(lower)) return replace(cut, endings)
  }
  return [word]
}
