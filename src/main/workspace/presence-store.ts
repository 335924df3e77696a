import type { Database } from 'better-sqlite3'
import type { PresenceEntry } from '../../shared/api-contract'

/** A reviewer is shown as present while their app has written a heartbeat within this time. */
export const PRESENCE_STALE_MS = 60_000

export function heartbeat(db: Database, sessionId: string, reviewer: string, host: string | null): void {
  const now = new Date()
  db.prepare(
    `INSERT INTO presence (session_id, reviewer, host, heartbeat_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id) DO UPDATE SET reviewer = excluded.reviewer, heartbeat_at = excluded.heartbeat_at`,
  ).run(sessionId, reviewer, host, now.toISOString())
  // Rows of apps that crashed or lost the drive are cleared by whoever is still here.
  db.prepare('DELETE FROM presence WHERE heartbeat_at < ?').run(new Date(now.getTime() - 10 * PRESENCE_STALE_MS).toISOString())
}

export function leave(db: Database, sessionId: string): void {
  db.prepare('DELETE FROM presence WHERE session_id = ?').run(sessionId)
}

export function listPresence(db: Database, sessionId: string, now = new Date()): PresenceEntry[] {
  const since = new Date(now.getTime() - PRESENCE_STALE_MS).toISOString()
  const rows = db
    .prepare('SELECT session_id, reviewer, host, heartbeat_at FROM presence WHERE heartbeat_at >= ? ORDER BY reviewer, session_id')
    .all(since) as { session_id: string; reviewer: string; host: string | null; heartbeat_at: string }[]
  return rows.map((row) => ({ reviewer: row.reviewer, host: row.host, heartbeatAt: row.heartbeat_at, self: row.session_id === sessionId }))
}
