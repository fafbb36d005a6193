/**
 * Property-based tests for the Markdown pipeline.
 *
 * 1. Identity is byte-identical: the identity engine gives back the exact
 *    bytes of any document (grammar-generated and fully arbitrary).
 * 2. Decode path keeps the meaning: an engine that changes nothing but a
 *    trailing space forces every unit through decodeInline + escaping; the
 *    English must parse to the same tree as the Italian.
 * 3. escapeMarkdown round-trips: escaped text parses back as the same text
 *    and never as markup, in a paragraph and in a table cell.
 * 4. Side-by-side parses back: renderSideBySide → parseSideBySide gives the
 *    ids and texts back.
 *
 * Generators come first, then helpers, then one `describe` per property.
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {parse as parseYaml} from 'yaml'
import type {Nodes, Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {
  compileTerms,
  createGlossary,
  documentSettings,
  escapeMarkdown,
  markdownParser,
  parseGlossary,
  parseSideBySide,
  renderSideBySide,
  translateDocument,
  type DocumentSettings,
  type Engine,
  type Unit,
  type UnitResult
} from '../src/core/index.js'
import {identityEngine} from '../src/engines/identity.js'

// A fixed seed keeps CI repeatable; set GLOSSA_PROPERTY_SEED to explore others.
fc.configureGlobal({seed: Number(process.env.GLOSSA_PROPERTY_SEED ?? 20261125)})

/**
 * Generated values per property, fitted to a 2-core machine (the whole file
 * runs in about a third of the time 400/300/200 runs took). Every bug these
 * properties found stays covered by its shrunk counterexample in `examples`,
 * whatever the counts; the last `describe` shows that these counts still
 * find faults of each kind seeded into the pipeline. Set
 * `GLOSSA_PROPERTY_RUNS` to multiply them when exploring.
 */
const scale = Number(process.env.GLOSSA_PROPERTY_RUNS ?? 1)
const runs = {
  identity: 150 * scale,
  arbitrary: 120 * scale,
  punctuation: 120 * scale,
  held: 100 * scale,
  heldDecode: 80 * scale,
  decode: 120 * scale,
  escape: 500 * scale,
  sideBySide: 300 * scale
}

// ---------------------------------------------------------------------------
// Generators: a grammar of Italian tech-news Markdown.
// Every generator builds the document with `\n`; line endings (and trailing
// white space) are applied to the whole document at the end, so that every
// construct is also exercised with CRLF and mixed endings.
// ---------------------------------------------------------------------------

const word = fc.constantFrom(
  'il',
  'la',
  'dati',
  'modello',
  'perché',
  'città',
  'più',
  'è',
  'È',
  'né',
  'così',
  'però',
  'qualità',
  'lunedì',
  "l'azienda",
  "dell'anno",
  'l’articolo',
  'GPU',
  'cloud',
  'sviluppatori',
  'prezzo',
  '2024',
  '3,50',
  'snake_case',
  'e-mail'
)

const words = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(word, {minLength: min, maxLength: max}).map((list) => list.join(' '))

/**
 * Single-line inline snippets that are not plain words: code, escapes,
 * entities, HTML, autolinks (angle, `www.`, URL, e-mail literals), footnote
 * references, `$$` math and lone dollars, images and links of every kind.
 * None holds an unescaped `|`, so they are safe in table cells too.
 */
const inlineLiteral = fc.constantFrom(
  '`codice`',
  '``a ` b``',
  '`snake_case`',
  '` spazi `',
  '`a \\| b`',
  '\\*',
  '\\_',
  '\\[non link\\]',
  '\\#',
  '\\\\',
  '\\|',
  '\\$',
  '\\<div>',
  '\\!',
  '&amp;',
  '&copy;',
  '&#233;',
  '&#xE9;',
  '&nbsp;',
  '&lt;tag&gt;',
  'AT&T',
  'a < b',
  '2 > 1',
  '2*3',
  'snake_case_name',
  '«citazione»',
  '—',
  '#hashtag',
  '<kbd>Ctrl</kbd>',
  '<br>',
  '<br/>',
  '<span class="nota">testo</span>',
  '<!-- nota -->',
  '<abbr title="Graphics Processing Unit">GPU</abbr>',
  '<https://example.com/a>',
  '<nome@example.it>',
  'www.example.it',
  'https://example.it/pagina?x=1',
  'redazione@example.it',
  '[^1]',
  '[^nota]',
  '$$x^2$$',
  '$$\\alpha + \\beta$$',
  '38 miliardi di $',
  'da $5 a $7',
  '![un data center](img/dc.jpg)',
  '![logo di *Glossa*](img/logo.png "Il logo")',
  '![alt][logo]',
  '![logo][]',
  '![logo]',
  '[guida][ref]',
  '[ref][]',
  '[ref]',
  '[Ref]',
  '[qui](https://example.com "titolo")',
  '[vuoto]()',
  '[rel](../a.md#sezione)',
  '[spazi](<a b.md>)',
  '[![badge](b.svg)](https://example.com)',
  '[`codice` nel link](https://example.com/c)'
)

