/** How a front-matter value was written, so a translation is written alike. */
export interface YamlScalarStyle {
  type: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_FOLDED' | 'BLOCK_LITERAL'
  /** For block scalars: the header (`>-`, `|`, …) and the content indent. */
  header: string
  indent: string
  /** The front matter's line ending, for block scalars. */
  lineEnding: string
}

/**
 * Write a translated front-matter value in the style the Italian used.
 * The result is checked by parsing it back; when the style cannot carry the
 * value (a plain scalar with `: ` in it, say), it is written double-quoted.
 * The YAML parser loads on the first call: only articles with translated
 * front matter need it.
 */
export async function yamlScalar(value: string, style: YamlScalarStyle, eol: string): Promise<string> {
  const {parse} = await import('yaml')
  const written = inStyle(value, style, eol)
  // A block scalar without `-` ends with a line break of its own.
  const expected = style.header && !style.header.includes('-') ? value + '\n' : value

  try {
    const parsed: unknown = parse('key: ' + written)
    const readsBack =
      typeof parsed === 'object' && parsed !== null && (parsed as {key?: unknown}).key === expected
    return readsBack ? written : JSON.stringify(value)
  } catch {
    return JSON.stringify(value)
  }
}

function inStyle(value: string, style: YamlScalarStyle, eol: string): string {
  switch (style.type) {
    case 'QUOTE_SINGLE':
      return "'" + value.replace(/'/g, "''") + "'"
    case 'QUOTE_DOUBLE':
      return JSON.stringify(value)
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL':
      return (
        style.header +
        value
          .split('\n')
          .map((line) => eol + style.indent + line)
          .join('')
      )
    default:
      return value
  }
}
