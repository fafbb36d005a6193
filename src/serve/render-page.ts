import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import type {Element, ElementContent} from 'hast'
import {englishForms, escapeRegExp, type Glossary, type SideBySideRow, type Unit} from '../core/index.js'
import type {Translate} from '../cli/i18n.js'

/** One article's rows as the page shows them. */
export interface PageArticle {
  index: number
  title: string
  source: string
  units: readonly Unit[]
  rows: ReadonlyMap<string, SideBySideRow>
  glossary: Glossary | undefined
  /** The side-by-side file's hash when the page was made: a save against another version is refused. */
  hash: string
}

/** The list of articles under review, with their rows by status. */
export function renderList(
  items: ReadonlyArray<{index: number; title: string; counts: Record<string, number>}>,
  token: string,
  t: Translate
): string {
  return page(
    t('reviewPage.title'),
    token,
    '',
    [
      h('h1', t('reviewPage.title')),
      h('table', [
        h(
          'thead',
          h(
            'tr',
            [t('reviewStatus.file'), 'machine', 'reviewed', 'stale'].map((cell) => h('th', cell))
          )
        ),
        h(
          'tbody',
          items.map((item) =>
            h('tr', [
              h('td', h('a', {href: '/a/' + item.index + '?token=' + token}, item.title)),
              h('td', String(item.counts.machine ?? 0)),
              h('td', String(item.counts.reviewed ?? 0)),
              h('td', String(item.counts.stale ?? 0))
            ])
          )
        )
      ])
    ],
    t
  )
}

/**
 * An article's page: every unit as a row (its Italian with glossary terms
 * marked, its English in a field with the expected English marked below,
 * its status and flags), and between them the parts of the article that
 * are not translated (front matter, code), for context. Built as a tree:
 * every piece of article text is escaped by the serialiser.
 */