const inlineLeaf: fc.Arbitrary<string> = fc.oneof(
  {arbitrary: words(1, 5), weight: 8},
  {
    arbitrary: fc
      .tuple(words(1, 3), fc.constantFrom(',', '.', ':', ';', '!', '?', '…', ')'))
      .map(([text, mark]) => text + mark),
    weight: 2
  },
  {arbitrary: inlineLiteral, weight: 6}
)

/** Emphasis, strong, strike and link wrappers around nested inline content. */
const wrappers = fc.constantFrom<[string, string]>(
  ['*', '*'],
  ['_', '_'],
  ['**', '**'],
  ['__', '__'],
  ['***', '***'],
  ['~~', '~~'],
  ['~', '~'],
  ['[', '](https://example.com/x)'],
  ['[', '](https://example.com/y "Titolo")'],
  ['[', '][ref]']
)

/**
 * A space between inline pieces; punctuation right after a wrapper gives the
 * adjacency real text has (`**GPU**,`). Pieces glued to each other
 * (`2*3***x***`) make delimiter runs no author writes and are left out.
 */
const gap = fc.constant(' ')
const after = fc.constantFrom('', '', ',', '.', ':', ')')

/**
 * One line of inline content, with wrappers nested up to `depth` levels;
 * no link inside a link (CommonMark does not allow one).
 */
function inlineLine(depth: number, inLink = false): fc.Arbitrary<string> {
  const leaf = inLink ? inlineLeaf.filter((text) => !text.includes('[')) : inlineLeaf
  const piece =
    depth === 0
      ? leaf
      : fc.oneof(
          {arbitrary: leaf, weight: 4},
          {
            arbitrary: fc
              .tuple(inLink ? wrappers.filter(([open]) => open !== '[') : wrappers, after)
              .chain(([[open, close], mark]) =>
                inlineLine(depth - 1, inLink || open === '[').map((inner) => open + inner + close + mark)
              ),
            weight: 1
          }
        )
  return fc
    .array(fc.tuple(gap, piece), {minLength: 1, maxLength: 5})
    .map((parts) => parts.map(([space, text], index) => (index === 0 ? '' : space) + text).join(''))
}

const line = inlineLine(2)

/** Soft break, hard break with two spaces, hard break with a backslash. */
const lineBreak = fc.constantFrom('\n', '\n', '  \n', '\\\n')

const paragraph: fc.Arbitrary<string> = fc
  .tuple(line, fc.array(fc.tuple(lineBreak, line), {maxLength: 2}))
  .map(([first, rest]) => first + rest.map(([brk, text]) => brk + text).join(''))

const atxHeading = fc
  .tuple(fc.integer({min: 1, max: 6}), inlineLine(1), fc.constantFrom('', '', ' #', ' ###', '  '))
  .map(([level, text, close]) => '#'.repeat(level) + ' ' + text + close)

const setextHeading = fc
  .tuple(fc.array(inlineLine(1), {minLength: 1, maxLength: 2}), fc.constantFrom('===', '---', '=', '-----'))
  .map(([lines, underline]) => lines.join('\n') + '\n' + underline)

const codeLine = fc.constantFrom(
  'x = 1',
  'pip install vllm',
  '# non è un titolo',
  '*non è enfasi*',
  '| a | b |',
  '    rientrato',
  '<div>',
  'Testo italiano perché',
  '$$ non math $$',
  '```',
  ''
)

const fencedCode = fc
  .tuple(
    fc.constantFrom('```', '~~~', '````'),
    fc.constantFrom('', 'bash', 'ts title="esempio"', 'python'),
    fc.array(codeLine, {maxLength: 4})
  )
  // A content line that would close the fence is left out.
  .map(([fence, info, lines]) =>
    [fence + info, ...lines.filter((text) => !text.trimStart().startsWith(fence)), fence].join('\n')
  )

const indentedCode = fc
  .array(
    codeLine.filter((text) => text !== ''),
    {minLength: 1, maxLength: 3}
  )
  .map((lines) => lines.map((text) => '    ' + text).join('\n'))

const htmlBlock = fc.constantFrom(
  '<div class="nota">\nTesto *italiano* in un blocco HTML.\n</div>',
  '<!-- commento della redazione -->',
  '<!--\ncommento\nsu più righe\n-->',
  '<details>\n<summary>Dettagli</summary>\n\nParagrafo con *enfasi* dentro i dettagli.\n\n</details>',
  '<table>\n<tr><td>cella</td></tr>\n</table>',
  '<p align="center">\n  <img src="a.png" alt="Un grafico">\n</p>',
  '<script>\nconst a = "<b>";\n</script>',
  '<?php echo 1; ?>',
  '<!DOCTYPE html>'
)

const thematicBreak = fc.constantFrom('---', '***', '___', '* * *', '- - -', '_____', '   ***')

const definition = fc.constantFrom(
  '[ref]: https://example.com/ref "Titolo"',
  '[logo]: img/logo.png',
  "[Guida]: <https://example.com/a b> 'Guida'",
  '[ref2]:\n  https://example.com/x\n  "Titolo su più righe"',
  '   [indentata]: https://example.com/i'
)

const footnoteDefinition = fc
  .tuple(fc.constantFrom('[^1]: ', '[^nota]: '), line, fc.option(line, {nil: undefined}))
  .map(([label, text, more]) => label + text + (more === undefined ? '' : '\n\n    ' + more))

const mathBlock = fc.constantFrom('$$\nE = mc^2\n$$', '$$\n\\sum_{i=1}^n i\n$$')

