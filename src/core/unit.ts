import type {Point} from 'unist'
import type {Encoding} from './encode-inline.js'
import type {UnitTerm} from './find-terms.js'

/**
 * What a unit is: a heading, a paragraph, a table cell, an image's alt text,
 * or a front-matter field.
 */
export type UnitKind = 'heading' | 'paragraph' | 'cell' | 'alt' | 'field'

/** How a front-matter value was written, so a translation is written alike. */
export interface YamlScalarStyle {
  type: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_FOLDED' | 'BLOCK_LITERAL'
  /** For block scalars: the header (`>-`, `|`, …) and the content indent. */
  header: string
  indent: string
  /** The front matter's line ending, for block scalars. */
  lineEnding: string
}

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
  encoding: Encoding
  /** Whether the unit sits in a table (pipes need escaping). */
  inTable: boolean
  /** Line ending and per-line container prefixes (`> `, list indent) to restore. */
  lineEnding: string
  prefixes: string[]
  /** Set on front-matter fields. */
  yaml?: YamlScalarStyle
  /** Glossary terms found in the Italian, in order, with their place for messages. */
  terms: PlacedTerm[]
}

/** A glossary term in a unit, with its line and column in the Italian source. */
export interface PlacedTerm extends UnitTerm {
  position: {start: Point; end: Point}
}

/** A unit before it gets its id and position. */
export interface UnitDraft {
  kind: UnitKind
  start: number
  end: number
  encoding: Encoding
  inTable: boolean
  /** The Italian for the reviewer when it is not the span itself. */
  source?: string
  yaml?: YamlScalarStyle
  terms?: UnitTerm[]
  /** The encoded text without protected terms, which the id is made from. */
  key?: string
}
