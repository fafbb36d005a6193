// The spec-example swap harness (issue 14): what glossa should write for a
// spec example when the engine swaps every dictionary word (the source with
// exactly those words swapped, only where glossa translates), and how what
// it wrote compares: same parse, same bytes, or a reason for the difference.
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import {allSpecExamples, exampleId, specExamples} from './spec-examples.mjs'
import {swapMarkup, swapWords} from './swap-words.mjs'

// The processor of src/core/markdown/parse-markdown.ts.
const processor = remark()
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkMath, {singleDollarTextMath: false})
  .freeze()

/** @typedef {{type: string, value?: string, alt?: string | null, referenceType?: string, children?: Node[], position?: {start: {offset?: number}, end: {offset?: number}}}} Node */

/** The mdast of `markdown`, positions removed, for deep comparison. */
export function parseWithoutPositions(/** @type {string} */ markdown) {
  return JSON.parse(
    JSON.stringify(processor.parse(markdown), (key, value) => (key === 'position' ? undefined : value))
  )
}

/**
 * The source ranges glossa translates: every `text` node's raw slice
 * (escapes and references included) and the label of every image (its alt
 * text), except the text of autolinks (`<…>` and GFM's bare URLs). A
 * shortcut or collapsed reference (`[foo]`, `[foo][]`, `![foo]`) whose
 * text changes becomes a full one keeping its label (`[fiz][foo]`): it is
 * given whole, with what it becomes.
 */
export function translatedRanges(/** @type {string} */ markdown) {
  /** @type {Array<[number, number] | [number, number, string]>} */
  const ranges = []
  const walk = (/** @type {Node} */ node, /** @type {boolean} */ held) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const label = node.type.endsWith('Reference') && node.referenceType !== 'full'
    if (label && !held) {
      const bang = node.type === 'imageReference' ? 1 : 0
      const labelEnd = closingBracket(markdown, start + bang + 1)
      if (labelEnd !== undefined) {
        const text = markdown.slice(start + bang + 1, labelEnd)
        const swapped = expectedSwap(text)
        if (swapped !== text) ranges.push([start, end, (bang ? '!' : '') + '[' + swapped + '][' + text + ']'])
      }
      return
    }
    if (node.type === 'text' && !held) ranges.push([start, end])
    if (node.type === 'image' || (node.type === 'imageReference' && !label)) {
      // The label is Markdown itself: its translated ranges, found the same way.
      const labelEnd = closingBracket(markdown, start + 2)
      if (labelEnd !== undefined) {
        for (const [from, to, becomes] of translatedRanges(markdown.slice(start + 2, labelEnd)))
          ranges.push(
            becomes === undefined
              ? [start + 2 + from, start + 2 + to]
              : [start + 2 + from, start + 2 + to, becomes]
          )
      }
    }
    const autolink = node.type === 'link' && markdown[start] !== '['
    for (const child of node.children ?? []) walk(child, held || autolink || label)
  }
  walk(/** @type {Node} */ (processor.parse(markdown)), false)
  return ranges
}

/** The source ranges of images (`![…](…)`, `![…][…]`). */
function imageRanges(/** @type {string} */ markdown) {
  /** @type {Array<[number, number]>} */
  const ranges = []
  const walk = (/** @type {Node} */ node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if ((node.type === 'image' || node.type === 'imageReference') && start !== undefined && end !== undefined)
      ranges.push([start, end])
    for (const child of node.children ?? []) walk(child)
  }
  walk(/** @type {Node} */ (processor.parse(markdown)))
  return ranges
}

/** The `]` closing a label opened just before `from`, nested brackets and escapes counted. */
function closingBracket(/** @type {string} */ text, /** @type {number} */ from) {
  let depth = 0
  for (let index = from; index < text.length; index++) {
    const character = text[index]
    if (character === '\\') index++
    else if (character === '[') depth++
    else if (character === ']' && depth-- === 0) return index
  }
  return undefined
}

/** The source with exactly the dictionary's words swapped, only where glossa translates. */
export function expectedSwap(/** @type {string} */ markdown) {
  let result = markdown
  for (const [start, end, becomes] of translatedRanges(markdown).sort((a, b) => b[0] - a[0])) {
    result = result.slice(0, start) + (becomes ?? swapWords(result.slice(start, end))) + result.slice(end)
  }
  return result
}

