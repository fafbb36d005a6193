/** Types for the DeepL-compatible test server (plain JavaScript, so node runs it directly). */
export declare const maximumTexts: number
export declare const maximumBodyBytes: number

export type Behaviour =
  'ok' | 'forbidden' | 'quota' | 'busy-once' | 'unavailable' | 'slow' | 'wrong-count' | 'quota-after-first'

export interface ServerState {
  behaviour: Behaviour
  slowMs: number
  /** Milliseconds every translate answer waits before it is sent (the `latencyMs` option; may be changed between runs). */
  latencyMs: number
  translate: (text: string, glossary: Map<string, string> | undefined) => string
  /** Answer a translate request with this HTTP status instead, when it returns one. */
  failWhen: ((texts: string[]) => number | undefined) | undefined
  counters: {
    translate: number
    translateTexts: number
    glossaryCreate: number
    glossaryDelete: number
    usage: number
    rejected: number
  }
  requests: Array<{fields: Record<string, string[]>; bytes: number}>
  glossaries: Map<string, {glossary_id: string; name: string; entries: string; entry_count: number}>
  characterCount: number
}

export interface DeepLServer {
  url: string
  state: ServerState
  behave(behaviour: Behaviour): void
  close(): Promise<void>
}

export declare function startDeepLServer(options?: {
  authKey?: string
  port?: number
  translate?: (text: string, glossary: Map<string, string> | undefined) => string
  characterLimit?: number
  maxGlossaries?: number
  /** Delay every /v2/translate answer by this many milliseconds, as a round trip to DeepL would (default: 0). */
  latencyMs?: number
}): Promise<DeepLServer>

/** Replace glossary terms as DeepL does: exact, case-sensitive forms, whole words, outside markup. */
export declare function applyGlossary(text: string, glossary: Map<string, string> | undefined): string
