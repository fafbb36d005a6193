import type {Image, ImageReference, Nodes, Root} from 'mdast'
import type {Position} from 'unist'
import type {AltBlock, InlineBlock} from './block.js'
import {fillPositions} from './fill-positions.js'
import {rangeOf, type Range} from './positions.js'
import {trimHeadingId} from './trim-heading-id.js'

/** The blocks of an article, and those left out because they could not be placed exactly. */
export interface CollectedBlocks {
  blocks: Array<InlineBlock | AltBlock>
  skipped: Position[]
  /** HTML blocks (a JSX component without blank lines inside is one): never sent, whatever text they hold. */
  html: Array<{place: Position; value: string}>
}

/**
 * Find the paragraphs, headings, table cells and image alt texts of a
 * parsed article, in tree order. Code, HTML, math and definitions hold no
 * blocks. A block with a node the parser left without a place in the source
 * (an autolink literal next to escaped text) is skipped whole.
 */
export function collectBlocks(tree: Root, source: string): CollectedBlocks {
  const unplaced = fillPositions(tree, source)
  const blocks: Array<InlineBlock | AltBlock> = []
  const skipped: Nodes[] = []
  const html: CollectedBlocks['html'] = []
  const placed = (node: Nodes): boolean =>
    !unplaced.has(node) && (!('children' in node) || node.children.every((child) => placed(child)))

  const visit = (node: Nodes, inTable: boolean): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      if (!placed(node)) {
        skipped.push(node)
        return
      }

      const children = node.type === 'heading' ? trimHeadingId(node.children, source) : node.children
      if (children.length > 0) {
        blocks.push({
          kind: node.type === 'tableCell' ? 'cell' : node.type,
          start: rangeOf(children[0]!).start,
          end: rangeOf(children[children.length - 1]!).end,
          inTable,
          children
        })
      }
    }

    if (node.type === 'image' || node.type === 'imageReference') {
      const start = rangeOf(node).start + 2
      const end = closingBracket(source, start)
      if (end > start) blocks.push(altBlock(node, {start, end}, inTable))
    }

    if ('children' in node) {
      for (const child of node.children) {
        if (child.type === 'html' && child.position && !phrasing.has(node.type))
          html.push({place: child.position, value: child.value})
        visit(child, inTable || node.type === 'table')
      }
    }
  }

  visit(tree, false)
  return {
    blocks,
    skipped: skipped.map((node) => node.position).filter((place) => place !== undefined),
    html
  }
}

/** Parents whose HTML is inline, held inside a translated block. */
const phrasing = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference'
])

/**
 * An image's alt text. In `![alt]` and `![alt][]` the alt is the label: the
 * block runs to just before the last `]`, so that a translated alt is
 * written `alt][label` there and the image still resolves.
 */
function altBlock(node: Image | ImageReference, alt: Range, inTable: boolean): AltBlock {
  const value = node.alt ?? ''
  if (node.type === 'image' || node.referenceType === 'full') return {kind: 'alt', ...alt, inTable, value}
  return {kind: 'alt', start: alt.start, end: rangeOf(node).end - 1, inTable, value, label: alt}
}

/** Find the `]` that closes an image's alt text, skipping escapes and nesting. */
function closingBracket(source: string, from: number): number {
  let depth = 0

  for (let index = from; index < source.length; index++) {
    const char = source.charAt(index)
    if (char === '\\') index++
    else if (char === '[') depth++
    else if (char === ']') {
      if (depth === 0) return index
      depth--
    }
  }

  return from
}
