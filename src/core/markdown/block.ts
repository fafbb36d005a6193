import type {PhrasingContent} from 'mdast'
import type {Range} from './positions.js'
import type {ScalarPiece} from './scalar-pieces.js'
import type {YamlScalarStyle} from './yaml-scalar.js'

/** What a block of text is: a heading, a paragraph, a table cell, an image's alt text, or a front-matter field. */
export type BlockKind = 'heading' | 'paragraph' | 'cell' | 'alt' | 'field'

interface BlockBase {
  /** Offsets of the block's text in the source (container prefixes of later lines included). */
  start: number
  end: number
  /** Whether the block sits in a table (pipes need escaping). */
  inTable: boolean
}

/** A paragraph, heading or table cell: its inline content, as parsed. */
export interface InlineBlock extends BlockBase {
  kind: 'heading' | 'paragraph' | 'cell'
  children: PhrasingContent[]
}

/** An image's alt text: plain text. */
export interface AltBlock extends BlockBase {
  kind: 'alt'
  value: string
  /**
   * Where the alt text stands when it is also the label (`![alt]`,
   * `![alt][]`); the block then runs to before the last `]`, and a
   * translated alt is written `alt][label]`.
   */
  label?: Range
}

/** A front-matter value: plain text, how the YAML wrote it, and where its characters stand. */
export interface FieldBlock extends BlockBase {
  kind: 'field'
  value: string
  yaml: YamlScalarStyle
  pieces: ScalarPiece[]
}

/** A piece of the article's text that can be translated on its own. */
export type Block = InlineBlock | AltBlock | FieldBlock
