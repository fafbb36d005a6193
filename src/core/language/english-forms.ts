// Nouns of the domain that English does not count: their Italian plural
// ("i dati", "i software") still comes out singular.
const uncountable = new Set([
  ...['compute', 'data', 'metadata', 'software', 'hardware', 'firmware', 'middleware', 'malware'],
  ...['ransomware', 'spyware', 'information', 'research', 'equipment', 'feedback', 'knowledge'],
  ...['intelligence', 'news', 'progress', 'traffic', 'storage', 'throughput', 'telemetry', 'content'],
  ...['advice', 'evidence', 'machinery', 'electricity', 'governance', 'privacy', 'series', 'species'],
  ...['security', 'cybersecurity', 'connectivity', 'interoperability', 'scalability', 'know-how']
])

// Nouns in -ing that do count, so the rule for -ing (training, computing)
// must not swallow them.
const countableIng = new Set([
  ...['embedding', 'setting', 'building', 'mapping', 'binding', 'warning', 'meeting', 'ranking'],
  ...['finding', 'listing', 'heading', 'recording', 'offering', 'opening', 'ending', 'rating', 'filing'],
  ...['holding', 'string', 'thing', 'ring', 'wing', 'king', 'spring', 'drawing', 'saving', 'earning']
])

const irregular = new Map([
  ['child', 'children'],
  ['person', 'people'],
  ['man', 'men'],
  ['woman', 'women'],
  ['mouse', 'mice'],
  ['criterion', 'criteria'],
  ['phenomenon', 'phenomena'],
  ['matrix', 'matrices'],
  ['vertex', 'vertices']
])

/**
 * The English plural uploaded for an Italian plural: the last word, or the
 * one before the first " of " ("points of presence"), takes the plural;
 * uncountable nouns and acronyms follow their own rules. Case is kept.
 */
export function englishPlural(term: string): string {
  const of = term.search(/\s+of\s+/i)
  const head = of === -1 ? term : term.slice(0, of)
  const rest = term.slice(head.length)
  const match = /[^\s-]+$/.exec(head)
  if (!match) return term
  return head.slice(0, match.index) + wordPlural(match[0]) + rest
}

/**
 * Every way the English of an entry counts as present in a translation: the
 * term, its plural, and the American and British spelling of each.
 */
export function englishForms(term: string): string[] {
  const forms = new Set<string>()
  for (const form of [term, englishPlural(term)]) {
    forms.add(form)
    forms.add(respell(form, american))
    forms.add(respell(form, british))
  }
  return [...forms]
}

function wordPlural(word: string): string {
  const lower = word.toLowerCase()
  if (!/\p{L}/u.test(word)) return word
  if (lower.length !== word.length) return word + 's'
  if (word === word.toUpperCase() && lower !== word) {
    // Short capitals are an acronym (GPUs); longer ones a word set in capitals.
    return word.length <= 5 ? word + 's' : wordPlural(lower).toUpperCase()
  }

  const known = irregular.get(lower)
  if (known) return word.slice(0, 1) + known.slice(1)
  if (uncountable.has(lower) || /ware$|ics$/.test(lower)) return word
  if (lower.endsWith('ing') && !countableIng.has(lower)) return word
  if (/.is$/.test(lower) && lower.length > 3) return word.slice(0, -2) + 'es'
  if (/(s|x|z|ch|sh)$/.test(lower)) return word + 'es'
  if (/[^aeiou]y$/.test(lower)) return word.slice(0, -1) + 'ies'
  return word + 's'
}

type Spelling = Array<[RegExp, string]>

// Each rule rewrites a word ending (or, for -our, a stem); both directions
// are listed so that a glossary written in either spelling finds the other.
const american: Spelling = [
  [/(cent|met|fib|lit|theat|calib)re(s?)$/, '$1er$2'],
  [/([a-z]{3})is(e|es|ed|ing|er|ers|ation|ations)$/, '$1iz$2'],
  // Not -yses: that is also the plural of -ysis (analyses), in both spellings.
  [/ys(e|ed|ing|er|ers)$/, 'yz$1'],
  [/(behavi|col|fav|flav|hon|hum|lab|neighb|rum|vap|harb|endeav|arm)our/, '$1or']
]
const british: Spelling = [
  [/(cent|met|fib|lit|theat|calib)er(s?)$/, '$1re$2'],
  [/([a-z]{3})iz(e|es|ed|ing|er|ers|ation|ations)$/, '$1is$2'],
  [/yz(e|es|ed|ing|er|ers)$/, 'ys$1'],
  [/(behavi|col|fav|flav|hon|hum|lab|neighb|rum|vap|harb|endeav|arm)or/, '$1our']
]

/** Rewrite each word's spelling, keeping the case of the letters around the change. */
function respell(text: string, spelling: Spelling): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase()
    if (lower.length !== word.length || /size$/.test(lower)) return word
    let result = lower
    for (const [pattern, replacement] of spelling) result = result.replace(pattern, replacement)
    if (result === lower) return word
    return restoreCase(word, result)
  })
}

/** Put back the capitals of `word` on `result`, which differs from it in one stretch. */
function restoreCase(word: string, result: string): string {
  const lower = word.toLowerCase()
  let prefix = 0
  while (prefix < lower.length && lower[prefix] === result[prefix]) prefix++
  let suffix = 0
  while (
    suffix < lower.length - prefix &&
    suffix < result.length - prefix &&
    lower[lower.length - 1 - suffix] === result[result.length - 1 - suffix]
  ) {
    suffix++
  }
  const middle = result.slice(prefix, result.length - suffix)
  const upper = prefix > 0 && word[prefix - 1] !== lower[prefix - 1]
  return word.slice(0, prefix) + (upper ? middle.toUpperCase() : middle) + word.slice(word.length - suffix)
}