/** GFM table: 1–4 columns, alignment row, 0–3 body rows (short and long too). */
const tableCell = fc.oneof({arbitrary: fc.constant(''), weight: 1}, {arbitrary: inlineLine(1), weight: 6})
const alignment = fc.constantFrom('---', ':---', ':---:', '---:', '-')

const table = fc
  .integer({min: 1, max: 4})
  .chain((columns) =>
    fc.tuple(
      fc.constant(columns),
      fc.array(tableCell, {minLength: columns, maxLength: columns}),
      fc.array(alignment, {minLength: columns, maxLength: columns}),
      fc.array(fc.array(tableCell, {minLength: Math.max(1, columns - 1), maxLength: columns + 1}), {
        maxLength: 3
      }),
      fc.boolean()
    )
  )
  .map(([columns, head, align, body, outer]) => {
    // Without outer pipes a one-column table would be a setext heading.
    const pipes = outer || columns === 1
    const row = (cells: readonly string[]) => (pipes ? '| ' + cells.join(' | ') + ' |' : cells.join(' | '))
    return [row(head), row(align), ...body.map(row)].join('\n')
  })

type Block = (depth: number) => fc.Arbitrary<string>

/** Indent every line but the first by `width` (blank lines stay empty). */
function indentRest(text: string, width: number): string {
  const pad = ' '.repeat(width)
  return text
    .split('\n')
    .map((part, index) => (index === 0 || part === '' ? part : pad + part))
    .join('\n')
}

/** Bullet, ordered and task lists, nested up to three levels. */
const list: Block = (depth) => {
  const nested = depth < 3 ? fc.option(list(depth + 1), {nil: undefined}) : fc.constant(undefined)
  const item = fc.tuple(
    paragraph,
    nested,
    fc.option(fc.oneof(paragraph, fencedCode), {nil: undefined}),
    fc.constantFrom(' ', 'x', 'X')
  )
  return fc
    .tuple(
      fc.constantFrom('bullet', 'ordered', 'task'),
      fc.constantFrom('-', '*', '+'),
      fc.constantFrom('.', ')'),
      fc.integer({min: 1, max: 12}),
      fc.array(item, {minLength: 1, maxLength: 3}),
      fc.boolean()
    )
    .map(([kind, bullet, delimiter, start, items, loose]) =>
      items
        .map(([text, sub, extra, check], index) => {
          const marker = kind === 'ordered' ? String(start + index) + delimiter + ' ' : bullet + ' '
          const task = kind === 'task' ? '[' + check + '] ' : ''
          let body = task + text
          if (sub !== undefined) body += '\n' + sub
          if (extra !== undefined) body += '\n\n' + extra
          return marker + indentRest(body, marker.length)
        })
        .join(loose ? '\n\n' : '\n')
    )
}

/** Blockquotes, nested up to three levels, sometimes with a lazy last line. */
const blockquote: Block = (depth) => {
  const inner: fc.Arbitrary<string> =
    depth < 3
      ? fc.oneof(
          {arbitrary: paragraph, weight: 4},
          {arbitrary: atxHeading, weight: 1},
          {arbitrary: list(3), weight: 1},
          {arbitrary: fencedCode, weight: 1},
          {arbitrary: blockquote(depth + 1), weight: 1}
        )
      : paragraph
  return fc
    .tuple(fc.array(inner, {minLength: 1, maxLength: 2}), fc.constantFrom('> ', '>', '>  '), fc.boolean())
    .map(([blocks, marker, lazy]) => {
      const lines = blocks.join('\n\n').split('\n')
      const quoted = lines.map((text) => (text === '' ? '>' : marker + text))
      const last = lines.length - 1
      // Lazy continuation: the last line of a paragraph may drop its `>`.
      if (lazy && last > 0 && lines[last] !== '' && lines[last - 1] !== '') quoted[last] = lines[last]!
      return quoted.join('\n')
    })
}

const block: fc.Arbitrary<string> = fc.oneof(
  {arbitrary: paragraph, weight: 8},
  {arbitrary: atxHeading, weight: 2},
  {arbitrary: setextHeading, weight: 1},
  {arbitrary: list(1), weight: 3},
  {arbitrary: blockquote(1), weight: 2},
  {arbitrary: table, weight: 3},
  {arbitrary: fencedCode, weight: 1},
  {arbitrary: indentedCode, weight: 1},
  {arbitrary: htmlBlock, weight: 1},
  {arbitrary: thematicBreak, weight: 1},
  {arbitrary: definition, weight: 1},
  {arbitrary: footnoteDefinition, weight: 1},
  {arbitrary: mathBlock, weight: 1}
)

const yamlValue = fc.oneof(
  words(1, 6),
  words(1, 6).map((text) => '"' + text + ' \\"citato\\""'),
  words(1, 6).map((text) => "'" + text + " dell''anno'"),
  fc.tuple(words(1, 4), words(1, 4)).map(([a, b]) => '>-\n  ' + a + '\n  ' + b),
  fc.tuple(words(1, 4), words(1, 4)).map(([a, b]) => '|\n  ' + a + '\n  ' + b)
)

