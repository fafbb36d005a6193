import type {Engine, TargetLanguage} from '../engine.js'
import type {Glossary} from '../glossary/index.js'
import type {TranslationMemory} from '../memory/index.js'
import {qualityChecks} from '../quality/index.js'
import {compileTerms, type TermMatcher} from '../terms/index.js'

/** What a run of `translateDocument` is asked to do. */
export interface DocumentOptions {
  engine: Engine
  targetLanguage: TargetLanguage
  /** Front-matter fields to translate. */
  fields: readonly string[]
  /** The project glossary: its terms are checked on every unit, and it goes to the engine. */
  glossary?: Glossary | undefined
  /** Where paid answers are kept; used only with an engine that has a `memoryId`. */
  memory?: TranslationMemory | undefined
  /** The quality checks to run (rule ids); default all. */
  checks?: ReadonlySet<string> | undefined
}

/** The options of a run, settled once for all its articles. */
export interface DocumentSettings {
  engine: Engine
  targetLanguage: TargetLanguage
  fields: readonly string[]
  /** The glossary's terms, compiled once; absent without a glossary or with an empty one. */
  terms: TermMatcher | undefined
  /**
   * Translations received earlier in this run, by encoded text; filled as
   * translations arrive, so identical units across articles are sent once.
   */
  known: Map<string, string>
  /**
   * Translations asked for and not yet back, by encoded text: an article
   * translated at the same time as another waits for those instead of
   * sending them again.
   */
  pending: Map<string, Promise<string | undefined>>
  /** The translation memory, when the run has one and its engine is remembered. */
  memory: TranslationMemory | undefined
  /** The quality checks to run. */
  checks: ReadonlySet<string>
}

/** Settle a run's options once, as unified-engine does: the glossary is compiled here, not per article. */
export function documentSettings(options: DocumentOptions): DocumentSettings {
  const glossary = options.glossary
  return {
    engine: options.engine,
    targetLanguage: options.targetLanguage,
    fields: options.fields,
    terms: glossary && glossary.entries.length > 0 ? compileTerms(glossary) : undefined,
    known: new Map(),
    pending: new Map(),
    memory: options.engine.memoryId === undefined ? undefined : options.memory,
    checks: options.checks ?? new Set(qualityChecks)
  }
}
