import type { Workspace } from './open-workspace'
import { WorkspaceError, classifySqliteError } from './errors'

const RETRY_DELAYS_MS = [50, 100, 200, 400, 800, 1_600]

/**
 * Runs `fn` in one short write transaction (BEGIN IMMEDIATE, so two writers never deadlock
 * upgrading their read locks). When another process holds the lock past SQLite's busy timeout,
 * retries with backoff; only a lock that lasts becomes an error the user sees.
 */
export function writeTransaction<T>(workspace: Workspace, fn: () => T): T {
  if (workspace.readOnly) {
    throw new WorkspaceError('read-only', `The workspace ${workspace.path} is open read-only: changes cannot be saved.`)
  }
  const run = workspace.db.transaction(fn)
  for (let attempt = 0; ; attempt++) {
    try {
      return run.immediate()
    } catch (error) {
      const code = (error as { code?: string }).code
      const busy = code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
      if (!busy || attempt >= RETRY_DELAYS_MS.length) throw classifySqliteError(error, workspace.path)
      sleepSync(RETRY_DELAYS_MS[attempt] * (0.5 + Math.random()))
    }
  }
}

// better-sqlite3 is synchronous; the wait happens in the main process or the CLI, never the UI thread.
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}
