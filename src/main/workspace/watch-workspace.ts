import { existsSync } from 'node:fs'
import type { ChangeEntry } from '../../shared/api-contract'
import { lastChangeSeq, listChanges } from './change-log'
import type { Workspace } from './open-workspace'

export interface WorkspaceWatch {
  stop(): void
}

export interface WatchHandlers {
  /** Changes other processes committed, in order. */
  onChanges(changes: ChangeEntry[]): void
  onStatus(status: 'ok' | 'missing' | 'busy', message: string | null): void
}

/** How long one poll waits for another process's lock: a poll never holds up the process it runs in. */
const POLL_BUSY_TIMEOUT_MS = 50

/**
 * Notices other processes' commits by polling PRAGMA data_version (cheap, and unlike a file
 * watcher it works on network drives), then reads what they did from the change log.
 */
export function watchWorkspace(workspace: Workspace, handlers: WatchHandlers, intervalMs = 400): WorkspaceWatch {
  const { db } = workspace
  let dataVersion = db.pragma('data_version', { simple: true }) as number
  let seq = lastChangeSeq(db)
  let status: 'ok' | 'missing' | 'busy' = 'ok'
  const report = (next: typeof status, message: string | null) => {
    if (next !== status) handlers.onStatus(next, message)
    status = next
  }
  const poll = () => {
    if (!db.open) return
    if (workspace.path !== ':memory:' && !existsSync(workspace.path)) {
      report('missing', `The workspace ${workspace.path} cannot be reached. Your unsaved work is kept; Verbatim will reconnect when the file is back.`)
      return
    }
    // Another process holding the lock would make each read wait the full busy timeout, stalling
    // the main process; the poll waits briefly instead and tries again next time.
    const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number
    db.pragma(`busy_timeout = ${POLL_BUSY_TIMEOUT_MS}`)
    try {
      const version = db.pragma('data_version', { simple: true }) as number
      if (version !== dataVersion) {
        const latest = lastChangeSeq(db)
        const changes = listChanges(db, seq, { exceptSession: workspace.sessionId, limit: 1_000 })
        dataVersion = version
        seq = latest
        report('ok', null)
        if (changes.length > 0) handlers.onChanges(changes)
      } else {
        report('ok', null)
      }
    } catch (error) {
      const code = (error as { code?: string }).code
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
        report('busy', `The workspace ${workspace.path} is busy: someone else is saving. What you see may be a moment old.`)
      } else {
        report('missing', `The workspace ${workspace.path} cannot be read: ${(error as Error).message}`)
      }
    } finally {
      db.pragma(`busy_timeout = ${busyTimeout}`)
    }
  }
  const timer = setInterval(poll, intervalMs)
  timer.unref?.()
  return {
    stop: () => clearInterval(timer),
  }
}
