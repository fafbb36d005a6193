import type {Database} from 'better-sqlite3'

/** Delete every entry (or, with `dryRun`, count them), keeping the file a glossa memory; returns how many. */
export function clearMemory(db: Database, dryRun: boolean): number {
  if (dryRun) return db.prepare('SELECT count(*) FROM translations').pluck().get() as number
  const deleted = db.prepare('DELETE FROM translations').run().changes
  // Give the space back, so a cleared memory is small again.
  db.exec('VACUUM')
  return deleted
}
