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
  onStatus(status: 'ok' | 'missing', message: string | null): void
}

/**
 * Notices other processes' commits by polling PRAGMA data_version (cheap, and unlike a file
 * watcher it works on network drives), then reads what they did from the change log.
 */
export function watchWorkspace(workspace: Workspace, handlers: WatchHandlers, intervalMs = 400): WorkspaceWatch {
  const { db } = workspace
  let dataVersion = db.pragma('data_version', { simple: true }) as number
  let seq = lastChangeSeq(db)
  let missing = false
  const poll = () => {
    if (!db.open) return
    if (workspace.path !== ':memory:' && !existsSync(workspace.path)) {
      if (!missing) handlers.onStatus('missing', `The workspace ${workspace.path} cannot be reached. Your unsaved work is kept; Verbatim will reconnect when the file is back.`)
      missing = true
      return
    }
    try {
      const version = db.pragma('data_version', { simple: true }) as number
      if (missing) {
        missing = false
        handlers.onStatus('ok', null)
      }
      if (version === dataVersion) return
      dataVersion = version
      const latest = lastChangeSeq(db)
      const changes = listChanges(db, seq, { exceptSession: workspace.sessionId, limit: 1_000 })
      seq = latest
      if (changes.length > 0) handlers.onChanges(changes)
    } catch (error) {
      if (!missing) handlers.onStatus('missing', `The workspace ${workspace.path} cannot be read: ${(error as Error).message}`)
      missing = true
    }
  }
  const timer = setInterval(poll, intervalMs)
  timer.unref?.()
  return {
    stop: () => clearInterval(timer),
  }
}
