import Database from 'better-sqlite3'
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WorkspaceError } from '../../../src/main/workspace/errors'
import { SCHEMA_VERSION } from '../../../src/main/workspace/migrations'
import { APPLICATION_ID, closeWorkspace, openWorkspace } from '../../../src/main/workspace/open-workspace'
import { useTempDir } from '../../support/temp-dir'

const tempDir = useTempDir()

function expectWorkspaceError(fn: () => unknown, code: string, words: RegExp): void {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(WorkspaceError)
    expect((error as WorkspaceError).code).toBe(code)
    expect((error as Error).message).toMatch(words)
    return
  }
  throw new Error('expected a WorkspaceError')
}

describe('openWorkspace', () => {
  it('creates a new workspace with the current schema, the rollback journal and foreign keys on', () => {
    const path = join(tempDir(), 'desk.verbatim')
    const ws = openWorkspace(path, { create: true })
    expect(ws.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(ws.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(ws.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0)
    closeWorkspace(ws)
    const again = openWorkspace(path)
    expect(again.backupPath).toBeNull()
    closeWorkspace(again)
  })

  it('uses WAL only when asked for a local file', () => {
    const ws = openWorkspace(join(tempDir(), 'local.verbatim'), { create: true, journal: 'wal' })
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal')
    closeWorkspace(ws)
  })

  it('says when there is no workspace at the path, and creates nothing', () => {
    const path = join(tempDir(), 'nothing-here.verbatim')
    expectWorkspaceError(() => openWorkspace(path), 'missing', /no workspace/)
    expect(existsSync(path)).toBe(false)
  })

  it('refuses a file that is not SQLite and leaves it as it was', () => {
    const path = join(tempDir(), 'notes.verbatim')
    writeFileSync(path, 'Minutes of the editorial meeting, 3 March\n'.repeat(50))
    const before = readFileSync(path)
    expectWorkspaceError(() => openWorkspace(path), 'not-a-workspace', /not a Verbatim workspace/)
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('refuses a SQLite database of another application', () => {
    const path = join(tempDir(), 'other.db')
    const other = new Database(path)
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)')
    other.close()
    const before = readFileSync(path)
    expectWorkspaceError(() => openWorkspace(path), 'not-a-workspace', /not a Verbatim workspace/)
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('refuses a workspace written by a newer Verbatim and leaves it untouched', () => {
    const path = join(tempDir(), 'future.verbatim')
    closeWorkspace(openWorkspace(path, { create: true }))
    const db = new Database(path)
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    db.close()
    const before = readFileSync(path)
    expectWorkspaceError(() => openWorkspace(path), 'newer-version', /newer version of Verbatim/)
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('reports a damaged workspace as corrupt', () => {
    const path = join(tempDir(), 'damaged.verbatim')
    const ws = openWorkspace(path, { create: true })
    const insert = ws.db.prepare('INSERT INTO change_log (at, kind, summary) VALUES (?, ?, ?)')
    ws.db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run('2026-01-01', 'test', 'x'.repeat(200))
    })()
    closeWorkspace(ws)
    const bytes = readFileSync(path)
    // Keep the header page, scribble over the b-tree pages that follow it.
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = (bytes[i] ^ 0x5a) & 0xff
    writeFileSync(path, bytes)
    expectWorkspaceError(() => openWorkspace(path), 'corrupt', /damaged/)
  })

  it('opens a read-only file read-only and refuses to create one in a read-only folder', () => {
    if (process.getuid?.() === 0) {
      // root ignores file permissions; a read-only open is still tested through the option
      const path = join(tempDir(), 'ro.verbatim')
      closeWorkspace(openWorkspace(path, { create: true }))
      const ws = openWorkspace(path, { readOnly: true })
      expect(ws.readOnly).toBe(true)
      expect(() => ws.db.exec("INSERT INTO workspace_meta VALUES ('k', 'v')")).toThrow(/readonly/)
      closeWorkspace(ws)
      return
    }
    const dir = tempDir()
    const path = join(dir, 'ro.verbatim')
    closeWorkspace(openWorkspace(path, { create: true }))
    chmodSync(path, 0o444)
    const ws = openWorkspace(path)
    expect(ws.readOnly).toBe(true)
    closeWorkspace(ws)
    chmodSync(dir, 0o555)
    expectWorkspaceError(() => openWorkspace(join(dir, 'new.verbatim'), { create: true }), 'read-only', /read-only/)
    chmodSync(dir, 0o755)
  })
})
