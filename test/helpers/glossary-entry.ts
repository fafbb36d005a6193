import type {GlossaryEntry, GlossaryForm} from '../../src/core/index.js'

/** A glossary entry for a test: no note, nothing forbidden, line 0. */
export function entry(
  italian: string,
  english: string,
  extra: {forms?: GlossaryForm[]; dnt?: boolean} = {}
): GlossaryEntry {
  return {
    italian,
    english,
    note: '',
    forms: extra.forms ?? [],
    forbidden: [],
    dnt: extra.dnt ?? false,
    line: 0
  }
}
