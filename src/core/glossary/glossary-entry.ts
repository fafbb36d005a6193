/** An extra Italian form of a term, with its own English when it differs. */
export interface GlossaryForm {
  italian: string
  /** The English for this form; absent means the entry's English. */
  english?: string
}

/** One glossary entry: an Italian term and how it must come out in English. */
export interface GlossaryEntry {
  italian: string
  /** The English to use; for a do-not-translate entry, the term itself. */
  english: string
  note: string
  /** Italian forms beyond those generated (irregular plurals, gender). */
  forms: GlossaryForm[]
  /** English renderings that must not appear where the term does. */
  forbidden: string[]
  /** Do not translate: the term stays exactly as written (names, products). */
  dnt: boolean
  /** 1-based line in the file it came from; 0 when it came from elsewhere. */
  line: number
}

/**
 * Something wrong with a glossary file, at a line (0: not at any line): the
 * rule it breaks (`glossary-duplicate`…, listed in the README's Messages)
 * and the values its text is filled from.
 */
export interface GlossaryProblem {
  line: number
  ruleId: string
  values: Record<string, string | number>
}
