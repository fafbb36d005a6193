// A test pair as the checks read a unit: its words (markup and link targets
// out, as the pipeline gives them) and its Markdown. Shared by the test and
// by `glossa-results.mjs`, so both check the same thing.

/** The words a check reads: link targets and markup out. */
const words = (/** @type {string} */ text) =>
  text
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<https?:[^>]*>/g, '')
    .replace(/[[\]`*_]/g, '')

export function qualityPair(/** @type {{it: string, en: string}} */ pair) {
  return {
    italian: words(pair.it),
    english: words(pair.en),
    italianMarkdown: pair.it,
    englishMarkdown: pair.en
  }
}
