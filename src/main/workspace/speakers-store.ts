import type { Database } from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { nameKey, proposeAliases } from '../../core/attribute/speaker-aliases'
import type { SpeakerKind } from '../../core/model'
import type { AliasProposal, SpeakerSummary } from '../../shared/api-contract'
import { appendChange } from './change-log'
import { WorkspaceError } from './errors'
import type { Workspace } from './open-workspace'
import { writeTransaction } from './write-transaction'

/** The id of the speaker with this name, creating the speaker on first sight. */
export function ensureSpeaker(db: Database, name: string, kind: SpeakerKind): string {
  const key = nameKey(name)
  const existing = db.prepare('SELECT id FROM speakers WHERE name_key = ?').get(key) as { id: string } | undefined
  if (existing) return existing.id
  const id = `s${createHash('sha256').update(key).digest('hex').slice(0, 11)}`
  db.prepare('INSERT INTO speakers (id, name, name_key, kind) VALUES (?, ?, ?, ?)').run(id, name, key, kind)
  return id
}

/** Adds fuzzy-name proposals (Yury/Yuri Ushakov) for speakers not yet paired; decisions already made stay. */
export function refreshAliasProposals(db: Database): number {
  const speakers = db.prepare('SELECT id, name FROM speakers ORDER BY id').all() as { id: string; name: string }[]
  const insert = db.prepare(
    `INSERT INTO speaker_links (from_id, to_id, score, reason, status) VALUES (?, ?, ?, ?, 'proposed')
     ON CONFLICT DO NOTHING`,
  )
  const decidedEitherWay = db.prepare('SELECT 1 FROM speaker_links WHERE from_id = ? AND to_id = ?')
  let added = 0
  for (const proposal of proposeAliases(speakers)) {
    if (decidedEitherWay.get(proposal.to, proposal.from)) continue
    added += insert.run(proposal.from, proposal.to, proposal.score, proposal.reason).changes
  }
  return added
}

/**
 * Follows confirmed links to the speaker everyone now calls this one. Links that run in a circle
 * (A is B, B is C, C is A: each confirmed on its own) make one speaker, named by the circle's
 * smallest id, so every member resolves to the same name rather than to each other's.
 */
export function canonicalSpeakerIds(db: Database): Map<string, string> {
  const links = db.prepare("SELECT from_id, to_id FROM speaker_links WHERE status = 'confirmed'").all() as { from_id: string; to_id: string }[]
  const next = new Map(links.map((link) => [link.from_id, link.to_id]))
  const canonical = new Map<string, string>()
  for (const start of next.keys()) {
    const path = [start]
    let current = start
    while (next.has(current)) {
      const to = next.get(current)!
      const loop = path.indexOf(to)
      if (loop >= 0) {
        current = path.slice(loop).reduce((a, b) => (b < a ? b : a))
        break
      }
      path.push(to)
      current = to
    }
    canonical.set(start, current)
  }
  return canonical
}

/** Canonical display name for every speaker id (aliases resolved). */
export function speakerNames(db: Database): Map<string, string> {
  const rows = db.prepare('SELECT id, name FROM speakers').all() as { id: string; name: string }[]
  const names = new Map(rows.map((row) => [row.id, row.name]))
  const canonical = canonicalSpeakerIds(db)
  return new Map(rows.map((row) => [row.id, names.get(canonical.get(row.id) ?? row.id) ?? row.name]))
}

export function listSpeakers(workspace: Workspace): SpeakerSummary[] {
  const { db } = workspace
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.kind, count(q.id) AS quoteCount FROM speakers s LEFT JOIN quotes q ON q.speaker_id = s.id
       GROUP BY s.id ORDER BY s.name COLLATE NOCASE`,
    )
    .all() as { id: string; name: string; kind: SpeakerKind; quoteCount: number }[]
  const canonical = canonicalSpeakerIds(db)
  const byId = new Map(rows.map((row) => [row.id, { ...row, aliases: [] as { id: string; name: string }[] }]))
  const summaries: SpeakerSummary[] = []
  for (const row of byId.values()) {
    const target = canonical.get(row.id)
    if (target && target !== row.id && byId.has(target)) {
      const into = byId.get(target)!
      into.aliases.push({ id: row.id, name: row.name })
      into.quoteCount += row.quoteCount
    } else {
      summaries.push(row)
    }
  }
  return summaries
}

export function listAliasProposals(workspace: Workspace): AliasProposal[] {
  const rows = workspace.db
    .prepare(
      `SELECT l.score, l.reason, l.status, l.decided_by, f.id AS fromId, f.name AS fromName, t.id AS toId, t.name AS toName
       FROM speaker_links l JOIN speakers f ON f.id = l.from_id JOIN speakers t ON t.id = l.to_id
       ORDER BY l.status = 'proposed' DESC, l.score DESC, f.name`,
    )
    .all() as { score: number; reason: string; status: AliasProposal['status']; decided_by: string | null; fromId: string; fromName: string; toId: string; toName: string }[]
  return rows.map((row) => ({
    from: { id: row.fromId, name: row.fromName },
    to: { id: row.toId, name: row.toName },
    score: row.score,
    reason: row.reason,
    status: row.status,
    decidedBy: row.decided_by,
  }))
}

/** Confirms ("the same person") or rejects ("different people": a split) an alias pair. */
export function decideAlias(workspace: Workspace, from: string, to: string, decision: 'confirm' | 'reject', reviewer: string): void {
  writeTransaction(workspace, () => {
    const { db } = workspace
    const names = db.prepare('SELECT id, name FROM speakers WHERE id IN (?, ?)').all(from, to) as { id: string; name: string }[]
    if (names.length !== 2) throw new WorkspaceError('invalid-input', 'Both speakers must exist to link them.')
    const status = decision === 'confirm' ? 'confirmed' : 'rejected'
    const now = new Date().toISOString()
    // An editor's decision can pair any two speakers, proposed or not; the reverse link is dropped.
    db.prepare('DELETE FROM speaker_links WHERE from_id = ? AND to_id = ?').run(to, from)
    db.prepare(
      `INSERT INTO speaker_links (from_id, to_id, score, reason, status, decided_by, decided_at) VALUES (?, ?, 1, 'decided by an editor', ?, ?, ?)
       ON CONFLICT (from_id, to_id) DO UPDATE SET status = excluded.status, decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
    ).run(from, to, status, reviewer, now)
    const nameOf = (id: string) => names.find((n) => n.id === id)!.name
    appendChange(workspace, {
      reviewer,
      kind: 'speaker',
      subject: from,
      summary: decision === 'confirm' ? `confirmed ${nameOf(from)} is ${nameOf(to)}` : `kept ${nameOf(from)} and ${nameOf(to)} apart`,
    })
  })
}

export function renameSpeaker(workspace: Workspace, id: string, name: string, reviewer: string): void {
  writeTransaction(workspace, () => {
    const { db } = workspace
    const old = db.prepare('SELECT name FROM speakers WHERE id = ?').get(id) as { name: string } | undefined
    if (!old) throw new WorkspaceError('not-found', `There is no speaker ${id}.`)
    const clash = db.prepare('SELECT id FROM speakers WHERE name_key = ? AND id <> ?').get(nameKey(name), id) as { id: string } | undefined
    if (clash) throw new WorkspaceError('invalid-input', `Another speaker is already called ${name}: link the two instead.`)
    db.prepare('UPDATE speakers SET name = ?, name_key = ? WHERE id = ?').run(name, nameKey(name), id)
    appendChange(workspace, { reviewer, kind: 'speaker', subject: id, summary: `renamed ${old.name} to ${name}` })
  })
}