const dictionaryWord = (/** @type {string} */ text) => swapWords(text) !== text

/** Character references decoded, so `&amp;` and `&` compare alike. */
function decodeReferences(/** @type {string} */ text) {
  return text.replace(
    /&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]*));/g,
    (found, hex, dec, name) => {
      if (name !== undefined) return decodeNamedCharacterReference(name) || found
      const code = Number.parseInt(hex ?? dec, hex === undefined ? 10 : 16)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD'
    }
  )
}

const countOf = (/** @type {string} */ text, /** @type {RegExp} */ pattern) =>
  text.match(pattern)?.length ?? 0
const escapes = /\\(?=[!-/:-@[-`{-~])/g
const references = /&(?:#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]*);/g

/**
 * Ways two texts can differ without their words differing: each normalises
 * both and names the difference when they then agree.
 */
const normalisers = [
  {
    normalise: swapWords,
    reason: (/** @type {string} */ expected, /** @type {string} */ got) =>
      dictionaryWord(got) && !dictionaryWord(expected) ? 'unit left in Italian' : 'words swapped outside text'
  },
  {
    normalise: (/** @type {string} */ text) => text.replace(escapes, ''),
    reason: (/** @type {string} */ expected, /** @type {string} */ got) =>
      countOf(got, escapes) > countOf(expected, escapes)
        ? 'escape added'
        : countOf(got, escapes) < countOf(expected, escapes)
          ? 'escape removed'
          : 'escape moved'
  },
  {
    normalise: decodeReferences,
    reason: (/** @type {string} */ expected, /** @type {string} */ got) =>
      countOf(got, references) < countOf(expected, references)
        ? 'character reference decoded'
        : 'character reference added'
  },
  {
    normalise: (/** @type {string} */ text) => text.replace(/[ \t\n]+/g, ''),
    reason: () => 'space moved'
  }
]

/** The parts of two texts between their common prefix and suffix, widened to whole words. */
export function differingParts(/** @type {string} */ expected, /** @type {string} */ got) {
  let start = 0
  while (start < expected.length && start < got.length && expected[start] === got[start]) start++
  let end = 0
  while (
    end < expected.length - start &&
    end < got.length - start &&
    expected[expected.length - 1 - end] === got[got.length - 1 - end]
  )
    end++
  const word = /[A-Za-z0-9]/
  while (start > 0 && word.test(expected[start - 1] ?? '')) start--
  while (end > 0 && word.test(expected[expected.length - end] ?? '')) end--
  return {
    start,
    expected: expected.slice(start, expected.length - end),
    got: got.slice(start, got.length - end)
  }
}

/** Why `got` differs from `expected`: a reason, or reasons joined by ` + `. */
export function classify(
  /** @type {string} */ source,
  /** @type {string} */ expected,
  /** @type {string} */ got
) {
  const parts = differingParts(expected, got)
  // An image's alt text is written as plain text: its markup is lost.
  // (Swaps keep lengths, so offsets in the source are offsets in `expected`.)
  if (imageRanges(source).some(([start, end]) => parts.start >= start && parts.start < end))
    return 'alt text flattened'
  for (const first of normalisers) {
    if (first.normalise(expected) === first.normalise(got)) return first.reason(expected, got)
  }
  for (const [index, first] of normalisers.entries()) {
    for (const second of normalisers.slice(index + 1)) {
      const both = (/** @type {string} */ text) => second.normalise(first.normalise(text))
      if (both(expected) === both(got))
        return (
          first.reason(expected, got) + ' + ' + second.reason(first.normalise(expected), first.normalise(got))
        )
    }
  }
  return 'other'
}

/** The distinct spec examples, each with its file name and expected output. */
export function swapCases() {
  return specExamples().map((example) => ({
    ...example,
    id: exampleId(example),
    expected: expectedSwap(example.markdown)
  }))
}

/** Write every example as `articles/<id>.md` under `cwd`. */
export async function writeArticles(
  /** @type {string} */ cwd,
  /** @type {ReturnType<typeof swapCases>} */ cases
) {
  await mkdir(join(cwd, 'articles'), {recursive: true})
  await Promise.all(cases.map((item) => writeFile(join(cwd, 'articles', item.id + '.md'), item.markdown)))
}

/**
 * Compare what glossa wrote to `output/<id>.en.md` under `cwd` with what
 * was expected. A missing file counts as the source left as it was.
 */
export async function compareOutputs(
  /** @type {string} */ cwd,
  /** @type {ReturnType<typeof swapCases>} */ cases,
  /** @type {{files: Array<{path: string, messages: Array<{ruleId: string | null}>}>} | undefined} */ summary = undefined
) {
  /** The rules glossa flagged each article with (`--json` summary), by example id. */
  const flags = new Map(
    (summary?.files ?? []).map((file) => [
      (file.path.split(/[\\/]/).pop() ?? '').replace(/\.md$/, ''),
      [...new Set(file.messages.map((message) => message.ruleId ?? 'message'))].sort()
    ])
  )
  return Promise.all(
    cases.map(async (item) => {
      const got = await readFile(join(cwd, 'output', item.id + '.en.md'), 'utf8').catch(() => undefined)
      const written = got ?? item.markdown
      const sameBytes = written === item.expected
      const sameParse =
        JSON.stringify(parseWithoutPositions(written)) ===
        JSON.stringify(parseWithoutPositions(item.expected))
      const flagged = flags.get(item.id) ?? []
      const reason = sameBytes
        ? undefined
        : got === undefined
          ? 'no output written'
          : classify(item.markdown, item.expected, written)
      return {
        id: item.id,
        flags: flagged,
        /** The kind of difference, from the diff alone. */
        kind: reason,
        source: item.markdown,
        expected: item.expected,
        got: written,
        written: got !== undefined,
        sameBytes,
        sameParse,
        /** Why it differs, with the rules glossa flagged it with: `escape added (flagged: unit-skipped)`. */
        reason: reason && (flagged.length > 0 ? `${reason} (flagged: ${flagged.join(', ')})` : reason)
      }
    })
  )
}

/** The test server's translate function. */
export const swapTranslate = (/** @type {string} */ text) => swapMarkup(text)

/** Counts by reason, largest first. */
export function reasonCounts(/** @type {Array<{reason?: string | undefined}>} */ results) {
  /** @type {Map<string, number>} */
  const counts = new Map()
  for (const {reason} of results) if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}

/**
 * The figures over all 1,328 spec examples, GFM's repeats counted (each
 * takes the result of the distinct example with its Markdown), as the issue
 * counts them.
 */
export function allExampleCounts(
  /** @type {Array<{id: string, sameParse: boolean, sameBytes: boolean}>} */ results,
  /** @type {ReturnType<typeof swapCases>} */ cases
) {
  const byMarkdown = new Map(
    cases.map((item) => [item.markdown, results.find((result) => result.id === item.id)])
  )
  const all = allSpecExamples().map((example) => byMarkdown.get(example.markdown))
  return {
    examples: all.length,
    sameParse: all.filter((result) => result?.sameParse).length,
    sameBytes: all.filter((result) => result?.sameBytes).length
  }
}

/** A table of the figures: examples, same parse, same bytes, then counts by reason. */
export function summaryTable(
  /** @type {Awaited<ReturnType<typeof compareOutputs>>} */ results,
  /** @type {ReturnType<typeof swapCases>} */ cases
) {
  const all = allExampleCounts(results, cases)
  const row = (
    /** @type {string} */ label,
    /** @type {number | string} */ value,
    /** @type {number | string} */ total = ''
  ) => label.padEnd(52) + String(value).padStart(6) + String(total).padStart(8)
  return [
    row('', 'distinct', 'all'),
    row('spec examples', results.length, all.examples),
    row('same parse', results.filter((result) => result.sameParse).length, all.sameParse),
    row('same bytes', results.filter((result) => result.sameBytes).length, all.sameBytes),
    'differences by reason (distinct examples):',
    ...reasonCounts(results.map((result) => ({reason: result.kind}))).map(([reason, count]) =>
      row('  ' + reason, count)
    ),
    'examples glossa flagged, by rule (distinct examples, same bytes or not):',
    ...reasonCounts(results.flatMap((result) => result.flags.map((flag) => ({reason: flag})))).map(
      ([flag, count]) => row('  ' + flag, count)
    )
  ].join('\n')
}
