import type {Heading} from 'mdast'
import {visit} from 'unist-util-visit'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {
  collectUnits,
  documentSettings,
  parseMarkdown,
  reviewedXml,
  translateDocument,
  type Engine
} from '../src/core/index.js'
import {identityEngine} from '../src/engines/identity.js'
import {deeplKey, translateOn} from './helpers/deepl-translate.js'
import {startDeepLServer, type DeepLServer} from './support/deepl-server.mjs'

/** An engine that swaps Italian phrases for English ones and records what it was sent. */
function phrasebook(phrases: Record<string, string>) {
  const sent: string[] = []
  const engine: Engine = {
    name: 'phrasebook',
    async translate(request) {
      sent.push(...request.texts)
      const translations = request.texts.map((text) =>
        Object.entries(phrases).reduce((english, [italian, to]) => english.replaceAll(italian, to), text)
      )
      return {translations, billedCharacters: 0, requests: 1}
    }
  }
  return {engine, sent}
}

async function translate(value: string, engine: Engine) {
  const file = new VFile({path: 'a.md', value})
  const result = await translateDocument(
    file,
    documentSettings({engine, targetLanguage: 'en-US', fields: []})
  )
  return {file, english: result.english}
}

/** The links of a Markdown text with their definitions resolved, as `[text, url]`. */
async function links(markdown: string): Promise<Array<[string, string]>> {
  const {toHast} = await import('mdast-util-to-hast')
  const found: Array<[string, string]> = []
  visit(toHast(await parseMarkdown(markdown)), 'element', (node) => {
    if (node.tagName !== 'a' && node.tagName !== 'img') return
    const text = node.tagName === 'img' ? String(node.properties['alt']) : textOf(node)
    found.push([text, String(node.properties[node.tagName === 'a' ? 'href' : 'src'])])
  })
  return found
}

function textOf(node: {children?: unknown[]; value?: unknown}): string {
  if (typeof node.value === 'string') return node.value
  return (node.children ?? []).map((child) => textOf(child as typeof node)).join('')
}

const references = 'Vedi [il modello] e [la fase][].\n\n[il modello]: /m\n[la fase]: /f\n'

describe('references whose text is their label', () => {
  const {engine} = phrasebook({
    Vedi: 'See',
    'il modello': 'the model',
    'la fase': 'the phase',
    ' e ': ' and '
  })

  it('are translated and written in full with the source label', async () => {
    const {english, file} = await translate(references, engine)
    expect(english).toBe(
      'See [the model][il modello] and [the phase][la fase].\n\n[il modello]: /m\n[la fase]: /f\n'
    )
    expect(await links(english)).toEqual([
      ['the model', '/m'],
      ['the phase', '/f']
    ])
    expect(file.messages).toEqual([])
  })

  it('keep the label exactly as the source writes it (case, spacing, markup)', async () => {
    const value = 'Vedi [Il  *modello*] qui.\n\n[il *modello*]: /m\n'
    const {english} = await translate(
      value,
      phrasebook({Vedi: 'See', Il: 'The', modello: 'model', qui: 'here'}).engine
    )
    expect(english).toBe('See [The  *model*][Il  *modello*] here.\n\n[il *modello*]: /m\n')
    expect(await links(english)).toEqual([['The  model', '/m']])
  })

  it('keep their bytes when an image’s alt comes back unchanged', async () => {
    const value = 'Vedi ![il grafico] e ![la foto][].\n\n[il grafico]: /g.png\n[la foto]: /f.png\n'
    const {english} = await translate(
      value,
      phrasebook({Vedi: 'See', grafico: 'grafico ', foto: 'foto '}).engine
    )
    expect(english).toBe(value.replace('Vedi', 'See'))
  })

  it('keep their bytes when their text comes back unchanged', async () => {
    const {english} = await translate(references, phrasebook({Vedi: 'See'}).engine)
    expect(english).toBe(
      'See [il modello] and [la fase][].\n\n[il modello]: /m\n[la fase]: /f\n'.replace(' and ', ' e ')
    )
  })

  it('stay byte-identical through the identity engine', async () => {
    const {english} = await translate(references, identityEngine)
    expect(english).toBe(references)
  })

  it('are images too, whose alt is translated and the label kept', async () => {
    const value = 'Vedi ![il grafico] e ![la foto][].\n\n[il grafico]: /g.png\n[la foto]: /f.png\n'
    const {engine: book, sent} = phrasebook({
      Vedi: 'See',
      ' e ': ' and ',
      'il grafico': 'the chart',
      'la foto': 'the photo'
    })
    const {file, english} = await translate(value, book)
    expect(sent).toEqual(['Vedi <x id="1"/> e <x id="2"/>.', 'il grafico', 'la foto'])
    expect(english).toBe(
      'See ![the chart][il grafico] and ![the photo][la foto].\n\n[il grafico]: /g.png\n[la foto]: /f.png\n'
    )
    expect(await links(english)).toEqual([
      ['the chart', '/g.png'],
      ['the photo', '/f.png']
    ])
    expect(file.messages).toEqual([])
    expect((await translate(value, identityEngine)).english).toBe(value)
  })
})

