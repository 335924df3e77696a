import type { Database } from 'better-sqlite3'
import type { ChangeEntry } from '../../shared/api-contract'

/** Records what a write did, in words, for the other apps that have the workspace open. */
export function appendChange(db: Database, entry: Omit<ChangeEntry, 'seq' | 'at'>): void {
  db.prepare('INSERT INTO change_log (at, reviewer, kind, subject, summary) VALUES (?, ?, ?, ?, ?)').run(
    new Date().toISOString(),
    entry.reviewer,
    entry.kind,
    entry.subject,
    entry.summary,
  )
}

export function listChanges(db: Database, after: number, limit = 200): ChangeEntry[] {
  return db
    .prepare('SELECT seq, at, reviewer, kind, subject, summary FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?')
    .all(after, limit) as ChangeEntry[]
}

export function lastChangeSeq(db: Database): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM change_log').get() as { seq: number }).seq
}
