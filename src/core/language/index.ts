// What glossa knows of Italian and English words: Italian plurals and the
// function words around a noun, English plurals and spelling variants, and
// text as the term automaton reads it.
export {englishForms, englishPlural} from './english-forms.js'
export {hasWords} from './has-words.js'
export {italianForms, italianFunctionWords} from './italian-forms.js'
export {endsWord, normalizeForm, normalizeText, startsWord, type NormalizedText} from './normalize-text.js'
