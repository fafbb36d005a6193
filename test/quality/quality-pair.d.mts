/** Types for the shared quality-pair reader (plain JavaScript, so node runs it directly). */
export declare function qualityPair(pair: {it: string; en: string}): {
  italian: string
  english: string
  italianMarkdown: string
  englishMarkdown: string
}
