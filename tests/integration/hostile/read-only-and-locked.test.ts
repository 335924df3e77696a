// A workspace that cannot be written: opened read-only, or locked by another process that holds
// its write lock. Writes are refused with the 'read-only' or 'busy' error in words, or wait for a
// short lock and then succeed; nothing is half-written, and a refused file stays byte for byte.
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createApiHost, type ApiHost } from '../../../src/main/api/create-api-host'
import type { ApiEvent } from '../../../src/shared/api-contract'
import { storeArticle } from '../../../src/main/import/import-articles'
import { articleFromPaste } from '../../../src/main/import/read-article'
import { deleteArticle } from '../../../src/main/workspace/articles-store'
import { listClaims } from '../../../src/main/workspace/claims-store'
import { WorkspaceError } from '../../../src/main/workspace/errors'
import { closeWorkspace, openWorkspace, type Workspace } from '../../../src/main/workspace/open-workspace'
import { decideAlias, listSpeakers, renameSpeaker } from '../../../src/main/workspace/speakers-store'
import { appendVerdict } from '../../../src/main/workspace/verdicts-store'
import { writeTransaction } from '../../../src/main/workspace/write-transaction'
import { useTempDir } from '../../support/temp-dir'

const tempDir = useTempDir()

const WIRE = `Dockers reject “final” offer

"We have gone as far as any responsible government can go," Labour Minister Ana Mendez told reporters.

Union leader Piotr Kowal said the offer was "an insult to every family on the quayside."`

const LATE = `Talks resume

“We are back at the table,” Kowal said on Friday.`

let templateDir: string
let template: string
beforeAll(() => {
  templateDir = mkdtempSync(join(tmpdir(), 'verbatim-locked-'))
  template = join(templateDir, 'desk.verbatim')
  const ws = openWorkspace(template, { create: true })
  storeArticle(ws, articleFromPaste(WIRE, { role: 'source' }), 'Anna Kowalska')
  closeWorkspace(ws)
})
afterAll(() => rmSync(templateDir, { recursive: true, force: true }))

function copyOfDesk(): string {
  const path = join(tempDir(), 'desk.verbatim')
  copyFileSync(template, path)
  return path
}

function refusal(fn: () => unknown): WorkspaceError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(WorkspaceError)
    return error as WorkspaceError
  }
  throw new Error('expected a WorkspaceError')
}

