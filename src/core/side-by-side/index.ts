// The review file: one GFM table row per unit, cells that read back exactly.
export {decodeCell, encodeCell} from './cell-codec.js'
export {markdownWords} from './markdown-words.js'
export {fingerprint, sourceFingerprint, writtenStatus} from './fingerprint.js'
export {
  isReviewStatus,
  parseSideBySide,
  splitCells,
  type SideBySide,
  type SideBySideRow
} from './parse-side-by-side.js'
export {
  previousMarker,
  italianCell,
  renderSideBySide,
  sideBySideMarker,
  type SideBySideOptions
} from './render-side-by-side.js'
