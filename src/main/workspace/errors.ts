// Workspace failures, classified so the UI and the CLI can say something useful about each.

export type WorkspaceErrorCode =
  | 'missing' // the file is not there (a drive disconnected, a typo)
  | 'not-a-workspace' // some other file: not SQLite, or SQLite without Verbatim's schema
  | 'corrupt' // SQLite says the file is damaged
  | 'newer-version' // written by a newer Verbatim; never downgraded
  | 'read-only' // the file or its folder cannot be written
  | 'busy' // another process held the lock for longer than we wait
  | 'not-found' // an id that names nothing in this workspace
  | 'invalid-input' // a request the workspace refuses (bad value, wrong state)

export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError'
  constructor(
    readonly code: WorkspaceErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

const SQLITE_CODE_TO_ERROR: Record<string, WorkspaceErrorCode> = {
  SQLITE_CORRUPT: 'corrupt',
  SQLITE_CORRUPT_VTAB: 'corrupt',
  SQLITE_NOTADB: 'not-a-workspace',
  SQLITE_READONLY: 'read-only',
  SQLITE_READONLY_DIRECTORY: 'read-only',
  SQLITE_READONLY_DBMOVED: 'missing',
  SQLITE_CANTOPEN: 'missing',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
  SQLITE_IOERR_DELETE_NOENT: 'missing',
}

/** Turns a better-sqlite3 error into a WorkspaceError with words a person understands. */
export function classifySqliteError(error: unknown, path: string): WorkspaceError {
  if (error instanceof WorkspaceError) return error
  const code = (error as { code?: string })?.code ?? ''
  const kind = SQLITE_CODE_TO_ERROR[code] ?? (code.startsWith('SQLITE_IOERR') ? 'missing' : undefined)
  switch (kind) {
    case 'corrupt':
      return new WorkspaceError('corrupt', `The workspace ${path} is damaged and cannot be read. Open a backup copy instead.`, { cause: error })
    case 'not-a-workspace':
      return new WorkspaceError('not-a-workspace', `${path} is not a Verbatim workspace.`, { cause: error })
    case 'read-only':
      return new WorkspaceError('read-only', `The workspace ${path} is read-only: changes cannot be saved.`, { cause: error })
    case 'busy':
      return new WorkspaceError('busy', `The workspace ${path} is busy: someone else is saving. Try again in a moment.`, { cause: error })
    case 'missing':
      return new WorkspaceError('missing', `The workspace ${path} cannot be reached (was the drive disconnected?).`, { cause: error })
    default:
      return new WorkspaceError('invalid-input', error instanceof Error ? error.message : String(error), { cause: error })
  }
}