describe('a workspace opened read-only', () => {
  it('reads, and refuses every kind of write as read-only, leaving the file as it was', () => {
    const path = copyOfDesk()
    const before = readFileSync(path)
    const ws = openWorkspace(path, { readOnly: true })
    try {
      expect(ws.readOnly).toBe(true)
      const [claim] = listClaims(ws)
      expect(claim.quote.text).toBeTruthy()
      const [mendez, kowal] = listSpeakers(ws)
      const writes: Record<string, () => unknown> = {
        import: () => storeArticle(ws, articleFromPaste(LATE), 'Piotr Nowak'),
        verdict: () => appendVerdict(ws, { quoteId: claim.quote.id, status: 'disputed', supersedes: [], reviewer: 'Piotr Nowak' }),
        alias: () => decideAlias(ws, mendez.id, kowal.id, 'confirm', 'Piotr Nowak'),
        rename: () => renameSpeaker(ws, mendez.id, 'A. Mendez', 'Piotr Nowak'),
        delete: () => deleteArticle(ws, claim.article.id, 'Piotr Nowak'),
        transaction: () => writeTransaction(ws, () => ws.db.exec("INSERT INTO workspace_meta VALUES ('k', 'v')")),
      }
      for (const [what, write] of Object.entries(writes)) {
        const error = refusal(write)
        expect(error.code, what).toBe('read-only')
        expect(error.message, what).toBe(`The workspace ${path} is open read-only: changes cannot be saved.`)
      }
    } finally {
      closeWorkspace(ws)
    }
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('a file that would need upgrading is refused read-only, not half-upgraded', () => {
    // An empty file is a workspace not yet written: opening it writes the schema, which read-only cannot.
    const path = join(tempDir(), 'new.verbatim')
    writeFileSync(path, '')
    const error = refusal(() => openWorkspace(path, { readOnly: true }))
    expect(error.code).toBe('read-only')
    expect(error.message).toBe(`${path} needs upgrading to this version of Verbatim, but it is read-only.`)
    expect(readFileSync(path).length).toBe(0)
  })
})

/** Another process holding the workspace's lock (BEGIN EXCLUSIVE) for `holdMs`, after saving a change if asked. */
const HOLDER = `
const Database = require('better-sqlite3')
const [path, holdMs, saveFirst] = process.argv.slice(1)
const db = new Database(path)
if (saveFirst) db.prepare("INSERT INTO change_log (at, reviewer, kind, subject, summary) VALUES (?, 'Mallory', 'import', NULL, 'imported “Late story”')").run(new Date().toISOString())
db.exec('BEGIN EXCLUSIVE')
process.stdout.write('locked\\n')
setTimeout(() => { db.exec('ROLLBACK'); db.close() }, Number(holdMs))
`
const holders: ChildProcess[] = []
afterEach(() => {
  for (const child of holders.splice(0)) if (child.exitCode === null) child.kill()
})

function holdLock(path: string, holdMs: number, saveFirst = false): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', HOLDER, path, String(holdMs), ...(saveFirst ? ['save'] : [])], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] })
  holders.push(child)
  return new Promise((resolve, reject) => {
    let errors = ''
    child.stderr!.on('data', (chunk) => (errors += String(chunk)))
    child.stdout!.on('data', (chunk) => String(chunk).includes('locked') && resolve(child))
    child.on('exit', (code) => reject(new Error(`lock holder exited (${code}) before locking: ${errors}`)))
  })
}

const hosts: ApiHost[] = []
afterEach(() => hosts.splice(0).forEach((host) => host.close()))

async function desk(path: string, pollMs?: number): Promise<ApiHost> {
  const host = createApiHost({ settingsPath: join(tempDir(), 'settings.json'), heartbeatMs: 60_000, pollMs })
  hosts.push(host)
  await host.handlers.setReviewer({ name: 'Piotr Nowak' })
  await host.handlers.openWorkspace({ path })
  return host
}

describe('a workspace locked by another process', () => {
  it('a write waits for a lock held a moment, then succeeds', async () => {
    const path = copyOfDesk()
    const { handlers } = await desk(path)
    const [claim] = await handlers.listClaims({})
    await holdLock(path, 1_500)
    const began = performance.now()
    const detail = await handlers.giveVerdict({ quoteId: claim.quote.id, status: 'verified', note: 'Checked against the wire.', supersedes: [] })
    const waited = performance.now() - began
    expect(detail.current).toMatchObject({ status: 'verified', reviewer: 'Piotr Nowak' })
    expect(waited).toBeGreaterThan(1_000)
    expect(waited).toBeLessThan(5_000)
  })

  it('a write against a lock that lasts is refused as busy, in words, and writes nothing', async () => {
    const path = copyOfDesk()
    const ws: Workspace = openWorkspace(path)
    // The app waits 5 s per attempt; a short wait here keeps the test short while every retry still runs.
    ws.db.pragma('busy_timeout = 100')
    const holder = await holdLock(path, 30_000)
    const began = performance.now()
    const error = refusal(() => storeArticle(ws, articleFromPaste(LATE), 'Piotr Nowak'))
    expect(performance.now() - began).toBeLessThan(10_000)
    expect(error.code).toBe('busy')
    expect(error.message).toBe(`The workspace ${path} is busy: someone else is saving. Try again in a moment.`)
    holder.kill()
    await new Promise((resolve) => holder.once('exit', resolve))
    expect(listClaims(ws).map((c) => c.quote.text)).not.toContain('We are back at the table,')
    closeWorkspace(ws)
  })

  it('a read while another process holds the lock is refused as busy, in words', async () => {
    const path = copyOfDesk()
    const { handlers } = await desk(path)
    const holder = await holdLock(path, 8_000)
    const error = await Promise.resolve()
      .then(() => handlers.listClaims({}))
      .catch((caught: unknown) => caught)
    // Let go before the desk closes: leaving writes a presence row, which would wait for the lock.
    holder.kill()
    await new Promise((resolve) => holder.once('exit', resolve))
    expect(error).toBeInstanceOf(WorkspaceError)
    expect(error).toMatchObject({ code: 'busy', message: `The workspace ${path} is busy: someone else is saving. Try again in a moment.` })
  })

  it('the desk shows the workspace busy while the lock lasts, without stalling, then the change and ok', async () => {
    const path = copyOfDesk()
    const host = await desk(path, 100)
    const events: ApiEvent[] = []
    host.onEvent((event) => events.push(event))
    // The longest the event loop went without running a 20 ms timer: what a window would feel.
    let stall = 0
    let last = performance.now()
    const tick = setInterval(() => {
      stall = Math.max(stall, performance.now() - last)
      last = performance.now()
    }, 20)
    const holder = await holdLock(path, 2_500, true)
    await new Promise((resolve) => holder.once('exit', resolve))
    for (let waited = 0; waited < 3_000 && !events.some((e) => e.type === 'changed'); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
    clearInterval(tick)
    expect(events.filter((e) => e.type === 'workspace-status')).toEqual([
      { type: 'workspace-status', status: 'busy', message: `The workspace ${path} is busy: someone else is saving. What you see may be a moment old.` },
      { type: 'workspace-status', status: 'ok', message: null },
    ])
    expect(events.find((e) => e.type === 'changed')).toMatchObject({ changes: [{ reviewer: 'Mallory', summary: 'imported “Late story”' }] })
    // Each poll used to wait out the 5 s busy timeout on the app's only thread, and called the file missing.
    expect(stall).toBeLessThan(1_000)
  })
})
