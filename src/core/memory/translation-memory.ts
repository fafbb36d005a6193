/** One paid answer, as the memory keeps it. */
export interface MemoryEntry {
  /** `memoryKey` of the unit: what the answer depends on, hashed. */
  key: string
  /** The encoded Italian (XML, with its tags) and the engine's encoded English. */
  source: string
  target: string
  sourceLanguage: string
  targetLanguage: string
  /** The engine and the options that shape its output (`Engine.memoryId`). */
  engine: string
  /** Characters the provider billed for this text. */
  billedCharacters: number
  /** The source language the engine detected, when it said. */
  detectedLanguage?: string | undefined
}

/**
 * Where paid answers are kept between runs (the SQLite store behind
 * `src/fs/`): looked up before anything is sent, added to as each answer
 * arrives. Synchronous, as SQLite through better-sqlite3 is, so an answer
 * is on disk before the next line runs.
 */
export interface TranslationMemory {
  /** The stored English of each key found; keys not found are absent. */
  lookup(keys: readonly string[]): Map<string, string>
  /** Keep `entries`, in one transaction. */
  store(entries: readonly MemoryEntry[]): void
}