describe('a reviewer’s English for references whose text is their label', () => {
  const value = 'Vedi [il modello] e ![il grafico][].\n\n[il modello]: /m\n[il grafico]: /g.png\n'

  it.each([
    ['See [the model][il modello] and ![the chart][il grafico].'],
    ['See [il modello] and ![il grafico][].'],
    ['See [il modello][] and ![il grafico].']
  ])('is taken in full or short form: %s', async (english) => {
    const [unit] = await collectUnits(new VFile({path: 'a.md', value}), {fields: [], terms: undefined})
    const reviewed = await reviewedXml(unit!, english, value)
    expect(reviewed).toEqual({
      ok: true,
      xml: 'See <g id="1">' + /\[([^\]]+)\]/.exec(english)![1] + '</g> and <x id="2"/>.'
    })
  })
})

describe('a changed unit keeps the source’s own bytes around its words', () => {
  const {engine} = phrasebook({
    il: 'the',
    modello: 'model',
    ' e ': ' and ',
    la: 'the',
    fase: 'phase',
    foo: 'fiz',
    bar: 'zap',
    baz: 'zop',
    nuovo: 'new',
    Il: 'The',
    '\u00A0e ': '\u00A0and '
  })

  it.each([
    // White space written as references stays so (it was dropped).
    ['il&#10;&#10;modello\n', 'the&#10;&#10;model\n'],
    ['&#9;il modello\n', '&#9;the model\n'],
    // Named and numeric references, and escapes, as the source wrote them.
    ['&copy; il modello&nbsp;e \\* la fase\n', '&copy; the model&nbsp;and \\* the phase\n'],
    ['il \\_modello\\_ e la fase\n', 'the \\_model\\_ and the phase\n'],
    // A space inside link text stays inside (it was moved out, doubling the one after).
    ['[il modello ](/u) e la fase\n', '[the model ](/u) and the phase\n'],
    // A delimiter run between letters opens and closes as in the source: no `&#x7A;`.
    ['foo***bar***baz\n', 'fiz***zap***zop\n'],
    // Plain characters that needed no escape in the source need none between the same kinds of characters.
    ['a_"foo"_ e [foo] *\n', 'a_"fiz"_ and [fiz] *\n'],
    // A backslash before a letter is literal: `{'\\n'}` is not doubled.
    ["Il {'\\n'} modello\n", "The {'\\n'} model\n"],
    // A single space before a line ending stays.
    ['il modello \nnuovo\n', 'the model \nnew\n'],
    // Alt text keeps its emphasis and links.
    ['![il *modello*](/i.png)\n', '![the *model*](/i.png)\n']
  ])('%j', async (italian, english) => {
    const result = await translate(italian, engine)
    expect(result.english).toBe(english)
    // And reads as the same document with the words changed.
    expect(
      JSON.stringify(await parseMarkdown(result.english), (key, value) =>
        key === 'position' ? undefined : value
      )
    ).toBe(
      JSON.stringify(await parseMarkdown(english), (key, value) => (key === 'position' ? undefined : value))
    )
  })

  it('escapes what the new text needs to keep the same parse, and no more', async () => {
    const {engine: moved} = phrasebook({'il modello *': '* the model'})
    // A `*` that moves to the start of a line would open a list item: it is escaped there.
    expect((await translate('il modello *\n', moved)).english).toBe('\\* the model\n')
  })
})

