import {readNumbers} from './read-numbers.js'

/** One quality problem of a translation, as a message will say it. */
export interface QualityFinding {
  ruleId:
    | 'number-mismatch'
    | 'currency-mismatch'
    | 'date-mismatch'
    | 'link-mismatch'
    | 'code-mismatch'
    | 'untranslated'
  /** What the translation has (or `missing`), and what the Italian asks for. */
  actual: string
  expected: string
}

/** A unit to check: its Italian and English as words (markup out) and as Markdown. */
export interface QualityPair {
  italian: string
  english: string
  italianMarkdown: string
  englishMarkdown: string
}

const months = [
  ['gennaio', 'january'],
  ['febbraio', 'february'],
  ['marzo', 'march'],
  ['aprile', 'april'],
  ['maggio', 'may'],
  ['giugno', 'june'],
  ['luglio', 'july'],
  ['agosto', 'august'],
  ['settembre', 'september'],
  ['ottobre', 'october'],
  ['novembre', 'november'],
  ['dicembre', 'december']
] as const
const weekdays = [
  ['lunedì', 'monday'],
  ['martedì', 'tuesday'],
  ['mercoledì', 'wednesday'],
  ['giovedì', 'thursday'],
  ['venerdì', 'friday'],
  ['sabato', 'saturday'],
  ['domenica', 'sunday']
] as const
const currencies: ReadonlyArray<readonly [string, RegExp, RegExp]> = [
  ['dollar', /\$|\bdollar[oi]\b|\bUSD\b/i, /\$|\bdollars?\b|\bUSD\b/i],
  ['euro', /€|\beuro\b|\bEUR\b/i, /€|\beuros?\b|\bEUR\b/i],
  ['pound', /£|\bsterlin[ae]\b|\bGBP\b/i, /£|\bpounds?\b|\bGBP\b/i],
  ['yen', /¥|\byen\b|\bJPY\b/i, /¥|\byen\b|\bJPY\b/i]
]
/** Function words only Italian has: one of them in the English means Italian was left (the signal pofilter lacks). */
const italianOnly = new Set(
  'della delle dello degli nella nelle nello negli alla alle allo agli dalla dalle dagli sulla sulle sugli che sono questo questa questi queste anche più gli una essere stato stata hanno perché però quindi molto tutti ogni loro'.split(
    ' '
  )
)

/**
 * The checks of one translated unit, each knowing both languages: its
 * numbers with their scale words, currencies, dates and weekdays, links and
 * inline code, and Italian left in the English.
 */
export function checkQuality(pair: QualityPair): QualityFinding[] {
  return [
    ...checkNumbers(pair),
    ...checkCurrencies(pair),
    ...checkDates(pair),
    ...checkMarkdown(pair, /\]\(\s*<?([^)\s>]+)/g, 'link-mismatch'),
    ...checkMarkdown(pair, /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, 'code-mismatch', 2),
    ...checkUntranslated(pair)
  ]
}

function checkNumbers({italian, english}: QualityPair): QualityFinding[] {
  const found = readNumbers(english, 'en')
  const missing = readNumbers(italian, 'it').filter((value) => {
    const at = found.indexOf(value)
    if (at === -1) return true
    found.splice(at, 1)
    return false
  })
  return missing.length === 0
    ? []
    : [
        {
          ruleId: 'number-mismatch',
          actual: readNumbers(english, 'en').map(show).join(', ') || 'no number',
          expected: missing.map(show).join(', ')
        }
      ]
}

function checkCurrencies({italian, english}: QualityPair): QualityFinding[] {
  const inItalian = currencies.filter(([, it]) => it.test(italian)).map(([name]) => name)
  const inEnglish = currencies.filter(([, , en]) => en.test(english)).map(([name]) => name)
  const same = inItalian.length === inEnglish.length && inItalian.every((name) => inEnglish.includes(name))
  return same
    ? []
    : [
        {
          ruleId: 'currency-mismatch',
          actual: inEnglish.join(', ') || 'none',
          expected: inItalian.join(', ') || 'none'
        }
      ]
}

function checkDates({italian, english}: QualityPair): QualityFinding[] {
  const it = italian.toLowerCase()
  const en = english.toLowerCase()
  const findings: QualityFinding[] = []
  for (const [index, [italianMonth, englishMonth]] of months.entries()) {
    for (const match of it.matchAll(
      new RegExp('\\b(\\d{1,2})(?:°|º)?\\s+' + italianMonth + '(?:\\s+(\\d{4}))?', 'g')
    )) {
      const [, day, year] = match
      const american = new RegExp(
        '\\b' + englishMonth + '\\s+' + Number(day) + '(?:st|nd|rd|th)?\\b' + (year ? ',?\\s+' + year : '')
      )
      const british = new RegExp(
        '\\b' + Number(day) + '(?:st|nd|rd|th)?\\s+(?:of\\s+)?' + englishMonth + (year ? ',?\\s+' + year : '')
      )
      if (!american.test(en) && !british.test(en)) {
        findings.push({
          ruleId: 'date-mismatch',
          actual:
            en.match(new RegExp('\\b\\w*\\s*' + englishMonth + '\\s*\\w*', 'g'))?.join(', ') ?? 'missing',
          expected: months[index]![1] + ' ' + Number(day) + (year ? ', ' + year : '')
        })
      }
    }

    if (
      new RegExp('\\b' + italianMonth + '\\b').test(it) &&
      !new RegExp('\\b' + englishMonth + '\\b').test(en)
    ) {
      if (!findings.some((finding) => finding.expected.startsWith(englishMonth))) {
        findings.push({ruleId: 'date-mismatch', actual: 'missing', expected: englishMonth})
      }
    }
  }

  for (const [italianDay, englishDay] of weekdays) {
    if (it.includes(italianDay) && !en.includes(englishDay))
      findings.push({ruleId: 'date-mismatch', actual: 'missing', expected: englishDay})
  }

  return findings.map((finding) => ({...finding, expected: capitalise(finding.expected)}))
}

/** The same link targets, or inline code, in any order. */
function checkMarkdown(
  {italianMarkdown, englishMarkdown}: QualityPair,
  pattern: RegExp,
  ruleId: 'link-mismatch' | 'code-mismatch',
  group = 1
): QualityFinding[] {
  const list = (text: string) => [...text.matchAll(pattern)].map((match) => match[group]!.trim()).sort()
  const italian = list(italianMarkdown)
  const english = list(englishMarkdown)
  const same = italian.length === english.length && italian.every((value, index) => value === english[index])
  return same ? [] : [{ruleId, actual: english.join(', ') || 'none', expected: italian.join(', ') || 'none'}]
}

/** English equal to the Italian, or keeping Italian function words; units of names, numbers and code aside. */
function checkUntranslated({italian, english}: QualityPair): QualityFinding[] {
  const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? []
  // A unit without an Italian function word (names, numbers, code) may well stay as it is.
  if (!words(italian).some((word) => italianOnly.has(word) || commonItalian.has(word))) return []
  if (italian.trim() === english.trim())
    return [{ruleId: 'untranslated', actual: english.trim(), expected: 'English'}]
  const left = words(english).filter((word) => italianOnly.has(word))
  return left.length === 0
    ? []
    : [{ruleId: 'untranslated', actual: [...new Set(left)].join(', '), expected: 'English'}]
}

/** Italian words too short or too English-looking to flag alone, but enough to say a unit is prose. */
const commonItalian = new Set('il lo la le di da in con per non e è ha del dei tra fra ma se su'.split(' '))

function show(value: number): string {
  return String(value)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
