import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveVerdicts } from '../../../src/core/verdict/resolve-verdicts'
import { storeArticle } from '../../../src/main/import/import-articles'
import { articleFromPaste } from '../../../src/main/import/read-article'
import { mergeWorkspace } from '../../../src/main/workspace/merge-workspace'
import { closeWorkspace, openWorkspace, type Workspace } from '../../../src/main/workspace/open-workspace'
import { appendVerdict, listVerdicts } from '../../../src/main/workspace/verdicts-store'
import { copyFileSync } from 'node:fs'
import { measureContention } from '../../support/contention'
import { useTempDir } from '../../support/temp-dir'

const tempDir = useTempDir()
const WORKER = join(__dirname, '../../support/crash-worker.ts')

const STORY = `Minister offers dockers a new deal

Labour Minister Ana Mendez said on Tuesday that the government had made a “fair and final” offer to the striking dock workers.

“We have gone as far as any responsible government can go,” Mendez told reporters in Valmora.

Union leader Piotr Kowal rejected it within the hour. “This is not an offer, it is an insult to every family on the quayside,” he said.`

function workspaceWithStory(path: string): { workspace: Workspace; quoteId: string } {
  const workspace = openWorkspace(path, { create: true })
  storeArticle(workspace, articleFromPaste(STORY, { outlet: 'Meridian Wire' }), 'Desk')
  const quoteId = (workspace.db.prepare("SELECT id FROM quotes WHERE text LIKE 'We have gone%'").get() as { id: string }).id
  return { workspace, quoteId }
}

/** Starts a crash worker, waits until it has committed `commits` times, then kills it with SIGKILL. */
function killAfterCommits(mode: 'verdicts' | 'import', path: string, commits: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, mode, path], { stdio: ['ignore', 'pipe', 'pipe'] })
    const committed: string[] = []
    let buffer = ''
    let errors = ''
    child.stderr.on('data', (chunk) => (errors += String(chunk)))
    child.stdout.on('data', (chunk) => {
      buffer += String(chunk)
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) if (line.startsWith('committed ')) committed.push(line.slice(10))
      if (committed.length >= commits) child.kill('SIGKILL')
    })
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(committed) : reject(new Error(`worker ended without being killed: ${errors}`))))
  })
}

