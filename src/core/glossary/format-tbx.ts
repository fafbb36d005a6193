/**
 * The glossary as TBX (ISO 30042), the exchange format of CAT tools and
 * terminology databases. glossa writes TBX 2 in the TBX-Basic style, one
 * `termEntry` per entry:
 *
 * - the note is a `note` on the entry;
 * - the Italian `langSet` holds the term, marked `preferredTerm-admn-sts`,
 *   then each form as a `termType` `variant`; a do-not-translate term carries
 *   `<termNote type="transferComment">do not translate</termNote>`, TBX's
 *   data category for how a term is carried into the other language;
 * - the English `langSet` holds the English, marked preferred, then each
 *   forbidden rendering marked `deprecatedTerm-admn-sts`;
 * - a form with its own English points at that English term with
 *   `<ref type="crossReference" target="…">`, the TBX-Basic link between
 *   terms: the target is the English `tig` with that text, given an `id`, and
 *   added as an `admittedTerm-admn-sts` when it is neither the English nor a
 *   forbidden rendering. Other tools thus see it as an accepted English term
 *   of the concept; glossa reads the link back (`parse-tbx.ts`).
 */
import type {GlossaryEntry} from './glossary-entry.js'
import {escapeXml} from '../inline/index.js'

/** Write the glossary as a TBX file. */
export function formatTbx(entries: readonly GlossaryEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX" xml:lang="it">',
    '  <martifHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    '        <p>glossa</p>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
    ...entries.flatMap((entry, index) =>
      formatEntry(entry, 'e' + (index + 1)).map((line) => '      ' + line)
    ),
    '    </body>',
    '  </text>',
    '</martif>',
    ''
  ].join('\n')
}

interface EnglishTig {
  term: string
  status: string
  id?: string
}

function formatEntry(entry: GlossaryEntry, id: string): string[] {
  const english: EnglishTig[] = [
    {term: entry.english, status: 'preferredTerm-admn-sts'},
    ...entry.forbidden.map((term) => ({term, status: 'deprecatedTerm-admn-sts'}))
  ]
  const targets = entry.forms.map((form) => {
    if (form.english === undefined) return undefined
    let index = english.findIndex((tig) => tig.term === form.english)
    if (index === -1) index = english.push({term: form.english, status: 'admittedTerm-admn-sts'}) - 1
    const tig = english[index]!
    tig.id ??= `${id}-en${index + 1}`
    return tig
  })

  return [
    `<termEntry id="${id}">`,
    ...(entry.note === '' ? [] : [`  <note>${escapeXml(entry.note)}</note>`]),
    '  <langSet xml:lang="it">',
    ...tig(entry.italian, [
      termNote('administrativeStatus', 'preferredTerm-admn-sts'),
      ...(entry.dnt ? [termNote('transferComment', 'do not translate')] : [])
    ]),
    ...entry.forms.flatMap((form, index) => {
      const target = targets[index]
      return tig(form.italian, [
        termNote('termType', 'variant'),
        ...(target
          ? [`<ref type="crossReference" target="${target.id}">${escapeXml(target.term)}</ref>`]
          : [])
      ])
    }),
    '  </langSet>',
    '  <langSet xml:lang="en">',
    ...english.flatMap((each) => tig(each.term, [termNote('administrativeStatus', each.status)], each.id)),
    '  </langSet>',
    '</termEntry>'
  ]
}

function tig(term: string, inside: string[], id?: string): string[] {
  return [
    id === undefined ? '    <tig>' : `    <tig id="${id}">`,
    `      <term>${escapeXml(term)}</term>`,
    ...inside.map((line) => '      ' + line),
    '    </tig>'
  ]
}

function termNote(type: string, value: string): string {
  return `<termNote type="${type}">${escapeXml(value)}</termNote>`
}
