// Inline markup across the engine: a unit's phrasing content as XML with
// tags, and the engine's XML back as Markdown, its tags checked.
export {checkTags, type TagProblem} from './check-tags.js'
export {decodeInline, type DecodeOptions, type Decoded} from './decode-inline.js'
export {
  encodeInline,
  encodePlain,
  walkInline,
  type Encoding,
  type Inline,
  type Protected,
  type Tag
} from './encode-inline.js'
export {escapeMarkdown} from './markdown-escape.js'
export {heldMarkup, pieceAt, plainOffset, type PlainPiece, type PlainText} from './plain-text.js'
export {plainTranslation} from './plain-translation.js'
export {escapeXml, tokenizeXml, type XmlToken} from './xml.js'
