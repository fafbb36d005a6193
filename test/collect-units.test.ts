import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {collectUnits} from '../src/core/index.js'

/** The units of a text, without a glossary. */
function collect(value: string, fields: readonly string[] = []) {
  return collectUnits(new VFile({path: 'a.md', value}), {fields, terms: undefined})
}

async function units(value: string, fields: readonly string[] = ['title', 'description']) {
  return (await collect(value, fields)).map((unit) => ({
    kind: unit.kind,
    at: unit.position.start.line + ':' + unit.position.start.column,
    text: unit.encoding.text,
    source: unit.source
  }))
}

describe('collectUnits', () => {
  it('takes headings, paragraphs, table cells, image alts and listed front-matter fields', async () => {
    const value = [
      '---',
      'title: Il modello',
      'slug: il-modello',
      'description: "Un riassunto"',
      '---',
      '# Titolo',
      '',
      'Testo con ![una GPU](gpu.png) dentro.',
      '',
      '| Colonna | Altra |',
      '| :-- | --: |',
      '| cella | 42 |',
      ''
    ].join('\n')

    expect(await units(value)).toEqual([
      {kind: 'field', at: '2:8', text: 'Il modello', source: 'Il modello'},
      {kind: 'field', at: '4:14', text: 'Un riassunto', source: 'Un riassunto'},
      {kind: 'heading', at: '6:3', text: 'Titolo', source: 'Titolo'},
      {
        kind: 'paragraph',
        at: '8:1',
        text: 'Testo con <x id="1"/> dentro.',
        source: 'Testo con ![una GPU](gpu.png) dentro.'
      },
      {kind: 'alt', at: '8:13', text: 'una GPU', source: 'una GPU'},
      {kind: 'cell', at: '10:3', text: 'Colonna', source: 'Colonna'},
      {kind: 'cell', at: '10:13', text: 'Altra', source: 'Altra'},
      {kind: 'cell', at: '12:3', text: 'cella', source: 'cella'}
    ])
  })

  it('never sends code, HTML, math, URLs, definitions, footnote labels or front-matter keys', async () => {
    const value = [
      '```js',
      'const modello = "addestramento"',
      '```',
      '',
      '    codice indentato',
      '',
      '<div>blocco html</div>',
      '',
      '$$',
      'x^2',
      '$$',
      '',
      '[rif]: https://example.com "Titolo del riferimento"',
      '',
      '<https://example.com> www.example.com `codice` <span>',
      '',
      '[^nota]: La nota a piè di pagina.',
      ''
    ].join('\n')

    expect(await units(value)).toEqual([
      {kind: 'paragraph', at: '17:10', text: 'La nota a piè di pagina.', source: 'La nota a piè di pagina.'}
    ])
  })

  it('encodes inline markup as tags and holds aside what is not translated', async () => {
    const [unit] = await units(
      'Il **modello** usa `GPU`, [la guida](https://x.it "t") e un a capo  \nqui[^1].\n\n[^1]: Nota.\n'
    )
    expect(unit?.text).toBe(
      'Il <g id="1">modello</g> usa <x id="2"/>, <g id="3">la guida</g> e un a capo<x id="4"/>qui<x id="5"/>.'
    )
  })

  it('sends the text of shortcut and collapsed references too (their label comes back after it)', async () => {
    const [unit] = await units('Vedi [rif] e [rif][] ma anche [la guida][rif].\n\n[rif]: https://x.it\n')
    expect(unit?.text).toBe('Vedi <g id="1">rif</g> e <g id="2">rif</g> ma anche <g id="3">la guida</g>.')
  })

  it('escapes XML special characters in text', async () => {
    const [unit] = await units('A &amp; B, 1 \\< 2 e 3 > 2\n')
    expect(unit?.text).toBe('A &amp; B, 1 &lt; 2 e 3 &gt; 2')
  })

  it('strips container prefixes from multi-line units for the reviewer', async () => {
    expect(await units('> riga uno\n> riga due\n')).toEqual([
      {kind: 'paragraph', at: '1:3', text: 'riga uno\nriga due', source: 'riga uno\nriga due'}
    ])
  })

  it('leaves out units without a letter', async () => {
    expect(await units('2025\n\n| 1 | 2 |\n| - | - |\n\n— 42 —\n')).toEqual([])
  })

  it('gives repeated units distinct, stable ids', async () => {
    const value = 'Uguale.\n\nDiverso.\n\nUguale.\n'
    const ids = (await collect(value)).map((unit) => unit.id)
    expect(ids[0]).toMatch(/^p-[\da-f]{8}$/)
    expect(ids[2]).toBe(ids[0] + '.2')
    expect(new Set(ids).size).toBe(3)
    // Inserting a paragraph elsewhere does not change the others' ids.
    const edited = 'Nuovo.\n\n' + value
    const again = (await collect(edited)).map((unit) => unit.id)
    expect(again.slice(1)).toEqual(ids)
  })
})