const yamlFrontMatter = fc
  .tuple(
    fc.option(yamlValue, {nil: undefined}),
    fc.option(yamlValue, {nil: undefined}),
    fc.subarray([
      'tags:\n  - GPU\n  - cloud',
      'date: 2024-06-03',
      'draft: true',
      'author: Redazione Tecnologia'
    ])
  )
  .map(([title, description, others]) => {
    const entries = [
      ...(title === undefined ? [] : ['title: ' + title]),
      ...(description === undefined ? [] : ['description: ' + description]),
      ...others
    ]
    return ['---', ...entries, '---'].join('\n')
  })

const tomlFrontMatter = fc.tuple(words(1, 5), fc.boolean()).map(([title, table]) => {
  const author = table ? ['[author]', 'name = "Redazione"'] : []
  return ['+++', 'title = "' + title + '"', 'date = 2024-06-03', ...author, '+++'].join('\n')
})

/**
 * Definitions for every label the inline snippets use, so that reference
 * links, reference images and footnote references resolve in about half the
 * documents (and stay plain text in the others).
 */
const referenceDefinitions = [
  '[ref]: https://example.com/ref "Titolo"',
  '[logo]: img/logo.png',
  '[guida]: https://example.com/guida',
  '',
  '[^1]: Nota a piè di pagina.',
  "[^nota]: Un'altra nota, con *enfasi*."
].join('\n')

/** Blank lines between blocks: one or two, whitespace-only, or (rarely) none. */
const blockGap = fc.constantFrom('\n\n', '\n\n', '\n\n', '\n\n\n', '\n  \n', '\n\t\n', '\n')

type LineEndings = {mode: 'lf' | 'crlf' | 'mixed'; pattern: boolean[]}

const lineEndings: fc.Arbitrary<LineEndings> = fc.record({
  mode: fc.constantFrom('lf', 'crlf', 'mixed'),
  pattern: fc.array(fc.boolean(), {minLength: 1, maxLength: 8})
})

/** Apply trailing white space (cyclically, per line) and line endings. */
function finishDocument(text: string, trailing: readonly string[] | undefined, endings: LineEndings): string {
  const lines = text.split('\n')
  let out = ''

  for (const [index, part] of lines.entries()) {
    const isLast = index === lines.length - 1
    out += part + (trailing && !isLast ? trailing[index % trailing.length]! : '')
    if (isLast) break
    const crlf =
      endings.mode === 'crlf' ||
      (endings.mode === 'mixed' && endings.pattern[index % endings.pattern.length] === true)
    out += crlf ? '\r\n' : '\n'
  }

  return out
}

const markdownDocument: fc.Arbitrary<string> = fc
  .record({
    frontMatter: fc.option(
      fc.oneof({arbitrary: yamlFrontMatter, weight: 3}, {arbitrary: tomlFrontMatter, weight: 1}),
      {
        nil: undefined,
        freq: 2
      }
    ),
    afterFrontMatter: fc.constantFrom('\n', '\n\n'),
    blocks: fc.array(fc.tuple(blockGap, block), {minLength: 1, maxLength: 6}),
    definitions: fc.boolean(),
    end: fc.constantFrom('', '\n', '\n', '\n\n'),
    trailing: fc.option(
      fc.array(fc.constantFrom('', '', '', ' ', '  ', '\t'), {minLength: 1, maxLength: 12}),
      {
        nil: undefined
      }
    ),
    endings: lineEndings
  })
  .map(({frontMatter, afterFrontMatter, blocks, definitions, end, trailing, endings}) => {
    const body = blocks.map(([space, text], index) => (index === 0 ? '' : space) + text).join('')
    const tail = definitions ? '\n\n' + referenceDefinitions : ''
    const text = (frontMatter === undefined ? '' : frontMatter + afterFrontMatter) + body + tail + end
    return finishDocument(text, trailing, endings)
  })

// ---------------------------------------------------------------------------
// Generators: strings (arbitrary, and biased to Markdown punctuation)
// ---------------------------------------------------------------------------

/**
 * Characters and snippets with a meaning in Markdown, for biased strings:
 * block markers, delimiter rows, literal autolinks, entities, HTML, math.
 */
const markdownPunctuation = fc.constantFrom(
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '|',
  '\n',
  '>',
  '#',
  '-',
  '`',
  '<',
  '&',
  '$',
  '!',
  '~',
  ' ',
  '  ',
  '    ',
  'a',
  'è',
  '1',
  '.',
  '=',
  '+',
  ':',
  '\\',
  '\r\n',
  '\t',
  '^',
  '"',
  "'",
  'www.a.it',
  'https://x.it',
  'a@b.it',
  '&amp;',
  '&#35;',
  '<div>',
  '<br>',
  '<!--',
  '-->',
  '$$',
  '```',
  '~~~',
  '---',
  '***',
  '1.',
  '[^1]',
  'title: x',
  '|-',
  ':-',
  '\n|',
  '\n:',
  '\n    '
)

const punctuationString = fc.string({unit: markdownPunctuation, maxLength: 40})

/** Text as an engine may return it (property 3): no control characters but `\n`. */
const noControls = (value: string) => !/[^\P{Cc}\n]/u.test(value)

/**
 * URLs and e-mail addresses in translated text become GFM literal autolinks,
 * by design (the same text, now clickable); they are left out here.
 */
const noLiteralLinks = (value: string) => !/www\.|:\/\/|@/i.test(value)