describe('an HTML block with prose (a component without blank lines inside)', () => {
  it('stays as it is, with a `unit-skipped` warning that says how to have it translated', async () => {
    const {engine, sent} = phrasebook({modello: 'model'})
    const {file, english} = await translate('<Note>\nIl modello è nuovo.\n</Note>\n\n<!-- nota -->\n', engine)
    expect(english).toBe('<Note>\nIl modello è nuovo.\n</Note>\n\n<!-- nota -->\n')
    expect(sent).toEqual([])
    expect(
      file.messages.map((message) => [message.ruleId, message.line, message.values?.['context']])
    ).toEqual([['unit-skipped', 1, 'html']])
  })

  it('says so for MDX import and export lines too, and sends them not', async () => {
    const {engine, sent} = phrasebook({})
    // Joined, so that no reader of this file takes the MDX line for an import of its own.
    const source = [
      'import {Note}',
      "from './note'\nexport const meta = {title: 'x'}\n\nImportante: il modello.\n"
    ].join(' ')
    const {file} = await translate(source, engine)
    expect(sent).toEqual(['Importante: il modello.'])
    expect(
      file.messages.map((message) => [message.ruleId, message.line, message.values?.['context']])
    ).toContainEqual(['unit-skipped', 1, 'esm'])
  })

  it('is translated as Markdown when blank lines open it up', async () => {
    const {engine} = phrasebook({'Il modello è nuovo.': 'The model is new.'})
    const {file, english} = await translate('<Note>\n\nIl modello è nuovo.\n\n</Note>\n', engine)
    expect(english).toBe('<Note>\n\nThe model is new.\n\n</Note>\n')
    expect(file.messages).toEqual([])
  })
})

describe('heading ids', () => {
  it.each([
    ['## Il modello {#il-modello}\n', ' {#il-modello}'],
    ['## Il modello {#il-modello .rosso lang=it}\n', ' {#il-modello .rosso lang=it}'],
    ['## Il modello {: #il-modello}\n', ' {: #il-modello}'],
    ['## Il modello {/*il-modello*/}\n', ' {/*il-modello*/}'],
    ['Il modello {#il-modello}\n===\n', ' {#il-modello}']
  ])('are never sent and come back as they were: %j', async (value, id) => {
    const {engine, sent} = phrasebook({'Il modello': 'The model'})
    const {english} = await translate(value, engine)
    expect(sent).toEqual(['Il modello'])
    expect(english).toBe(value.replace('Il modello', 'The model'))
    const heading = (await parseMarkdown(english)).children[0] as Heading
    expect(english.slice(heading.position!.start.offset, heading.position!.end.offset)).toContain(
      'The model' + id
    )
  })

  it('leave a heading that is only an id unsent', async () => {
    const {engine, sent} = phrasebook({})
    const {english} = await translate('## {#il-modello}\n\nTesto.\n', engine)
    expect(sent).toEqual(['Testo.'])
    expect(english).toBe('## {#il-modello}\n\nTesto.\n')
  })

  it('keep braces that are prose, or escaped', async () => {
    const {engine, sent} = phrasebook({})
    await translate('## Il modello {grande}\n\n## Il modello \\{#id}\n', engine)
    expect(sent).toEqual(['Il modello {grande}', 'Il modello {#id}'])
  })

  it('stay byte-identical through the identity engine', async () => {
    const value = '# Il modello {#il-modello}\n\n## La fase {/*la-fase*/} ##\n'
    expect((await translate(value, identityEngine)).english).toBe(value)
  })
})

describe('through DeepL (the test server)', () => {
  let server: DeepLServer

  beforeEach(async () => {
    server = await startDeepLServer({authKey: deeplKey})
  })

  afterEach(async () => {
    await server.close()
  })

  it('sends no heading id and writes references in full', async () => {
    const article = '## Il modello {#il-modello}\n\n[il modello] è qui.\n\n[il modello]: /m\n'
    const {cwd, run} = await translateOn(server, {'articles/a.md': article})
    expect(run.code).toBe(0)
    const texts = server.state.requests.flatMap((request) => request.fields.text ?? [])
    expect(texts).toEqual(['Il modello', '<g id="1">il modello</g> è qui.'])
    const english = await readFile(join(cwd, 'output', 'a.en.md'), 'utf8')
    expect(english).toBe(
      '## EN Il modello {#il-modello}\n\n[EN il modello][il modello] è qui.\n\n[il modello]: /m\n'
    )
    expect(await links(english)).toEqual([['EN il modello', '/m']])
  })
})
