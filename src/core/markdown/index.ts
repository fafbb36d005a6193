// Markdown as glossa reads it: parsing, the blocks of text an article is
// made of, and what surrounds them in the source (container prefixes, YAML
// styles). Knows nothing of engines, glossaries or terms.
export type {AltBlock, Block, BlockKind, FieldBlock, InlineBlock} from './block.js'
export {collectBlocks, type CollectedBlocks} from './collect-blocks.js'
export {collectFields} from './collect-fields.js'
export {containerContext} from './container-context.js'
export {linePrefixes, restorePrefixes, stripPrefixes} from './line-prefixes.js'
export {markdownParser, parseMarkdown, type MarkdownParser} from './parse-markdown.js'
export {rangeIfAny, rangeOf, type Range} from './positions.js'
export {
  isAsciiPunctuation,
  matchRaw,
  readReference,
  writtenCharacters,
  type RawCharacter
} from './raw-characters.js'
export type {ScalarPiece} from './scalar-pieces.js'
export {yamlScalar, type YamlScalarStyle} from './yaml-scalar.js'