const escapableText = fc
  .oneof(fc.string({unit: 'grapheme', maxLength: 40}), fc.string({unit: markdownPunctuation, maxLength: 40}))
  .filter((value) => noControls(value) && noLiteralLinks(value))

// ---------------------------------------------------------------------------
// Generators: side-by-side rows (property 4)
// ---------------------------------------------------------------------------

/**
 * Cell texts: everything the codec must carry (pipes, escaped pipes, `<br>`
 * literal and escaped, line endings of every kind, trailing backslashes,
 * backticks, HTML, block markers) mixed with arbitrary graphemes.
 * No character had to be left out: NUL, vertical tab, form feed, U+0085,
 * U+2028, a BOM and a lone `\r` all come back, because encodeCell turns
 * every line ending into `<br>` and parseSideBySide reads the raw bytes of
 * the cell (so even NUL, which micromark replaces in node values, survives).
 */
const cellPiece = fc.constantFrom(
  '|',
  '\\|',
  '\\\\|',
  '<br>',
  '\\<br>',
  '<br/>',
  '\n',
  '\r\n',
  '\r',
  '\\',
  '\\\\',
  '`',
  '``',
  '<b>x</b>',
  '<div>',
  '<!--',
  '-->',
  '#',
  '-',
  '*',
  '_',
  '[x]',
  '](',
  '&amp;',
  '$$',
  ' ',
  '  ',
  '\t',
  'a',
  'è',
  'testo italiano'
)

const cellText = fc.oneof(
  fc.string({unit: cellPiece, maxLength: 20}),
  fc.string({
    unit: fc.oneof(cellPiece, fc.string({unit: 'grapheme', minLength: 1, maxLength: 1})),
    maxLength: 20
  })
)

/** Ids as collectUnits makes them: kind letter, hash, `.N` on repeats. */
const unitId = fc
  .tuple(
    fc.constantFrom('h', 'p', 't', 'a', 'f'),
    fc.stringMatching(/^[0-9a-f]{8}$/),
    fc.option(fc.integer({min: 2, max: 9}), {nil: undefined})
  )
  .map(([kind, hash, repeat]) => kind + '-' + hash + (repeat === undefined ? '' : '.' + String(repeat)))

const sideBySideRows = fc.array(fc.record({id: unitId, source: cellText, english: cellText}), {maxLength: 6})

/**
 * What a cell gives back: `\r\n` and a lone `\r` become `\n` (encodeCell
 * normalises line endings). White space at the edges, which a cell trims,
 * comes back too: encodeCell writes it as character references.
 */
const cellReadBack = (text: string) => text.replace(/\r\n?/g, '\n')

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const options = documentSettings({
  engine: identityEngine,
  targetLanguage: 'en-US',
  fields: ['title', 'description']
})

/** Settings for one document: nothing carried over from an earlier one. */
const fresh = (changes: Partial<DocumentSettings> = {}): DocumentSettings => ({
  ...options,
  known: new Map(),
  ...changes
})

// Parsed thousands of times: the loaded parser, called directly.
const parseMarkdown = await markdownParser()

/** Changes every text (one trailing space) so nothing takes the "unchanged" shortcut. */
const trailingSpaceEngine: Engine = {
  name: 'trailing-space',
  async translate(request) {
    return {translations: request.texts.map((text) => text + ' '), billedCharacters: 0, requests: 0}
  }
}

type Json = null | boolean | number | string | Json[] | {[key: string]: Json}

/**
 * The tree as plain data, for comparing meaning:
 * - `position` is dropped everywhere (the English moves bytes around);
 * - text values collapse white-space runs to one space: the decode path may
 *   change the white space at line edges (escapeMarkdown strips leading white
 *   space of continuation lines and trailing white space before a line
 *   ending, a soft break may become `\r\n` or lose its indent, a unit on one
 *   line is written on one line), none of which changes what a reader sees;
 * - text is trimmed at the edges of a paragraph, heading or cell, because
 *   decodeInline trims the whole unit (JavaScript's trim also removes
 *   U+00A0 that an `&nbsp;` put there). Inside a block, text is NOT trimmed:
 *   a space lost or added between a word and a link or emphasis is a change
 *   (this is a little stricter than trimming every text node);
 * - YAML front matter is compared by its parsed data, with strings
 *   normalised the same way: a translated field is rewritten by yamlScalar
 *   (a folded `>-` value is re-wrapped), which changes the raw text but not
 *   the data.
 * Node types, nesting, urls, titles, labels, code, math and HTML values are
 * compared exactly.
 */
function meaning(tree: Root): Json {
  const strip = (value: unknown): Json => {
    if (Array.isArray(value)) return value.map(strip)
    if (value === null || typeof value !== 'object') return value as Json
    const node = value as Record<string, unknown>
    const out: {[key: string]: Json} = {}

    for (const [key, child] of Object.entries(node)) {
      if (key === 'position' || child === undefined) continue
      out[key] = strip(child)
    }

    if (node['type'] === 'text' && typeof node['value'] === 'string') out['value'] = collapse(node['value'])
    if (node['type'] === 'yaml' && typeof node['value'] === 'string') out['value'] = yamlData(node['value'])

    const children = out['children']
    if (isBlockWithText(node['type']) && Array.isArray(children)) {
      trimText(children[0], (text) => text.trimStart())
      trimText(children[children.length - 1], (text) => text.trimEnd())
    }

    return out
  }

  return strip(tree)
}

