/** Types for the spec-example swap harness (plain JavaScript, so node runs it directly). */
import type {SpecExample} from './spec-examples.mjs'

export interface SwapCase extends SpecExample {
  /** `commonmark-12`, `gfm-204`: also the article's file name. */
  id: string
  /** The source with exactly the dictionary's words swapped, only where glossa translates. */
  expected: string
}

export interface SwapResult {
  id: string
  source: string
  expected: string
  /** What glossa wrote (the source when it wrote nothing). */
  got: string
  written: boolean
  /** The rules glossa flagged the article with. */
  flags: string[]
  sameBytes: boolean
  sameParse: boolean
  /** The kind of difference, from the diff alone; `undefined` when the bytes are the same. */
  kind: string | undefined
  /** The kind, with the rules glossa flagged the article with. */
  reason: string | undefined
}

export declare function parseWithoutPositions(markdown: string): unknown
export declare function translatedRanges(markdown: string): Array<[number, number] | [number, number, string]>
export declare function expectedSwap(markdown: string): string
export declare function differingParts(
  expected: string,
  got: string
): {start: number; expected: string; got: string}
export declare function classify(source: string, expected: string, got: string): string
export declare function swapCases(): SwapCase[]
export declare function writeArticles(cwd: string, cases: readonly SwapCase[]): Promise<void>
export declare function compareOutputs(
  cwd: string,
  cases: readonly SwapCase[],
  summary?: {files: Array<{path: string; messages: Array<{ruleId: string | null}>}>}
): Promise<SwapResult[]>
export declare const swapTranslate: (text: string) => string
export declare function reasonCounts(
  results: ReadonlyArray<{reason?: string | undefined}>
): Array<[string, number]>
export declare function allExampleCounts(
  results: readonly SwapResult[],
  cases: readonly SwapCase[]
): {examples: number; sameParse: number; sameBytes: number}
export declare function summaryTable(results: readonly SwapResult[], cases: readonly SwapCase[]): string
