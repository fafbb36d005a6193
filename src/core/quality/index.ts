// Quality checks of a translated unit, knowing both languages: numbers and
// their scale words, currencies, dates, links, inline code, Italian left over.
export {checkQuality, qualityChecks, type QualityFinding, type QualityPair} from './check-quality.js'
export {readNumbers} from './read-numbers.js'