function isBlockWithText(type: unknown): boolean {
  return type === 'paragraph' || type === 'heading' || type === 'tableCell'
}

function trimText(node: Json | undefined, trim: (text: string) => string): void {
  if (node && typeof node === 'object' && !Array.isArray(node) && node['type'] === 'text') {
    const value = node['value']
    if (typeof value === 'string') node['value'] = trim(value)
  }
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ')
}

function yamlData(value: string): Json {
  try {
    const normalise = (data: unknown): Json => {
      if (typeof data === 'string') return collapse(data).trim()
      if (Array.isArray(data)) return data.map(normalise)
      if (data instanceof Date) return data.toISOString()
      if (data !== null && typeof data === 'object') {
        return Object.fromEntries(Object.entries(data).map(([key, child]) => [key, normalise(child)]))
      }
      return (data ?? null) as Json
    }
    return normalise(parseYaml(value))
  } catch {
    return {unparsable: value}
  }
}

/** Markdown's white space for trimming is space and tab only (not U+00A0). */
function trimSpaces(value: string): string {
  return value.replace(/^[ \t]+|[ \t]+$/g, '')
}

/** Concatenated `value` of every text node (soft breaks are `\n` inside them). */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return node.children.map((child) => textOf(child)).join('')
  return ''
}

/** Node types found anywhere under `node` (not including itself). */
function typesUnder(node: Nodes): string[] {
  if (!('children' in node)) return []
  return node.children.flatMap((child) => [child.type, ...typesUnder(child)])
}

// ---------------------------------------------------------------------------
// The properties, as assertions on one generated value
// ---------------------------------------------------------------------------

/** A change to the English, standing in for a bug in the pipeline (see the last `describe`). */
type Fault = (english: string) => string
const noFault: Fault = (english) => english

/** 1. The identity engine gives back the document byte for byte. */
async function checkIdentity(value: string, fault = noFault): Promise<void> {
  const result = await translateDocument(new VFile({path: 'gen.md', value}), fresh())
  expect(fault(result.english)).toBe(value)
}

/** 2. Every unit decoded and re-escaped: no mismatch, same meaning. */
async function checkDecode(value: string, fault = noFault): Promise<void> {
  const file = new VFile({path: 'gen.md', value})
  const result = await translateDocument(file, fresh({engine: trailingSpaceEngine}))
  const mismatches = file.messages.filter((message) => message.ruleId === 'markup-mismatch')
  expect(mismatches.map((message) => message.reason)).toEqual([])
  expect(meaning(parseMarkdown(fault(result.english)))).toEqual(meaning(parseMarkdown(value)))
}

/** 3a. Escaped text is one paragraph of text nodes holding the same text. */
function checkEscapedParagraph(text: string, fault = noFault): void {
  const escaped = fault(escapeMarkdown(text, {atLineStart: true, inTable: false}))
  const tree = parseMarkdown(escaped)
  // Markdown trims each line of a paragraph, and a paragraph has no blank line.
  const expected = text
    .split('\n')
    .map(trimSpaces)
    .filter((part) => part !== '')
    .join('\n')

  if (expected === '') {
    expect(tree.children).toEqual([])
    return
  }

  expect(tree.children.map((node) => node.type)).toEqual(['paragraph'])
  // Only text: no link, emphasis, code, HTML… and no `break` either.
  expect(typesUnder(tree.children[0]!).filter((type) => type !== 'text')).toEqual([])
  expect(textOf(tree)).toBe(expected)
}

/** 3b. Escaped text in a one-column table stays in its one cell. */
function checkEscapedCell(text: string): void {
  const escaped = escapeMarkdown(text, {atLineStart: true, inTable: true})
  const tree = parseMarkdown('| h |\n| - |\n| ' + escaped + ' |')
  const table = tree.children[0]
  expect(tree.children.map((node) => node.type)).toEqual(['table'])
  if (table?.type !== 'table') return
  expect(table.children.map((row) => row.children.length)).toEqual([1, 1])
  // GFM trims a cell's content (spaces and tabs only).
  expect(textOf(table.children[1]!)).toBe(trimSpaces(text))
}

/** 4. A side-by-side file reads back to its ids and texts. */
async function checkSideBySide(
  rows: ReadonlyArray<{id: string; source: string; english: string}>,
  fault = noFault
): Promise<void> {
  // Only the fields renderSideBySide reads.
  const results = rows.map(({id, source, english}): UnitResult => ({
    unit: {id, source} as Unit,
    english,
    messages: [],
    review: {status: 'machine'}
  }))
  const text = renderSideBySide(results, {
    sourcePath: 'a.md',
    sourceHash: '0123456789abcdef',
    targetLanguage: 'en-US',
    headers: ['id', 'status', 'Italian', 'English', 'Notes'],
    instructions: 'x',
    note: () => '',
    previous: 'before:'
  })
  const parsed = await parseSideBySide(fault(text))
  expect(parsed?.rows.map((row) => ({id: row.id, source: row.source, english: row.english}))).toEqual(
    rows.map(({id, source, english}) => ({id, source: cellReadBack(source), english: cellReadBack(english)}))
  )
}

