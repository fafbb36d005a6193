/**
 * Container prefixes: the `> ` and indentation that blockquotes and list
 * items put before every continuation line of a paragraph. They belong to the
 * container, not to the text, so they are removed for the engine and the
 * reviewer and put back when the English is written.
 */
const prefix = /^(?:[ \t]*>)*[ \t]*/
const lineEnding = /\r\n|\r|\n/

/** Split a multi-line span into its prefixes and line ending. */
export function linePrefixes(span: string): {prefixes: string[]; lineEnding: string} {
  const parts = span.split(/(\r\n|\r|\n)/)
  const prefixes: string[] = []

  for (let index = 2; index < parts.length; index += 2) {
    prefixes.push(prefix.exec(parts[index] ?? '')?.[0] ?? '')
  }

  return {prefixes, lineEnding: parts[1] ?? '\n'}
}

/** Remove container prefixes and normalise line endings to `\n`. */
export function stripPrefixes(span: string): string {
  return span
    .split(lineEnding)
    .map((line, index) => (index === 0 ? line : line.replace(prefix, '')))
    .join('\n')
}

/** Put container prefixes back after each line break. */
export function restorePrefixes(text: string, prefixes: readonly string[], eol: string): string {
  return text
    .split('\n')
    .map((line, index) =>
      index === 0 ? line : eol + (prefixes[Math.min(index, prefixes.length) - 1] ?? '') + line
    )
    .join('')
}
