// Glossary terms in the text: the forms of every entry compiled into one
// automaton, found in a unit's words and placed in the source, and checked
// against the unit's translation.
export {buildAutomaton, type Automaton} from './build-automaton.js'
export {findTerms, type UnitTerm} from './find-terms.js'
export {compileTerms, matchTerms, type TermMatch, type TermMatcher} from './term-matcher.js'
export {verifyTerms, type TermFinding, type TermRule} from './verify-terms.js'
