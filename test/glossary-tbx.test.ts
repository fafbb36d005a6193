import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {formatTbx, parseTbx, type GlossaryEntry} from '../src/core/index.js'

const fixtures = join(import.meta.dirname, 'fixtures', 'glossary')

function entry(fields: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'italian' | 'english'>): GlossaryEntry {
  return {note: '', forms: [], forbidden: [], dnt: false, line: 0, ...fields}
}

function withoutLines(entries: readonly GlossaryEntry[]): Array<Omit<GlossaryEntry, 'line'>> {
  return entries.map(({line, ...rest}) => rest)
}

const everyField: GlossaryEntry[] = [
  entry({
    italian: 'distribuzione continua',
    english: 'continuous deployment',
    note: 'Nota con & < > " \' e non ASCII: perché, città, «virgolette» — 🚀',
    forbidden: ['continuous distribution', 'continuous delivery'],
    line: 2
  }),
  entry({
    italian: 'chiavetta USB',
    english: 'USB flash drive',
    forms: [
      {italian: 'chiavette USB'},
      {italian: 'pennetta USB', english: 'USB stick'},
      {italian: 'pennette USB', english: 'USB stick'},
      {italian: 'chiavetta', english: 'USB flash drive'},
      {italian: 'memoria', english: 'thumb drive'}
    ],
    // A form's English may also be forbidden for the term itself: both must survive.
    forbidden: ['thumb drive'],
    line: 3
  }),
  entry({
    italian: 'Kubernetes',
    english: 'Kubernetes',
    note: 'Nome di prodotto  (due spazi, come scritto)',
    dnt: true,
    line: 4
  }),
  entry({italian: 'R&D <interno>', english: 'in-house R&D "lab"', forms: [{italian: 'R&D interni'}], line: 5})
]

describe('formatTbx and parseTbx', () => {
  it('read back every field written', async () => {
    const text = formatTbx(everyField)
    const {entries, problems} = await parseTbx(text)

    expect(problems).toEqual([])
    expect(withoutLines(entries)).toStrictEqual(withoutLines(everyField))
  })

  it('give read entries the line of their termEntry', async () => {
    const text = formatTbx(everyField)
    const lines = text.split('\n')
    const {entries} = await parseTbx(text)

    expect(entries.map((each) => lines[each.line - 1]?.trim())).toEqual([
      '<termEntry id="e1">',
      '<termEntry id="e2">',
      '<termEntry id="e3">',
      '<termEntry id="e4">'
    ])
  })

  it('write an empty glossary as a valid file with no entries', async () => {
    const text = formatTbx([])

    expect(text).toContain('<body>\n    </body>')
    expect(await parseTbx(text)).toEqual({entries: [], problems: []})
  })

  it('write the golden TBX', async () => {
    const text = formatTbx([
      entry({
        italian: 'macchina virtuale',
        english: 'virtual machine',
        note: 'Anche «VM»; mai «macchina virtual».',
        forms: [{italian: 'macchine virtuali'}, {italian: 'VM', english: 'VM'}],
        forbidden: ['virtual engine']
      }),
      entry({italian: 'Docker', english: 'Docker', dnt: true})
    ])

    await expect(text).toMatchFileSnapshot('./fixtures/glossary/small.tbx')
  })
})

