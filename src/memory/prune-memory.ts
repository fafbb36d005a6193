import type {Database} from 'better-sqlite3'

/**
 * Drop the entries whose Italian (`source`, encoded) is not in `live`, in
 * one statement; with `dryRun`, only count them. By text, not by key: every
 * answer to a live text is kept, whatever its engine, target or glossary.
 * Returns how many entries went (or would go) and how many there were.
 */
export function pruneMemory(
  db: Database,
  live: ReadonlySet<string>,
  dryRun: boolean
): {dropped: number; entries: number} {
  const list = JSON.stringify([...live])
  const dead = 'source NOT IN (SELECT value FROM json_each(?))'
  return db.transaction(() => {
    const entries = db.prepare('SELECT count(*) FROM translations').pluck().get() as number
    const dropped = dryRun
      ? (db
          .prepare('SELECT count(*) FROM translations WHERE ' + dead)
          .pluck()
          .get(list) as number)
      : db.prepare('DELETE FROM translations WHERE ' + dead).run(list).changes
    return {dropped, entries}
  })()
}
