// Storing hostile articles in a workspace: an import that fails at any point writes nothing, one
// that succeeds reads back exactly (lone surrogates and control characters included), and one bad
// file among several costs only itself. Failures are injected with SQLite triggers that abort the
// n-th insert into a table, as a full disk or a damaged page would.
import type Database from 'better-sqlite3'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { importUploads, storeArticle } from '../../../src/main/import/import-articles'
import { articleFromPaste } from '../../../src/main/import/read-article'
import { articleIdFor, getArticle } from '../../../src/main/workspace/articles-store'
import { listClaims } from '../../../src/main/workspace/claims-store'
import { WorkspaceError } from '../../../src/main/workspace/errors'
import { closeWorkspace, openMemoryWorkspace, type Workspace } from '../../../src/main/workspace/open-workspace'
import { hostileArticle } from './hostile-text'

const WIRE = `Dockers reject “final” offer

VALMORA (Meridian Wire) — Striking dock workers on Tuesday rejected what Labour Minister Ana Mendez called a "fair and final" offer.

"We have gone as far as any responsible government can go," Mendez told reporters.

Union leader Piotr Kowal said the offer was "an insult to every family on the quayside."`

const DRAFT = `Minister: we went as far as we could

Labour Minister Ana Mendez said the government had gone “as far as any responsible government can go”.

Piotr Kowal, the union leader, described it as “an insult to every family on the quayside”.`

const encode = (text: string) => new TextEncoder().encode(text)
const opened: Workspace[] = []
afterEach(() => opened.splice(0).forEach(closeWorkspace))

function workspace(): Workspace {
  const ws = openMemoryWorkspace()
  opened.push(ws)
  return ws
}

/** Every table's rows, so "nothing was written" can be checked as equality. */
function snapshot(db: Database.Database): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).raw().all()]))
}

/** Aborts the insert into `table` once it already holds `after` more rows than now. */
function failInsert(db: Database.Database, table: string, after: number, when = '1'): void {
  const base = (db.prepare(`SELECT count(*) AS n FROM main."${table}"`).get() as { n: number }).n
  db.exec(`CREATE TEMP TRIGGER fail_${table} BEFORE INSERT ON main."${table}"
    WHEN (${when}) AND (SELECT count(*) FROM main."${table}") >= ${base + after}
    BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END`)
}

describe('an import that fails midway', () => {
  it('writes nothing, wherever in the transaction it fails', () => {
    fc.assert(
      fc.property(
        hostileArticle.filter((text) => text.trim().length > 0),
        fc.constantFrom('articles', 'quotes', 'passages', 'speakers', 'change_log', 'reviewers'),
        fc.nat({ max: 12 }),
        (text, table, after) => {
          const ws = workspace()
          storeArticle(ws, articleFromPaste(WIRE), 'Ana Mendez')
          const before = snapshot(ws.db)
          failInsert(ws.db, table, after)
          let failed: unknown = null
          try {
            storeArticle(ws, articleFromPaste(text), 'Piotr Kowal', { match: false })
          } catch (error) {
            failed = error
          }
          if (failed) {
            expect(failed).toBeInstanceOf(WorkspaceError)
            expect((failed as Error).message).toContain('disk I/O error (simulated)')
            expect(snapshot(ws.db)).toEqual(before)
          } else {
            // The fault was never reached: the article is there, whole.
            expect(getArticle(ws, articleIdFor(articleFromPaste(text).text))).not.toBeNull()
          }
          closeWorkspace(ws)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('costs only its own file: the files before and after it are imported', async () => {
    const ws = workspace()
    const poisoned = `${DRAFT}\n\n“Quoted words that the disk will never see,” said Ana Mendez.`
    // Fails after three of the poisoned article's passages are written: its quotes are in by then.
    failInsert(ws.db, 'passages', 3, `NEW.article_id = '${articleIdFor(poisoned)}'`)
    const outcomes = await importUploads(
      ws,
      [
        { name: 'wire.txt', bytes: encode(WIRE) },
        { name: 'poisoned.txt', bytes: encode(poisoned) },
        { name: 'draft.md', bytes: encode(DRAFT) },
      ],
      { role: 'source' },
      'Ana Mendez',
    )
    expect(outcomes.map((o) => [o.name, o.status])).toEqual([
      ['wire.txt', 'imported'],
      ['poisoned.txt', 'failed'],
      ['draft.md', 'imported'],
    ])
    expect(outcomes[1]).toMatchObject({ error: 'poisoned.txt: disk I/O error (simulated)' })
    const rows = (sql: string) => (ws.db.prepare(sql).get(articleIdFor(poisoned)) as { n: number }).n
    expect(rows('SELECT count(*) AS n FROM articles WHERE id = ?')).toBe(0)
    expect(rows('SELECT count(*) AS n FROM quotes WHERE article_id = ?')).toBe(0)
    expect(rows('SELECT count(*) AS n FROM passages WHERE article_id = ?')).toBe(0)
    expect(rows("SELECT count(*) AS n FROM change_log WHERE subject = ?")).toBe(0)
  })

  it('when matching fails after the article was written, removes it again, so a retry imports it', async () => {
    const ws = workspace()
    await importUploads(ws, [{ name: 'wire.txt', bytes: encode(WIRE) }], { role: 'source' }, 'Ana Mendez')
    const kept = ['articles', 'quotes', 'passages', 'passages_fts', 'matches', 'verdicts']
    const before = snapshot(ws.db)
    failInsert(ws.db, 'matches', 0)

    const [failed] = await importUploads(ws, [{ name: 'draft.txt', bytes: encode(DRAFT) }], { role: 'draft' }, 'Ana Mendez')
    expect(failed).toEqual({ status: 'failed', name: 'draft.txt', error: 'draft.txt: disk I/O error (simulated)' })
    const after = snapshot(ws.db)
    for (const table of kept) expect(after[table], table).toEqual(before[table])

    ws.db.exec('DROP TRIGGER fail_matches')
    const [retried] = await importUploads(ws, [{ name: 'draft.txt', bytes: encode(DRAFT) }], { role: 'draft' }, 'Ana Mendez')
    expect(retried.status).toBe('imported')
    const claims = listClaims(ws, { articleId: articleIdFor(DRAFT) })
    expect(claims.find((claim) => claim.quote.text.startsWith('as far as any'))?.best?.relation).toBe('fragment')
  })
})

describe('a stored hostile article', () => {
  it('reads back with every quote exactly the text between its offsets', () => {
    fc.assert(
      fc.property(hostileArticle.filter((text) => text.trim().length > 0), (text) => {
        const ws = workspace()
        storeArticle(ws, articleFromPaste(WIRE), 'Ana Mendez')
        const result = storeArticle(ws, articleFromPaste(text), 'Piotr Kowal')
        if (result.status !== 'imported') return
        const article = getArticle(ws, result.article.id)!
        // SQLite stores text as UTF-8: a lone surrogate comes back as U+FFFD, one code unit for one.
        expect(article.text.length).toBe(result.article.text.length)
        const claims = listClaims(ws, { articleId: article.id })
        expect(claims).toHaveLength(result.quoteCount)
        for (const { quote } of claims) {
          expect(quote.text).toBe(article.text.slice(quote.start, quote.end))
        }
        closeWorkspace(ws)
      }),
      { numRuns: 100 },
    )
  })
})