// ---------------------------------------------------------------------------
// Shrunk counterexamples found by these properties, kept as `examples`:
// fast-check runs them before the random values, so each bug stays covered
// whatever the seed. Comments name the failure each one showed.
// ---------------------------------------------------------------------------

const identityExamples: Array<[string]> = [
  // Literal autolinks made by mdast's transform carried no position: crash.
  ['[www.a.it'],
  ['[a@b.it'],
  ['*_redazione@example.it_*'],
  ['[www.example.it][ref]'],
  ['[[x](y)](https://example.com/x)']
]

const decodeExamples: Array<[string]> = [
  // Position-less literal autolinks: crash.
  ['*_redazione@example.it_*'],
  ['[[x](y)](https://example.com/x)'],
  // A YAML block scalar's range ran past its line break: keys got glued.
  ['---\ndescription: |\n  il\n  il\nauthor: Redazione Tecnologia\n---\nil,'],
  ['---\ntitle: >-\n  il\nauthor: x\n---\n'],
  // An entity decoded next to a delimiter changes its flanking: emphasis lost.
  ['*&nbsp;il*'],
  ['&#233;__il__'],
  // A wrapper holding only U+00A0 is flagged as emptied (trim() eats it).
  ['**&nbsp;* il*'],
  // The unit's trim() eats a hard break followed by U+00A0 only.
  ['il  \n&nbsp;'],
  // Escaping looks at one text token only, not at the markup around it:
  ['\\![x](y) il'], // `!` before a link: the link becomes an image
  ['il $$x^2$$\\$'], // `$` after math: `$$$` closes nothing
  // An escaped `#` at the end of an ATX heading becomes a closing sequence.
  ['# il \\#']
]

// Known limitations, left out on purpose (the decode property's generator
// filters them out; they are listed in the README):
// - `*il *\`c\`****`: a literal `**` right after a closing run; escaping it
//   changes the run's length and so which delimiters match.
// - `Vedi www.a.it* ora`: any escape written right after a literal
//   autolink (`www.…`, `https://…`, e-mail) is taken into its URL; GFM ends
//   those only at white space or `<`, so no escape can follow them.
// - `---\n\n> a\n> b`: after an unclosed `---` at the very start,
//   remark-frontmatter reads the quote as text; identity still holds, only
//   the reviewer's Italian cell shows the prefix stripped.

const escapedParagraphExamples: Array<[string]> = [
  ['  # a'], // leading white space of the first line is kept: heading,
  ['    *'], // indented code,
  ['  -'], // list
  ['a\n\nb'], // a blank line splits the paragraph
  ['a|b\n|-|-'], // a delimiter row makes a table
  ['x\n|-'],
  ['a | b\n:-|-']
]

const escapedCellExamples: Array<[string]> = [['a | b'], ['|'], ['\\|']]

// ---------------------------------------------------------------------------
// 1. Identity is byte-identical
// ---------------------------------------------------------------------------

describe('identity engine', () => {
  it('gives back every generated document byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(markdownDocument, (value) => checkIdentity(value)),
      {numRuns: runs.identity, examples: identityExamples}
    )
  })

  it('gives back arbitrary strings byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({unit: 'grapheme'}), (value) => checkIdentity(value)),
      {numRuns: runs.arbitrary}
    )
  })

  it('gives back strings made of Markdown punctuation byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(punctuationString, (value) => checkIdentity(value)),
      {numRuns: runs.punctuation, examples: identityExamples}
    )
  })
})

/**
 * With a glossary whose do-not-translate names are words the generator
 * writes (a plain word, an accented one, an elided one, an acronym, a
 * hyphenated and a snake_case one, a multiword one), the names are held
 * aside as `<x id>…</x>`: identity must still give back every byte, and the
 * decode path must still keep the meaning.
 */
const heldNames = (() => {
  const {entries} = parseGlossary(
    [
      'it\ten\tdnt',
      ...['modello', 'qualità', 'GPU', 'e-mail', 'snake_case', 'dati', 'il modello'].map(
        (name) => name + '\t\tyes'
      )
    ].join('\n')
  )
  return compileTerms(createGlossary(entries))
})()

describe('identity engine with names held aside', () => {
  it('gives back every generated document byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(markdownDocument, async (value) => {
        const result = await translateDocument(new VFile({path: 'gen.md', value}), fresh({terms: heldNames}))
        expect(result.english).toBe(value)
      }),
      {numRuns: runs.held, examples: identityExamples}
    )
  })

  it('keeps the meaning on the decode path', async () => {
    await fc.assert(
      fc.asyncProperty(withoutLiteralLinksHeld(), async (value) => {
        const file = new VFile({path: 'gen.md', value})
        const result = await translateDocument(file, fresh({engine: trailingSpaceEngine, terms: heldNames}))
        const mismatches = file.messages.filter((message) => message.ruleId === 'markup-mismatch')
        expect(mismatches.map((message) => message.reason)).toEqual([])
        expect(meaning(parseMarkdown(result.english))).toEqual(meaning(parseMarkdown(value)))
      }),
      {numRuns: runs.heldDecode}
    )
  })
})

// ---------------------------------------------------------------------------
// 2. Decode path keeps the meaning
// ---------------------------------------------------------------------------