export function renderArticle(article: PageArticle, token: string, t: Translate): string {
  const body: ElementContent[] = []
  let last = 0

  for (const unit of article.units) {
    const gap = article.source.slice(last, unit.start)
    if (/[^\s>*+\-#|:]/.test(gap.replace(/^\s*\d+[.)]/gm, ''))) {
      body.push(
        h(
          'tr',
          {className: ['context']},
          h('td', {colSpan: 4}, h('pre', {className: ['context']}, gap.trim()))
        )
      )
    }

    last = Math.max(last, unit.end)
    const row = article.rows.get(unit.id)
    if (row) body.push(unitRow(unit, row, article.glossary, t))
  }

  const rest = article.source.slice(last)
  if (rest.trim() !== '')
    body.push(
      h(
        'tr',
        {className: ['context']},
        h('td', {colSpan: 4}, h('pre', {className: ['context']}, rest.trim()))
      )
    )

  return page(
    article.title,
    token,
    article.hash,
    [
      h('p', h('a', {href: '/?token=' + token}, t('reviewPage.back'))),
      h('h1', article.title),
      h('p', [
        h('button', {type: 'button', dataAction: 'save-all'}, t('reviewPage.save-all')),
        ' ',
        h('span', {id: 'status', role: 'status'}),
        ' ',
        h('small', t('reviewPage.keys'))
      ]),
      h('table', [
        h(
          'thead',
          h(
            'tr',
            [
              t('sideBySide.source'),
              t('sideBySide.target'),
              t('sideBySide.status'),
              t('sideBySide.notes')
            ].map((cell) => h('th', cell))
          )
        ),
        h('tbody', body)
      ])
    ],
    t
  )
}

function unitRow(unit: Unit, row: SideBySideRow, glossary: Glossary | undefined, t: Translate): Element {
  const entries = [...new Set(unit.terms.map((term) => term.entry))]
  return h('tr', {dataId: unit.id, dataStatus: row.status, className: ['status-' + row.status]}, [
    h('td', {className: ['italian'], lang: 'it'}, [
      ...(unit.context ? [h('code', unit.context), ' '] : []),
      ...markItalian(unit, row, glossary)
    ]),
    h('td', {className: ['english'], lang: 'en'}, [
      h('textarea', {'aria-label': t('sideBySide.target') + ' ' + unit.id}, row.english),
      h('div', {className: ['preview']}, markEnglish(row.english, entries, glossary))
    ]),
    h('td', [
      h(
        'select',
        {'aria-label': t('sideBySide.status') + ' ' + unit.id},
        ['machine', 'reviewed', 'stale'].map((status) =>
          h('option', {value: status, selected: status === row.status}, status)
        )
      ),
      h('div', [
        h('button', {type: 'button', dataAction: 'approve', title: 'Alt+A'}, t('reviewPage.approve')),
        ' ',
        h('button', {type: 'button', dataAction: 'save-row'}, t('reviewPage.save-row'))
      ])
    ]),
    h('td', [
      h('div', {className: ['flags']}, [row.notes, row.previous === undefined ? '' : '\n' + row.previous]),
      h('div', {className: ['problem'], role: 'alert'})
    ])
  ])
}

/** The unit's Italian with each glossary term in a span linked to its English. */
function markItalian(unit: Unit, row: SideBySideRow, glossary: Glossary | undefined): ElementContent[] {
  const text = unit.source
  const nodes: ElementContent[] = []
  let at = 0
  for (const term of unit.terms) {
    const entry = glossary?.entries[term.entry]
    const from = text.indexOf(term.surface, at)
    if (!entry || from === -1) continue
    if (from > at) nodes.push({type: 'text', value: text.slice(at, from)})
    const flagged = (rule: string) =>
      row.notes.includes('`' + rule + '`') && row.notes.includes('`' + term.surface + '`')
    nodes.push(
      h(
        'span',
        {
          className: [
            'term',
            ...(entry.dnt ? ['dnt'] : []),
            ...(flagged('glossary-term-missing') || flagged('glossary-dnt-changed') ? ['missing'] : []),
            ...(flagged('glossary-term-forbidden') ? ['forbidden'] : [])
          ],
          dataTerm: String(term.entry),
          tabIndex: 0,
          title: entry.italian + ' → ' + entry.english + (entry.note ? ' — ' + entry.note : '')
        },
        term.surface
      )
    )
    at = from + term.surface.length
  }

  if (at < text.length) nodes.push({type: 'text', value: text.slice(at)})
  return nodes
}

/** The English with the glossary's expected English of the unit's terms marked. */
function markEnglish(
  english: string,
  entries: readonly number[],
  glossary: Glossary | undefined
): ElementContent[] {
  const forms = entries.flatMap((index) => {
    const entry = glossary?.entries[index]
    return entry ? englishForms(entry.english).map((form) => ({form, index})) : []
  })
  if (forms.length === 0) return [{type: 'text', value: english}]
  forms.sort((a, b) => b.form.length - a.form.length)
  const pattern = new RegExp(
    '(?<![\\p{L}\\p{N}])(' + forms.map(({form}) => escapeRegExp(form)).join('|') + ')(?![\\p{L}\\p{N}])',
    'giu'
  )
  const nodes: ElementContent[] = []
  let at = 0
  for (const match of english.matchAll(pattern)) {
    const found = forms.find(({form}) => form.toLowerCase() === match[0].toLowerCase())!
    if (match.index > at) nodes.push({type: 'text', value: english.slice(at, match.index)})
    nodes.push(h('span', {className: ['term'], dataTerm: String(found.index), tabIndex: 0}, match[0]))
    at = match.index + match[0].length
  }

  if (at < english.length) nodes.push({type: 'text', value: english.slice(at)})
  return nodes
}

function page(title: string, token: string, hash: string, content: ElementContent[], t: Translate): string {
  const text = {saving: t('reviewPage.saving'), failed: t('reviewPage.failed')}
  return (
    '<!doctype html>' +
    toHtml(
      h('html', {lang: t('reviewPage.lang')}, [
        h('head', [
          h('meta', {charset: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', title),
          h('link', {rel: 'stylesheet', href: '/app.css?token=' + token}),
          // No icon to fetch: a request without the token would only be refused.
          h('link', {rel: 'icon', href: 'data:,'})
        ]),
        h('body', {dataToken: token, dataHash: hash, dataText: JSON.stringify(text)}, [
          ...content,
          h('script', {src: '/app.js?token=' + token})
        ])
      ])
    )
  )
}
