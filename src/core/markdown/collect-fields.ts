import type {Root} from 'mdast'
import type {Scalar} from 'yaml'
import type {FieldBlock} from './block.js'
import {rangeOf} from './positions.js'
import {scalarPieces} from './scalar-pieces.js'
import type {YamlScalarStyle} from './yaml-scalar.js'

/**
 * Find the front-matter fields to translate (top-level string values of
 * YAML front matter whose key is listed). Keys, other values and TOML front
 * matter stay as they are. The YAML parser loads only for an article that
 * has front matter.
 */
export async function collectFields(
  tree: Root,
  source: string,
  fields: readonly string[]
): Promise<FieldBlock[]> {
  const node = tree.children[0]
  if (!node || node.type !== 'yaml' || fields.length === 0) return []

  const nodeStart = rangeOf(node).start
  const offset = source.indexOf(node.value, nodeStart + 3)
  if (offset === -1 || node.value === '') return []

  const {isMap, isScalar, parseDocument} = await import('yaml')
  const document = parseDocument(node.value, {keepSourceTokens: true})
  if (document.errors.length > 0 || !isMap(document.contents)) return []

  const blocks: FieldBlock[] = []

  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined
    const value = pair.value
    if (typeof key !== 'string' || !fields.includes(key)) continue
    if (!isScalar(value) || typeof value.value !== 'string' || !value.range) continue

    // The range of a block scalar runs past its last line break; that break
    // belongs to the document, not to the value.
    const [start, rangeEnd] = value.range
    const raw = node.value.slice(start, rangeEnd).trimEnd()
    const end = start + raw.length
    const yaml = styleOf(value, raw, /\r\n|\r|\n/.exec(node.value)?.[0] ?? '\n')
    blocks.push({
      kind: 'field',
      start: offset + start,
      end: offset + end,
      inTable: false,
      value: value.value,
      yaml,
      pieces: scalarPieces(raw, yaml.type, value.value, offset + start)
    })
  }

  return blocks
}

function styleOf(value: Scalar, raw: string, lineEnding: string): YamlScalarStyle {
  const type = (value.type ?? 'PLAIN') as YamlScalarStyle['type']

  if (type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL') {
    const header = /^[|>][^\r\n]*/.exec(raw)?.[0] ?? '>'
    const indent = /\r?\n([ \t]+)\S/.exec(raw)?.[1] ?? '  '
    return {type, header, indent, lineEnding}
  }

  return {type, header: '', indent: '', lineEnding}
}
