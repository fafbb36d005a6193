import {splitBom} from '../split-bom.js'

/** The delimiters a CSV file may use. */
export type CsvDelimiter = ',' | ';'

/**
 * The delimiter of a CSV file: `,`, or `;` as Excel writes CSV where the
 * decimal separator is a comma (Italian among them). Judged on the first
 * lines that are not blank or comments, with quoted cells taken out, since
 * they may hold either: `;` when it splits every line into the same number
 * of cells and `,` does not, or when it is the only one found.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = splitBom(text)
    .text.split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
    .slice(0, 5)
    .map((line) => line.replace(/"(?:[^"]|"")*"?/g, ''))
  const counts = (delimiter: string) => lines.map((line) => line.split(delimiter).length - 1)
  const even = (found: number[]) =>
    found.length > 0 && found.every((count) => count > 0 && count === found[0])
  const commas = counts(',')
  const semicolons = counts(';')
  if (even(semicolons) && !even(commas)) return ';'
  if (commas.every((count) => count === 0) && semicolons.some((count) => count > 0)) return ';'
  return ','
}
