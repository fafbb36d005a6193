import type {Nodes, PhrasingContent, Root} from 'mdast'
import type {Position} from 'unist'
import {createHash} from 'node:crypto'
import {location} from 'vfile-location'
import {encodeInline, encodePlain} from './encode-inline.js'
import {rangeOf} from './positions.js'
import {linePrefixes, stripPrefixes} from './line-prefixes.js'
import {collectFields} from './collect-fields.js'
import {fillPositions} from './fill-positions.js'
import {findTerms, type Glossary} from './find-terms.js'
import type {Unit, UnitDraft as Draft, UnitKind} from './unit.js'

/** The units, and the blocks left in Italian because they could not be placed exactly. */
export interface Collected {
  units: Unit[]
  skipped: Position[]
}

export interface CollectOptions {
  /** Front-matter fields to translate. */
  fields: readonly string[]
  /** The glossary whose terms are found in each unit (and whose do-not-translate terms are held aside). */
  glossary?: Glossary | undefined
}

const idPrefix: Record<UnitKind, string> = {
  heading: 'h',
  paragraph: 'p',
  cell: 't',
  alt: 'a',
  field: 'f'
}

/**
 * Split a parsed article into units, in document order.
 * Code, HTML, math, definitions and front-matter keys never become units;
 * a unit without a single letter is not worth a request and is left out.
 */
export function collectUnits(tree: Root, source: string, options: CollectOptions): Collected {
  const drafts: Draft[] = collectFields(tree, source, options.fields)
  const unplaced = fillPositions(tree, source)
  const skipped: Nodes[] = []
  const placed = (node: Nodes): boolean =>
    !unplaced.has(node) && (!('children' in node) || node.children.every((child) => placed(child)))

  const visit = (node: Nodes, inTable: boolean): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      if (!placed(node)) {
        skipped.push(node)
        return
      }

      addBlock(node.type === 'tableCell' ? 'cell' : node.type, node.children, inTable)
    }

    if (node.type === 'image' || (node.type === 'imageReference' && node.referenceType === 'full')) {
      addAlt(node, inTable)
    }

    if ('children' in node) {
      for (const child of node.children) visit(child, inTable || node.type === 'table')
    }
  }

  const addBlock = (kind: UnitKind, children: PhrasingContent[], inTable: boolean) => {
    if (children.length === 0) return
    let encoding = encodeInline(children, source)
    if (!encoding.hasLetters) return
    const start = rangeOf(children[0]!).start
    const end = rangeOf(children[children.length - 1]!).end
    const key = encoding.text
    const found = options.glossary && findTerms(encoding.plain, options.glossary, source, start, true)
    if (found && found.protect.size > 0) encoding = encodeInline(children, source, found.protect)
    drafts.push({kind, start, end, encoding, inTable, key, ...(found ? {terms: found.terms} : {})})
  }

  const addAlt = (node: Nodes & {alt?: string | null | undefined}, inTable: boolean) => {
    const encoding = encodePlain(node.alt ?? '')
    if (!encoding.hasLetters) return
    const start = rangeOf(node).start + 2
    const end = closingBracket(source, start)
    if (end > start) drafts.push({kind: 'alt', start, end, encoding, inTable})
  }

  visit(tree, false)
  drafts.sort((a, b) => a.start - b.start || b.end - a.end)
  return {
    units: finish(drafts, source, options.glossary),
    skipped: skipped.map((node) => node.position).filter((place) => place !== undefined)
  }
}

function finish(drafts: Draft[], source: string, glossary: Glossary | undefined): Unit[] {
  const place = location(source)
  const seen = new Map<string, number>()

  return drafts.map((draft) => {
    // The id hashes the text as written, so changing the glossary changes no id.
    const hash = createHash('sha256')
      .update(draft.kind + '\0' + (draft.key ?? draft.encoding.text))
      .digest('hex')
      .slice(0, 8)
    const base = idPrefix[draft.kind] + '-' + hash
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    const span = source.slice(draft.start, draft.end)
    const {prefixes, lineEnding} = draft.yaml
      ? {prefixes: [], lineEnding: draft.yaml.lineEnding}
      : linePrefixes(span)
    const pointAt = (offset: number) => {
      const point = place.toPoint(offset)
      if (!point) throw new Error('Cannot place unit in source')
      return point
    }
    const terms =
      draft.terms ??
      (glossary ? findTerms(draft.encoding.plain, glossary, source, draft.start, false).terms : [])

    const unit: Unit = {
      id: count === 1 ? base : base + '.' + count,
      kind: draft.kind,
      start: draft.start,
      end: draft.end,
      position: {start: pointAt(draft.start), end: pointAt(draft.end)},
      source: draft.source ?? stripPrefixes(span),
      encoding: draft.encoding,
      inTable: draft.inTable,
      lineEnding,
      prefixes,
      terms: terms.map((term) => ({...term, position: {start: pointAt(term.start), end: pointAt(term.end)}}))
    }
    if (draft.yaml) unit.yaml = draft.yaml
    return unit
  })
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
