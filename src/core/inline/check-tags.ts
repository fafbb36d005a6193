import type {Tag} from './encode-inline.js'
import type {XmlToken} from './xml.js'

/** What came back wrong: the markup found and the markup expected. */
export interface TagProblem {
  actual: string
  expected: string
}

/**
 * Check that a translation carries a unit's tags: each exactly once, of the
 * right kind, properly nested, and no wrapper emptied of its words.
 * Returns the first problem, or `undefined` when the tags hold.
 */
export function checkTags(
  tokens: readonly XmlToken[],
  tags: ReadonlyMap<string, Tag>
): TagProblem | undefined {
  const seen = new Set<string>()
  const stack: Array<{id: string; empty: boolean}> = []

  for (const token of tokens) {
    if (token.type === 'text') {
      if (/[^ \t\n]/.test(token.value)) markFilled(stack)
      continue
    }

    if (token.type === 'close') {
      const open = stack.pop()
      if (!open) return {actual: '</g>', expected: 'no closing tag'}
      if (open.empty) return {actual: `<g id="${open.id}"></g>`, expected: `<g id="${open.id}">…</g>`}
      continue
    }

    const written = token.type === 'open' ? `<g id="${token.id}">` : `<x id="${token.id}"/>`
    const tag = tags.get(token.id)
    if (!tag || tag.kind !== (token.type === 'open' ? 'pair' : 'hold')) {
      return {actual: written, expected: 'the tags of the source'}
    }

    if (seen.has(token.id)) return {actual: written + ' twice', expected: written + ' once'}
    seen.add(token.id)
    markFilled(stack)
    if (token.type === 'open') stack.push({id: token.id, empty: true})
  }

  const open = stack.pop()
  if (open) return {actual: `<g id="${open.id}"> unclosed`, expected: '</g>'}

  for (const [id, tag] of tags) {
    if (!seen.has(id))
      return {actual: 'nothing', expected: tag.kind === 'pair' ? `<g id="${id}">` : `<x id="${id}"/>`}
  }

  return undefined
}

/** Words, markup or a nested wrapper inside fill every wrapper around them. */
function markFilled(stack: Array<{empty: boolean}>): void {
  for (const entry of stack) entry.empty = false
}
