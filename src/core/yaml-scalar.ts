import {parse} from 'yaml'
import type {YamlScalarStyle} from './unit.js'

/**
 * Write a translated front-matter value in the style the Italian used.
 * The result is checked by parsing it back; when the style cannot carry the
 * value (a plain scalar with `: ` in it, say), it is written double-quoted.
 */
export function yamlScalar(value: string, style: YamlScalarStyle, eol: string): string {
  const written = inStyle(value, style, eol)
  // A block scalar without `-` ends with a line break of its own.
  const expected = style.header && !style.header.includes('-') ? value + '\n' : value
  return readsBack(written, expected) ? written : JSON.stringify(value)
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

function readsBack(written: string, value: string): boolean {
  try {
    const parsed: unknown = parse('key: ' + written)
    return typeof parsed === 'object' && parsed !== null && (parsed as {key?: unknown}).key === value
  } catch {
    return false
  }
}
