import type {GlossaryEntry} from './glossary-entry.js'
import type {GlossaryColumn} from './parse-glossary.js'

/** One cell of an entry as glossa writes it, in its TSV and its CSV alike. */
export function entryCell(entry: GlossaryEntry, column: GlossaryColumn): string {
  switch (column) {
    case 'it':
      return entry.italian
    case 'en':
      return entry.english
    case 'note':
      return entry.note
    case 'forms':
      return entry.forms
        .map((form) => (form.english === undefined ? form.italian : form.italian + '=' + form.english))
        .join(' | ')
    case 'forbid':
      return entry.forbidden.join(' | ')
    case 'dnt':
      return entry.dnt ? 'yes' : ''
  }
}
