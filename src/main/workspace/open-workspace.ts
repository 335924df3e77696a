import Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { accessSync, constants, existsSync, openSync, readSync, closeSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { WorkspaceError, classifySqliteError } from './errors'
import { MIGRATIONS, SCHEMA_VERSION } from './migrations'

/** 'VBAT': marks a SQLite file as a Verbatim workspace (PRAGMA application_id). */
export const APPLICATION_ID = 0x56424154
export const WORKSPACE_EXTENSION = '.verbatim'
const SQLITE_HEADER = 'SQLite format 3\u0000'
/** How long one statement waits for another process's lock before SQLite reports busy. */
export const BUSY_TIMEOUT_MS = 5_000

export type JournalMode = 'delete' | 'wal'

export interface OpenOptions {
  /** Create the file when it does not exist. */
  create?: boolean
  /** WAL only for files the user says are local: SQLite's WAL does not work over network filesystems. */
  journal?: JournalMode
  /** Open without writing even when the file is writable. */
  readOnly?: boolean
}

export interface Workspace {
  readonly db: Database.Database
  /** ':memory:' for a temporary workspace. */
  readonly path: string
  readonly readOnly: boolean
  /** Set when opening upgraded an older file: where its copy from before the upgrade was saved. */
  readonly backupPath: string | null
  /** This connection's id: the change log marks its own entries with it, so a watcher skips them. */
  readonly sessionId: string
}

/** A workspace that lives only in memory: for `verbatim check a.txt b.txt` and for tests. */
export function openMemoryWorkspace(): Workspace {
  const db = new Database(':memory:')
  configure(db, 'delete')
  migrate(db)
  return { db, path: ':memory:', readOnly: false, backupPath: null, sessionId: randomUUID() }
}

/**
 * Opens (or creates) a workspace file, upgrading its schema if it is older than this app.
 * Refuses, leaving the file untouched: a missing file (unless create), a file that is not a
 * workspace, a damaged one, one written by a newer Verbatim.
 */
export function openWorkspace(path: string, options: OpenOptions = {}): Workspace {
  const exists = existsSync(path)
  if (!exists && !options.create) {
    throw new WorkspaceError('missing', `There is no workspace at ${path}.`)
  }
  if (exists) checkHeader(path)
  const readOnly = options.readOnly === true || (exists ? !isWritable(path) : false)
  if (!exists && !isWritable(dirname(path))) {
    throw new WorkspaceError('read-only', `Cannot create a workspace in ${dirname(path)}: the folder is read-only.`)
  }

  let db: Database.Database
  try {
    db = new Database(path, { readonly: readOnly, fileMustExist: exists, timeout: BUSY_TIMEOUT_MS })
  } catch (error) {
    throw classifySqliteError(error, path)
  }
  try {
    if (!readOnly) configure(db, options.journal ?? 'delete')
    else db.pragma('foreign_keys = ON')
    const backupPath = prepareSchema(db, path, readOnly)
    return { db, path, readOnly, backupPath, sessionId: randomUUID() }
  } catch (error) {
    db.close()
    throw classifySqliteError(error, path)
  }
}

export function closeWorkspace(workspace: Workspace): void {
  if (workspace.db.open) workspace.db.close()
}

function configure(db: Database.Database, journal: JournalMode): void {
  db.pragma('foreign_keys = ON')
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  db.pragma(`journal_mode = ${journal === 'wal' ? 'WAL' : 'DELETE'}`)
  // FULL in rollback mode so a committed verdict survives a power cut on a shared drive.
  db.pragma(journal === 'wal' ? 'synchronous = NORMAL' : 'synchronous = FULL')
}

function checkHeader(path: string): void {
  const info = statSync(path)
  // A folder, a pipe or a device: reading it would fail in words nobody understands, or block.
  if (!info.isFile()) {
    throw new WorkspaceError('not-a-workspace', `${path} is ${info.isDirectory() ? 'a folder' : 'not a file'}, not a Verbatim workspace.`)
  }
  const size = info.size
  if (size === 0) return // an empty file is a new workspace SQLite has not written yet
  const fd = openSync(path, 'r')
  try {
    const header = Buffer.alloc(16)
    readSync(fd, header, 0, 16, 0)
    if (header.toString('latin1') !== SQLITE_HEADER) {
      throw new WorkspaceError('not-a-workspace', `${path} is not a Verbatim workspace (it is not a SQLite database).`)
    }
  } finally {
    closeSync(fd)
  }
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK)
    // The rollback journal is created beside the file, so its folder must be writable too.
    accessSync(dirname(path), constants.W_OK)
    return true
  } catch {
    return false
  }
}

/** Checks identity, integrity and version; applies pending migrations. Returns the backup path, if any. */
function prepareSchema(db: Database.Database, path: string, readOnly: boolean): string | null {
  const applicationId = db.pragma('application_id', { simple: true }) as number
  const version = db.pragma('user_version', { simple: true }) as number
  const tableCount = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n

  if (applicationId !== APPLICATION_ID && !(applicationId === 0 && tableCount === 0)) {
    throw new WorkspaceError('not-a-workspace', `${path} is a SQLite database, but not a Verbatim workspace.`)
  }
  if (version > SCHEMA_VERSION) {
    throw new WorkspaceError(
      'newer-version',
      `${path} was written by a newer version of Verbatim (workspace version ${version}; this app reads up to ${SCHEMA_VERSION}). Update Verbatim to open it.`,
    )
  }
  if (version === 0 && tableCount > 0) {
    // Verbatim's tables without a version: the header was damaged or edited; migrating would fail on the tables.
    throw new WorkspaceError('corrupt', `The workspace ${path} is damaged (it has no schema version). Open a backup copy instead.`)
  }
  const integrity = db.pragma('quick_check', { simple: true }) as string
  if (integrity !== 'ok') {
    throw new WorkspaceError('corrupt', `The workspace ${path} is damaged (${integrity}). Open a backup copy instead.`)
  }
  if (version === SCHEMA_VERSION) return null
  if (readOnly) {
    throw new WorkspaceError('read-only', `${path} needs upgrading to this version of Verbatim, but it is read-only.`)
  }
  let backupPath: string | null = null
  if (version > 0) {
    backupPath = `${path}.v${version}.backup`
    if (existsSync(backupPath)) backupPath = `${path}.v${version}.${Date.now()}.backup`
    // VACUUM INTO writes a consistent copy even while others hold the file open.
    db.prepare('VACUUM INTO ?').run(backupPath)
  }
  migrate(db)
  return backupPath
}

/** Applies every pending migration in one transaction: all of them, or none. */
export function migrate(db: Database.Database, migrations = MIGRATIONS): void {
  db.transaction(() => {
    // Read inside the write lock: another process may have upgraded the file meanwhile.
    const current = db.pragma('user_version', { simple: true }) as number
    for (const migration of migrations) {
      if (migration.version <= current) continue
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    }
    if (current === 0) {
      db.pragma(`application_id = ${APPLICATION_ID}`)
      db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?), (?, ?)').run(
        'workspace_id',
        randomUUID(),
        'created_at',
        new Date().toISOString(),
      )
    }
  }).immediate()
}
