/**
 * The key under which two spellings of a term are the same term: case,
 * apostrophe style and runs of white space do not count.
 */
export function normalizeTerm(term: string): string {
  return term
    .trim()
    .toLowerCase()
    .replace(/[’‘ʼ′]/g, "'")
    .replace(/\s+/g, ' ')
}
