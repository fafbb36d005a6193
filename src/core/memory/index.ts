// The translation memory's part of the core: what an answer's key is made
// of, and what a store must do. The store itself (SQLite) is an adapter.
export {memoryKey, pipelineVersion, type MemoryKeyInput} from './memory-key.js'
export type {MemoryEntry, TranslationMemory} from './translation-memory.js'
