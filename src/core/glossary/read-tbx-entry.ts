import type {GlossaryEntry, GlossaryForm} from './glossary-entry.js'
import {children, proseOf, textOf, type XmlElement} from './xml-element.js'

/** One term of an entry, as far as glossa cares. */
interface Term {
  text: string
  language: 'it' | 'en'
  status: 'preferred' | 'forbidden' | 'other'
  dnt: boolean
  ids: string[]
  target: string | undefined
}

/** Read a `termEntry` or `conceptEntry`, or say which language it lacks. */
export function readTbxEntry(entry: XmlElement): Omit<GlossaryEntry, 'line'> | 'it' | 'en' {
  const terms = children(entry, 'langset', 'langsec').flatMap((langSet) => {
    const language = languageOf(langSet)
    return language
      ? children(langSet, 'tig', 'ntig', 'termsec').flatMap((each) => readTerm(each, language))
      : []
  })
  const italianTerms = terms.filter((term) => term.language === 'it')
  const englishTerms = terms.filter((term) => term.language === 'en')
  const italian = italianTerms.find((term) => term.status === 'preferred') ?? italianTerms[0]
  if (!italian) return 'it'
  // A deprecated term is never the English, even when it comes first.
  const english =
    englishTerms.find((term) => term.status === 'preferred') ??
    englishTerms.find((term) => term.status !== 'forbidden')
  if (!english && !italian.dnt) return 'en'

  const notes = children(entry, 'note').map(proseOf)
  return {
    italian: italian.text,
    english: english?.text ?? italian.text,
    note: (notes.length > 0 ? notes : definitions(entry)).filter(Boolean).join('; '),
    forms: italianTerms
      .filter((term) => term !== italian)
      .map((term) => {
        const form: GlossaryForm = {italian: term.text}
        const target = englishTerms.find(
          (each) => term.target !== undefined && each.ids.includes(term.target)
        )
        if (target) form.english = target.text
        return form
      }),
    forbidden: englishTerms
      .filter((term) => term !== english && term.status === 'forbidden')
      .map((term) => term.text),
    dnt: italian.dnt
  }
}

/** Read a `tig`, `ntig` or `termSec`; nothing when it has no term text. */
function readTerm(container: XmlElement, language: 'it' | 'en'): Term[] {
  let text = ''
  let target: string | undefined
  const ids = [container.attributes['id']]
  const notes: Array<[type: string, value: string]> = []

  for (const element of descendants(container)) {
    const type = element.attributes['type']?.toLowerCase() ?? ''
    if (element.name === 'term' && text === '') {
      text = textOf(element)
      ids.push(element.attributes['id'])
    } else if (element.name === 'termnote') {
      notes.push([type, textOf(element)])
    } else if (dataCategories.has(element.name)) {
      // TBX 3 in the DCT style names the data category as the element.
      notes.push([element.name, textOf(element)])
    } else if ((element.name === 'ref' && type === 'crossreference') || element.name === 'crossreference') {
      target ??= element.attributes['target']
    }
  }

  if (text === '') return []
  const status =
    notes.find(([type]) => type === 'administrativestatus' || type === 'normativeauthorization')?.[1] ?? ''
  return [
    {
      text,
      language,
      status: /^preferred/i.test(status)
        ? 'preferred'
        : /^(deprecated|superseded)/i.test(status)
          ? 'forbidden'
          : 'other',
      dnt: notes.some(([type, value]) => type === 'transfercomment' && saysDoNotTranslate(value)),
      ids: ids.filter((id) => id !== undefined),
      target
    }
  ]
}

const dataCategories = new Set([
  'administrativestatus',
  'normativeauthorization',
  'termtype',
  'transfercomment'
])

/** "do not translate", "don't translate", "untranslatable", "not to be translated"… */
function saysDoNotTranslate(value: string): boolean {
  return /translat/i.test(value) && /\b(not|no|never)\b|n't|untranslat/i.test(value)
}

/** Definitions stand in for a note when an entry has none (CAT tools write them more often). */
function definitions(entry: XmlElement): string[] {
  return [entry, ...children(entry, 'langset', 'langsec').filter((langSet) => languageOf(langSet))]
    .flatMap((element) => [element, ...children(element, 'descripgrp')])
    .flatMap((element) => children(element, 'descrip'))
    .filter((descrip) => descrip.attributes['type']?.toLowerCase() === 'definition')
    .map(proseOf)
}

/** Every element below, in document order, except inside `termCompList` (parts of a term, not terms). */
function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) =>
    typeof child === 'string' || child.name === 'termcomplist' ? [] : [child, ...descendants(child)]
  )
}

function languageOf(langSet: XmlElement): 'it' | 'en' | undefined {
  const code = (langSet.attributes['xml:lang'] ?? langSet.attributes['lang'] ?? '').toLowerCase()
  const language = code.split(/[-_]/)[0]
  return language === 'it' || language === 'en' ? language : undefined
}
