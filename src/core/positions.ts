import type {Node} from 'unist'

/** A half-open range of offsets in the Italian source. */
export interface Range {
  start: number
  end: number
}

/** The source range of a node; every node from the parser has one. */
export function rangeOf(node: Node): Range {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) throw new Error('Cannot find node in source')
  return {start, end}
}
