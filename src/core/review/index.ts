// Review: what a side-by-side file holds for an article's units, checked
// before any of it is used; a reviewer's English as an engine's answer.
export {priorFromSideBySide, type PriorOptions} from './prior-from-side-by-side.js'
export {reviewedXml, type ReviewedXml} from './reviewed-xml.js'
