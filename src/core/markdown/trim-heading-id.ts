import type {PhrasingContent, Text} from 'mdast'
import {rangeOf} from './positions.js'

/**
 * An id or attribute block at the end of a heading: `{#id}`, `{#id .class
 * key=value}` and `{.class #id}` (Pandoc, Hugo, Docusaurus, kramdown with
 * its optional `:`), or MDX's `{/*id*\/}`, with the white space before it;
 * not `\{#id}`, which an author escaped to keep as text.
 */
const headingId = /[ \t]*(?<!\\)(?:\{:?[ \t]*[#.][^{}\n]*\}|\{\/\*[^{}\n]*\*\/\})$/

/**
 * A heading's inline content without its trailing id, which anchors point
 * at: left outside the unit, it is never sent and its bytes are copied as
 * they are, always at the end (a tag could be moved by the engine). The
 * content is returned as it is when there is no id, or when the id cannot
 * be cut from a text node exactly (an escape inside it).
 */
export function trimHeadingId(children: PhrasingContent[], source: string): PhrasingContent[] {
  if (children.length === 0) return children
  const start = rangeOf(children[0]!).start
  const end = rangeOf(children[children.length - 1]!).end
  const match = headingId.exec(source.slice(start, end))
  if (!match) return children
  const cut = start + match.index
  const kept: PhrasingContent[] = []

  for (const child of children) {
    const range = rangeOf(child)
    if (range.end <= cut) kept.push(child)
    else if (range.start < cut) {
      if (child.type !== 'text') return children
      const trimmed = trimText(child, source.slice(cut, range.end))
      if (!trimmed) return children
      kept.push(trimmed)
    }
  }

  return kept
}

/** A text node without its last characters, `tail` as written in the source (on one line). */
function trimText(node: Text, tail: string): Text | undefined {
  const end = node.position?.end
  if (!end?.offset || !node.value.endsWith(tail)) return undefined
  const point = {line: end.line, column: end.column - tail.length, offset: end.offset - tail.length}
  return {
    ...node,
    value: node.value.slice(0, -tail.length),
    position: {start: node.position!.start, end: point}
  }
}