describe('one shared workspace file', () => {
  it('keeps both verdicts made from the same state by two processes, flags the conflict, and a third settles it', () => {
    const path = join(tempDir(), 'shared.verbatim')
    const { workspace: setup, quoteId } = workspaceWithStory(path)
    closeWorkspace(setup)
    const ana = openWorkspace(path)
    const piotr = openWorkspace(path)
    // Both saw the claim open.
    appendVerdict(ana, { quoteId, status: 'verified', note: 'Matches the wire.', supersedes: [], reviewer: 'Ana Mendez' })
    appendVerdict(piotr, { quoteId, status: 'disputed', note: 'The transcript says “responsible”, not “any”.', supersedes: [], reviewer: 'Piotr Kowal' })
    const racing = resolveVerdicts(listVerdicts(ana.db, quoteId))
    expect(racing.conflict).toBe(true)
    expect(racing.heads.map((h) => h.reviewer).sort()).toEqual(['Ana Mendez', 'Piotr Kowal'])

    const chief = openWorkspace(path)
    appendVerdict(chief, { quoteId, status: 'disputed', note: 'Settled: Piotr is right.', supersedes: racing.heads.map((h) => h.id), reviewer: 'Desk Chief' })
    const settled = resolveVerdicts(listVerdicts(piotr.db, quoteId))
    expect(settled.conflict).toBe(false)
    expect(settled.current?.reviewer).toBe('Desk Chief')
    expect(listVerdicts(ana.db, quoteId)).toHaveLength(3)
    for (const ws of [ana, piotr, chief]) closeWorkspace(ws)
  })

  it('survives SIGKILL in the middle of a stream of verdicts with every committed verdict kept', async () => {
    const path = join(tempDir(), 'crash-verdicts.verbatim')
    closeWorkspace(workspaceWithStory(path).workspace)
    const committed = await killAfterCommits('verdicts', path, 40)
    const after = openWorkspace(path)
    expect(after.db.pragma('integrity_check', { simple: true })).toBe('ok')
    const stored = new Set((after.db.prepare('SELECT id FROM verdicts').all() as { id: string }[]).map((r) => r.id))
    for (const id of committed) expect(stored.has(id)).toBe(true)
    closeWorkspace(after)
  }, 120_000)

  it('survives SIGKILL in the middle of an import with no partial article', async () => {
    const path = join(tempDir(), 'crash-import.verbatim')
    closeWorkspace(workspaceWithStory(path).workspace)
    const committed = await killAfterCommits('import', path, 3)
    const after = openWorkspace(path)
    expect(after.db.pragma('integrity_check', { simple: true })).toBe('ok')
    const articles = after.db.prepare("SELECT id, text FROM articles WHERE text LIKE 'Crash article%'").all() as { id: string; text: string }[]
    for (const id of committed) expect(articles.some((a) => a.id === id)).toBe(true)
    // Every stored article is whole: all 80 of its quotes are there.
    for (const article of articles) {
      expect((after.db.prepare("SELECT count(*) AS n FROM quotes WHERE article_id = ?").get(article.id) as { n: number }).n).toBe(80)
    }
    closeWorkspace(after)
  }, 120_000)

  it('merges an offline copy with new verdicts, and merging it again changes nothing', () => {
    const dir = tempDir()
    const ours = join(dir, 'desk.verbatim')
    const theirs = join(dir, 'laptop.verbatim')
    const { workspace, quoteId } = workspaceWithStory(ours)
    appendVerdict(workspace, { quoteId, status: 'unverifiable', supersedes: [], reviewer: 'Ana Mendez' })
    closeWorkspace(workspace)
    copyFileSync(ours, theirs)

    const laptop = openWorkspace(theirs)
    const seen = resolveVerdicts(listVerdicts(laptop.db, quoteId)).heads.map((h) => h.id)
    appendVerdict(laptop, { quoteId, status: 'verified', note: 'Checked on the road.', supersedes: seen, reviewer: 'Piotr Kowal' })
    storeArticle(laptop, articleFromPaste('Port reopens\n\n“Ships are moving again,” harbour master Ines Hart said.'), 'Piotr Kowal')
    closeWorkspace(laptop)

    const desk = openWorkspace(ours)
    appendVerdict(desk, { quoteId, status: 'disputed', supersedes: seen, reviewer: 'Ana Mendez' })
    const first = mergeWorkspace(desk, theirs, 'Ana Mendez')
    expect(first).toMatchObject({ articles: 1, verdicts: 1, conflicts: 1 })
    const snapshot = () => desk.db.prepare('SELECT (SELECT count(*) FROM articles) a, (SELECT count(*) FROM quotes) q, (SELECT count(*) FROM verdicts) v, (SELECT count(*) FROM change_log) c, (SELECT count(*) FROM passages) p').get()
    const before = snapshot()
    expect(mergeWorkspace(desk, theirs, 'Ana Mendez')).toEqual({ articles: 0, quotes: 0, verdicts: 0, speakerDecisions: 0, conflicts: 1 })
    expect(snapshot()).toEqual(before)
    expect(resolveVerdicts(listVerdicts(desk.db, quoteId)).conflict).toBe(true)
    const search = desk.db.prepare("SELECT count(*) AS n FROM passages_fts WHERE passages_fts MATCH 'ships'").get() as { n: number }
    expect(search.n).toBeGreaterThan(0)
    closeWorkspace(desk)
  })

  it('takes 2,000 verdicts from 4 writing processes while 2 others poll, with no error and an intact file', async () => {
    const result = await measureContention(join(tempDir(), 'stress.verbatim'), { writers: 4, verdictsEach: 500, readers: 2 })
    expect(result.errorMessages).toEqual([])
    expect(result.stored).toBe(2_000)
    expect(result.integrity).toBe('ok')
  }, 240_000)
})
