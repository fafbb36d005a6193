import type {Node} from 'unist'

/** The text of a node: its value, or its children's text joined. */
export function nodeText(node: Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as Node[]).map(nodeText).join('')
  return ''
}
