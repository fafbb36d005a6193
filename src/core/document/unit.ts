import type {Point} from 'unist'
import type {Encoding} from '../inline/index.js'
import type {BlockKind, Range, YamlScalarStyle} from '../markdown/index.js'
import type {UnitTerm} from '../terms/index.js'

/**
 * What a unit is: a heading, a paragraph, a table cell, an image's alt text,
 * or a front-matter field.
 */
export type UnitKind = BlockKind

/**
 * A unit: one piece of Italian text translated on its own.
 * `start`/`end` are offsets in the Italian source; everything outside every
 * unit's range is copied to the English file byte for byte.
 */
export interface Unit {
  /** Stable id: kind letter and a hash of the text, `.N` on repeats. */
  id: string
  kind: UnitKind
  start: number
  end: number
  position: {start: Point; end: Point}
  /** The Italian as a reviewer reads it: Markdown, container prefixes removed, LF. */
  source: string
  /**
   * The markers of the containers its first line sits in (`>`, `-`, `1.`,
   * `[ ]`, space-separated), or `''`: shown beside the Italian in the
   * side-by-side file, never part of the text.
   */
  context: string
  encoding: Encoding
  /** Whether the unit sits in a table (pipes need escaping). */
  inTable: boolean
  /** Line ending and per-line container prefixes (`> `, list indent) to restore. */
  lineEnding: string
  prefixes: string[]
  /** Set on front-matter fields. */
  yaml?: YamlScalarStyle
  /**
   * Set on the alt text of `![alt]` and `![alt][]`, which is also the
   * label: where the label stands in the source. The unit runs to before
   * the last `]`, and its translation is written `alt][label`.
   */
  label?: Range
  /** Glossary terms found in the Italian, in order, with their place for messages. */
  terms: PlacedTerm[]
}

/** A glossary term in a unit, with its line and column in the Italian source. */
export interface PlacedTerm extends UnitTerm {
  position: {start: Point; end: Point}
}