/**
 * Literal autolinks (`www.…`, bare URLs and e-mail addresses) are left out
 * of this property: GFM ends them only at white space, so text or markup
 * glued to one (`~~https://x.it~~`, `www.a.it*`) is read differently once
 * the text around it is re-escaped. A known limitation, in the README.
 * Also left out: runs of four or more delimiters (`*****2*3***`), which no
 * author writes and whose matching escaping cannot keep; and a document
 * opening with a thematic break, after which remark-frontmatter reads a
 * following blockquote as text (an upstream bug: identity still holds).
 */
const withoutLiteralLinks = markdownDocument.filter(
  (value) =>
    !/www\.example\.it|example\.it\/pagina|redazione@example\.it/.test(value) &&
    !/[*_~]{4}/.test(value) &&
    parseMarkdown(value).children[0]?.type !== 'thematicBreak'
)

function withoutLiteralLinksHeld(): fc.Arbitrary<string> {
  return withoutLiteralLinks
}

describe('decode path', () => {
  it('parses to the same tree as the Italian, without markup mismatches', async () => {
    await fc.assert(
      fc.asyncProperty(withoutLiteralLinks, (value) => checkDecode(value)),
      {numRuns: runs.decode, examples: decodeExamples}
    )
  })
})

// ---------------------------------------------------------------------------
// 3. escapeMarkdown round-trips
// ---------------------------------------------------------------------------

describe('escapeMarkdown', () => {
  it('reads back as the same text, in one paragraph of text nodes', () => {
    fc.assert(
      fc.property(escapableText, (text) => checkEscapedParagraph(text)),
      {numRuns: runs.escape, examples: escapedParagraphExamples}
    )
  })

  it('reads back as the same text in a table cell, keeping one column', () => {
    fc.assert(
      fc.property(
        escapableText.filter((text) => !text.includes('\n')),
        checkEscapedCell
      ),
      {numRuns: runs.escape, examples: escapedCellExamples}
    )
  })
})

// ---------------------------------------------------------------------------
// 4. Side-by-side parses back
// ---------------------------------------------------------------------------

describe('side-by-side file', () => {
  it('parses back to the same ids and texts', async () => {
    await fc.assert(
      fc.asyncProperty(sideBySideRows, (rows) => checkSideBySide(rows)),
      {numRuns: runs.sideBySide}
    )
  })
})

// ---------------------------------------------------------------------------
// 5. The properties keep their power at these run counts
// ---------------------------------------------------------------------------

/**
 * Each case seeds one fault of a kind these properties exist to catch and
 * runs the property with the same seed and count as above, without the
 * `examples`: the generators alone must find it.
 */
describe('at these run counts, the properties still find', () => {
  const found = async <Ts extends [unknown]>(property: fc.IRawProperty<Ts>, numRuns: number) =>
    // The first failure is enough: no shrinking.
    (await fc.check(property, {numRuns, endOnFailure: true})).failed

  /** Whether each property, with a fault seeded in, fails within the runs it has above. */
  const seeded = {
    identity: (fault: Fault) =>
      found(
        fc.asyncProperty(markdownDocument, (value) => checkIdentity(value, fault)),
        runs.identity
      ),
    'decode path': (fault: Fault) =>
      found(
        fc.asyncProperty(withoutLiteralLinks, (value) => checkDecode(value, fault)),
        runs.decode
      ),
    escapeMarkdown: (fault: Fault) =>
      found(
        fc.property(escapableText, (text) => checkEscapedParagraph(text, fault)),
        runs.escape
      ),
    'side-by-side': (fault: Fault) =>
      found(
        fc.asyncProperty(sideBySideRows, (rows) => checkSideBySide(rows, fault)),
        runs.sideBySide
      )
  }

  it.each<[keyof typeof seeded, string, Fault]>([
    ['identity', 'CRLF turned into LF', (english) => english.replaceAll('\r\n', '\n')],
    [
      'identity',
      'a hard break (two trailing spaces) lost',
      (english) => english.replace(/ {2}(\r?\n)/, '$1')
    ],
    ['identity', 'a character reference decoded', (english) => english.replace('&amp;', '&')],
    ['identity', 'an escape dropped', (english) => english.replace(/\\([*_`])/, '$1')],
    ['decode path', 'an emphasis delimiter left unescaped', (english) => english.replace(/\\\*/, '*')],
    ['decode path', 'strong emphasis lost', (english) => english.replace(/\*\*([^*\n]+)\*\*/, '$1')],
    [
      'decode path',
      'a link turned into its text',
      (english) => english.replace(/\[([^\]]*)\]\([^)]*\)/, '$1')
    ],
    ['escapeMarkdown', '`*` not escaped', (escaped) => escaped.replace(/\\\*/g, '*')],
    ['escapeMarkdown', '`<` before a tag name not escaped', (escaped) => escaped.replace(/\\</g, '<')],
    ['escapeMarkdown', 'a line-start `#` not escaped', (escaped) => escaped.replace(/(^|\n)\\#/g, '$1#')],
    ['side-by-side', 'a pipe in a cell not escaped', (text) => text.replace(/(?<!\\)\\\|/, '|')]
  ])('%s: %s', async (property, _, fault) => {
    expect(await seeded[property](fault)).toBe(true)
  })
})
