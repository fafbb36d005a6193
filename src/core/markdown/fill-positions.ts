import type {Nodes, Parent, Root} from 'mdast'
import type {Node} from 'unist'
import {toString} from 'mdast-util-to-string'
import {rangeIfAny} from './positions.js'
import {matchRaw} from './raw-characters.js'

/**
 * Give offsets to the nodes that remark-gfm's autolink-literal transform
 * creates without a position (e-mail addresses, `www.` links found inside
 * text after parsing). Each run of such nodes stands for one text node
 * that was split, so its pieces are found in the source one after the
 * other, escapes and character references read as what they stand for
 * (`<foo\+@bar.example.com>`). Returns the parents of runs that still cannot
 * be placed exactly: the caller leaves the unit around them untranslated
 * rather than risk a byte.
 */
export function fillPositions(tree: Root, source: string): Set<Node> {
  const unplaced = new Set<Node>()

  const visit = (node: Nodes): void => {
    if (!('children' in node)) return
    const parent = node as Parent
    const window = rangeIfAny(parent)
    let cursor = window?.start ?? 0

    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index]!
      const known = rangeIfAny(child)
      if (known) {
        cursor = known.end
        continue
      }

      let end = index
      while (end < parent.children.length && !rangeIfAny(parent.children[end]!)) end++
      const run = parent.children.slice(index, end)
      const limit = rangeIfAny(parent.children[end] ?? parent)?.[
        end < parent.children.length ? 'start' : 'end'
      ]
      if (!place(run, source, cursor, index > 0, limit ?? source.length)) unplaced.add(parent)
      cursor = rangeIfAny(run[run.length - 1]!)?.end ?? cursor
      index = end - 1
    }

    for (const child of parent.children) visit(child as Nodes)
  }

  visit(tree)
  return unplaced
}

function place(run: Node[], source: string, from: number, anchored: boolean, limit: number): boolean {
  let cursor = from

  for (const [index, node] of run.entries()) {
    const text = toString(node)
    let at = cursor
    let end = matchRaw(source, at, text, limit)
    // The first of a run that does not follow a placed node starts somewhere after the cursor.
    while (end === -1 && index === 0 && !anchored && at < limit) end = matchRaw(source, ++at, text, limit)
    if (end === -1) return false
    setOffsets(node, at, end)
    cursor = end
  }

  return true
}

function setOffsets(node: Node, start: number, end: number): void {
  node.position = {start: {line: 0, column: 0, offset: start}, end: {line: 0, column: 0, offset: end}}
  if ('children' in node) for (const child of node.children as Node[]) setOffsets(child, start, end)
}