describe('parseTbx', () => {
  it('reads TBX 3 with regional and upper-case language codes', async () => {
    const {entries, problems} = await parseTbx(await readFile(join(fixtures, 'tbx3.tbx'), 'utf8'))

    expect(problems).toEqual([])
    expect(entries).toStrictEqual([
      entry({
        italian: 'distribuzione continua',
        english: 'continuous deployment',
        note: 'Rilascio automatico in produzione di ogni modifica che supera i test.',
        forbidden: ['continuous distribution'],
        line: 14
      }),
      entry({
        italian: 'processo',
        english: 'process',
        note: 'Da non confondere con «thread».',
        forms: [{italian: 'processi'}],
        line: 33
      }),
      entry({italian: 'R&D interno', english: 'in-house R&D', line: 59})
    ])
  })

  it('reads TBX 2 with ntig, regional codes, deprecated English and do-not-translate', async () => {
    const {entries, problems} = await parseTbx(await readFile(join(fixtures, 'tbx2-ntig.tbx'), 'utf8'))

    expect(entries).toStrictEqual([
      entry({
        italian: 'contenitore',
        english: 'container',
        note: 'Usato nei capitoli sul deploy.',
        forms: [{italian: 'container'}],
        forbidden: ['box', 'pod'],
        line: 16
      }),
      entry({italian: 'Kubernetes', english: 'Kubernetes', dnt: true, line: 57})
    ])
    expect(problems).toEqual([
      {line: 67, ruleId: 'glossary-tbx-entry', values: {id: 't-103', language: 'en'}}
    ])
  })

  it('reads TBX 3 in the DCT style, data categories named as elements', async () => {
    const xml = [
      '<tbx style="dct" type="TBX-Basic" xml:lang="it" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">',
      '<text><body><conceptEntry id="c1">',
      '<langSec xml:lang="it"><termSec><term>nodo</term></termSec></langSec>',
      '<langSec xml:lang="en">',
      '<termSec><term>knot</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>',
      '<termSec><term>node</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>',
      '</langSec>',
      '</conceptEntry></body></text></tbx>'
    ].join('\n')

    expect(await parseTbx(xml)).toStrictEqual({
      entries: [entry({italian: 'nodo', english: 'node', forbidden: ['knot'], line: 2})],
      problems: []
    })
  })

  it('takes the first English term that is not deprecated when none is preferred', async () => {
    const xml =
      '<martif type="TBX"><text><body><termEntry>' +
      '<langSet xml:lang="it"><tig><term>ramo</term></tig></langSet>' +
      '<langSet xml:lang="en"><tig><term>bough</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>' +
      '<tig><term>branch</term></tig><tig><term>fork</term></tig></langSet>' +
      '</termEntry></body></text></martif>'

    expect((await parseTbx(xml)).entries).toStrictEqual([
      entry({italian: 'ramo', english: 'branch', forbidden: ['bough'], line: 1})
    ])
  })

  it('reports malformed XML once, with its line, and reads no entries', async () => {
    const xml = [
      '<?xml version="1.0"?>',
      '<martif>',
      '  <text>',
      '    <body>',
      '  </text>',
      '</martif>'
    ].join('\n')

    expect(await parseTbx(xml)).toEqual({
      entries: [],
      problems: [{line: 5, ruleId: 'glossary-tbx-invalid', values: {reason: expect.stringContaining('body')}}]
    })
  })

  it('reports XML the parser refuses after the validator passed it, with no line', async () => {
    const xml = '<martif>' + '<a>'.repeat(150) + '</a>'.repeat(150) + '</martif>'

    expect(await parseTbx(xml)).toEqual({
      entries: [],
      problems: [{line: 0, ruleId: 'glossary-tbx-invalid', values: {reason: 'Maximum nested tags exceeded'}}]
    })
  })

  it('reports an empty file as malformed', async () => {
    expect((await parseTbx('')).problems).toEqual([
      {line: 1, ruleId: 'glossary-tbx-invalid', values: {reason: expect.any(String)}}
    ])
  })

  it('reports XML that is not TBX', async () => {
    expect(await parseTbx('<?xml version="1.0"?>\n<html><body/></html>')).toEqual({
      entries: [],
      problems: [{line: 2, ruleId: 'glossary-tbx-root', values: {actual: 'html'}}]
    })
  })

  it('skips entries with no Italian or no English term, with their id or position', async () => {
    const xml = [
      '<martif type="TBX"><text><body>',
      '<termEntry id="x7"><langSet xml:lang="it"><tig><term>rete</term></tig></langSet></termEntry>',
      '<termEntry><langSet xml:lang="en"><tig><term>network</term></tig></langSet></termEntry>',
      '<termEntry id="x9"><langSet xml:lang="it"><tig><term> </term></tig></langSet>',
      '<langSet xml:lang="en"><tig><term>empty</term></tig></langSet></termEntry>',
      '</body></text></martif>'
    ].join('\n')

    expect(await parseTbx(xml)).toEqual({
      entries: [],
      problems: [
        {line: 2, ruleId: 'glossary-tbx-entry', values: {id: 'x7', language: 'en'}},
        {line: 3, ruleId: 'glossary-tbx-entry', values: {id: '#2', language: 'it'}},
        {line: 4, ruleId: 'glossary-tbx-entry', values: {id: 'x9', language: 'it'}}
      ]
    })
  })

  it('accepts a byte order mark and CRLF line ends', async () => {
    const xml =
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<martif type="TBX">\r\n<text><body>\r\n' +
      '<termEntry id="a"><langSet xml:lang="it"><tig><term>coda\r\n di messaggi</term></tig></langSet>' +
      '<langSet xml:lang="en"><tig><term>message queue</term></tig></langSet></termEntry>\r\n' +
      '</body></text></martif>\r\n'

    expect(await parseTbx(xml)).toStrictEqual({
      entries: [entry({italian: 'coda di messaggi', english: 'message queue', line: 4})],
      problems: []
    })
  })
})
