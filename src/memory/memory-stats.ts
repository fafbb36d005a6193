import type {Database} from 'better-sqlite3'

/** The entries of one engine and target language, and what they cost and saved. */
export interface MemoryGroup {
  engine: string
  targetLanguage: string
  entries: number
  /** Characters DeepL billed for these answers, once each. */
  billedCharacters: number
  /** Characters not billed again: each lookup that found an entry saved its billed characters. */
  savedCharacters: number
}

/** What the memory holds, per engine and target language, and in all. */
export function memoryStats(db: Database): {
  groups: MemoryGroup[]
  total: Omit<MemoryGroup, 'engine' | 'targetLanguage'>
} {
  const groups = db
    .prepare(
      `SELECT engine, target_language AS targetLanguage, count(*) AS entries,
         coalesce(sum(billed_characters), 0) AS billedCharacters,
         coalesce(sum(hits * billed_characters), 0) AS savedCharacters
       FROM translations GROUP BY engine, target_language ORDER BY engine, target_language`
    )
    .all() as MemoryGroup[]
  const total = {entries: 0, billedCharacters: 0, savedCharacters: 0}
  for (const group of groups) {
    total.entries += group.entries
    total.billedCharacters += group.billedCharacters
    total.savedCharacters += group.savedCharacters
  }
  return {groups, total}
}
