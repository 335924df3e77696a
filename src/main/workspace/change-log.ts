import type { Database } from 'better-sqlite3'
import type { ChangeEntry } from '../../shared/api-contract'
import type { Workspace } from './open-workspace'

/** Records what a write did, in words, for the other apps that have the workspace open. */
export function appendChange(workspace: Workspace, entry: Omit<ChangeEntry, 'seq' | 'at'>): void {
  workspace.db.prepare('INSERT INTO change_log (at, reviewer, kind, subject, summary, session_id) VALUES (?, ?, ?, ?, ?, ?)').run(
    new Date().toISOString(),
    entry.reviewer,
    entry.kind,
    entry.subject,
    entry.summary,
    workspace.sessionId,
  )
}

/** Changes after `after`; with `exceptSession`, only those other connections made. */
export function listChanges(db: Database, after: number, options: { exceptSession?: string; limit?: number } = {}): ChangeEntry[] {
  return db
    .prepare(
      `SELECT seq, at, reviewer, kind, subject, summary FROM change_log
       WHERE seq > ? AND (? IS NULL OR session_id IS NULL OR session_id <> ?) ORDER BY seq LIMIT ?`,
    )
    .all(after, options.exceptSession ?? null, options.exceptSession ?? null, options.limit ?? 200) as ChangeEntry[]
}

export function lastChangeSeq(db: Database): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM change_log').get() as { seq: number }).seq
}
