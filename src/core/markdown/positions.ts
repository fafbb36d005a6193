import type {Node} from 'unist'

/** A half-open range of offsets in the Italian source. */
export interface Range {
  start: number
  end: number
}

/** The source range of a node; every node from the parser has one. */
export function rangeOf(node: Node): Range {
  const range = rangeIfAny(node)
  if (!range) throw new Error('Cannot find node in source')
  return range
}

/** The source range of a node, if it has one (remark-gfm adds some nodes without). */
export function rangeIfAny(node: Node): Range | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : {start, end}
}
