/** Types for the spec-example reader (plain JavaScript, so node runs it directly). */
export type SpecName = 'commonmark' | 'gfm'

export interface SpecExample {
  spec: SpecName
  /** The example's number in its spec, from 1. */
  number: number
  /** The heading of the section it sits in. */
  section: string
  markdown: string
}

export declare const specFiles: Record<SpecName, string>

/** Every example of one spec text, with its expected HTML. */
export declare function parseSpec(spec: SpecName, text: string): Array<SpecExample & {html: string}>

/** Every example of both specs, GFM's repeats included: 655 + 673 = 1,328. */
export declare function allSpecExamples(): Array<SpecExample & {html: string}>

/** The examples once each (distinct Markdown): 699. */
export declare function specExamples(): SpecExample[]

/** The name an example goes by: `commonmark-12`, `gfm-204`. */
export declare function exampleId(example: {spec: string; number: number}): string
