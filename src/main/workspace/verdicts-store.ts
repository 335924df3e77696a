import type { Database } from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { Evidence, Verdict, VerdictEntryStatus } from '../../core/model'
import { resolveVerdicts } from '../../core/verdict/resolve-verdicts'
import { appendChange } from './change-log'
import { WorkspaceError } from './errors'
import type { Workspace } from './open-workspace'
import { writeTransaction } from './write-transaction'
import { touchReviewer } from './articles-store'

export interface VerdictRequest {
  quoteId: string
  status: VerdictEntryStatus
  note?: string
  evidence?: Evidence | null
  /** The verdicts the reviewer saw; the new one replaces exactly these. */
  supersedes: string[]
  reviewer: string
}

interface VerdictRow {
  id: string
  quote_id: string
  status: VerdictEntryStatus
  note: string
  evidence: string | null
  reviewer: string
  created_at: string
  supersedes: string | null
}

const SELECT_VERDICTS = `SELECT v.id, v.quote_id, v.status, v.note, v.evidence, v.reviewer, v.created_at,
  (SELECT group_concat(s.superseded_id, ' ') FROM verdict_supersedes s WHERE s.verdict_id = v.id) AS supersedes
  FROM verdicts v`

function toVerdict(row: VerdictRow): Verdict {
  return {
    id: row.id,
    quote: row.quote_id,
    status: row.status,
    note: row.note,
    evidence: row.evidence ? decodeEvidence(row.evidence) : null,
    reviewer: row.reviewer,
    createdAt: row.created_at,
    supersedes: row.supersedes ? row.supersedes.split(' ').sort() : [],
  }
}

/** Stored evidence read back; evidence that is not what was written (a damaged or edited file) is dropped, the verdict kept. */
function decodeEvidence(stored: string): Evidence | null {
  try {
    const value = JSON.parse(stored) as Partial<Evidence> | null
    const offset = (n: unknown) => Number.isInteger(n) && (n as number) >= 0
    if (typeof value?.article === 'string' && typeof value.text === 'string' && offset(value.start) && offset(value.end) && (value.quote === null || typeof value.quote === 'string')) {
      return { article: value.article, quote: value.quote, start: value.start!, end: value.end!, text: value.text }
    }
  } catch {
    // Falls through: no evidence rather than no history.
  }
  return null
}

/** Appends a verdict to a quote's history. Nothing is overwritten: replaced verdicts stay in the history. */
export function appendVerdict(workspace: Workspace, request: VerdictRequest): Verdict {
  return writeTransaction(workspace, () => {
    const { db } = workspace
    const quote = db.prepare('SELECT text FROM quotes WHERE id = ?').get(request.quoteId) as { text: string } | undefined
    if (!quote) throw new WorkspaceError('not-found', `There is no quote ${request.quoteId} in this workspace.`)
    const known = new Set((db.prepare('SELECT id FROM verdicts WHERE quote_id = ?').all(request.quoteId) as { id: string }[]).map((r) => r.id))
    const unknown = request.supersedes.filter((id) => !known.has(id))
    if (unknown.length > 0) throw new WorkspaceError('not-found', `Verdict ${unknown[0]} is not in this quote's history.`)

    const verdict: Verdict = {
      id: randomUUID(),
      quote: request.quoteId,
      status: request.status,
      note: request.note?.trim() ?? '',
      evidence: request.evidence ?? null,
      reviewer: request.reviewer,
      createdAt: nextTimestamp(db, request.quoteId),
      supersedes: [...new Set(request.supersedes)].sort(),
    }
    insertVerdict(db, verdict)
    touchReviewer(workspace, request.reviewer)
    const short = quote.text.length > 60 ? `${quote.text.slice(0, 57)}…` : quote.text
    appendChange(workspace, {
      reviewer: request.reviewer,
      kind: 'verdict',
      subject: request.quoteId,
      summary: verdict.status === 'withdrawn' ? `withdrew a verdict on “${short}”` : `marked “${short}” ${verdict.status}`,
    })
    return verdict
  })
}

/** Inserts one history entry as it is (also used when merging another copy's history). */
export function insertVerdict(db: Database, verdict: Verdict): boolean {
  const inserted = db
    .prepare('INSERT INTO verdicts (id, quote_id, status, note, evidence, reviewer, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING')
    .run(verdict.id, verdict.quote, verdict.status, verdict.note, verdict.evidence ? JSON.stringify(verdict.evidence) : null, verdict.reviewer, verdict.createdAt)
  if (inserted.changes === 0) return false
  const link = db.prepare('INSERT OR IGNORE INTO verdict_supersedes (verdict_id, superseded_id) VALUES (?, ?)')
  for (const old of verdict.supersedes) link.run(verdict.id, old)
  return true
}

// Times are the order of a history: a new entry is never older than the entries it follows,
// even when two machines' clocks disagree.
function nextTimestamp(db: Database, quoteId: string): string {
  const now = new Date().toISOString()
  const latest = (db.prepare('SELECT max(created_at) AS at FROM verdicts WHERE quote_id = ?').get(quoteId) as { at: string | null }).at
  if (!latest || latest < now) return now
  return new Date(Date.parse(latest) + 1).toISOString()
}

export function listVerdicts(db: Database, quoteId: string): Verdict[] {
  return (db.prepare(`${SELECT_VERDICTS} WHERE v.quote_id = ? ORDER BY v.created_at, v.id`).all(quoteId) as VerdictRow[]).map(toVerdict)
}

/** Every quote's history, for lists and reports that show many claims at once. */
export function verdictsByQuote(db: Database): Map<string, Verdict[]> {
  const byQuote = new Map<string, Verdict[]>()
  for (const row of db.prepare(`${SELECT_VERDICTS} ORDER BY v.created_at, v.id`).all() as VerdictRow[]) {
    const verdict = toVerdict(row)
    const list = byQuote.get(verdict.quote)
    if (list) list.push(verdict)
    else byQuote.set(verdict.quote, [verdict])
  }
  return byQuote
}

/** Withdraws the reviewer's own latest standing verdict on a quote: the editor's undo. */
export function withdrawLatestVerdict(workspace: Workspace, quoteId: string, reviewer: string): Verdict | null {
  const { heads } = resolveVerdicts(listVerdicts(workspace.db, quoteId))
  const own = heads.filter((head) => head.reviewer === reviewer).at(-1)
  if (!own) return null
  return appendVerdict(workspace, { quoteId, status: 'withdrawn', supersedes: [own.id], reviewer })
}
