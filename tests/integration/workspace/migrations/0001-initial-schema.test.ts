import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { initialSchema } from '../../../../src/main/workspace/migrations/0001-initial-schema'
import { migrate } from '../../../../src/main/workspace/open-workspace'

function freshDatabase(): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, [initialSchema])
  return db
}

function addArticle(db: Database.Database, id: string, text: string): void {
  db.prepare(
    `INSERT INTO articles (id, content_hash, role, format, text, imported_at) VALUES (?, ?, 'source', 'txt', ?, '2026-11-01T09:00:00Z')`,
  ).run(id, `hash-${id}`, text)
}

describe('migration 0001: initial schema', () => {
  it('creates the tables every stage needs and records the version', () => {
    const db = freshDatabase()
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name)
    for (const table of ['articles', 'quotes', 'speakers', 'speaker_links', 'passages', 'passages_fts', 'matches', 'verdicts', 'verdict_supersedes', 'reviewers', 'presence', 'change_log']) {
      expect(tables).toContain(table)
    }
    expect(db.pragma('user_version', { simple: true })).toBe(1)
  })

  it('refuses an article with an unknown role', () => {
    const db = freshDatabase()
    expect(() =>
      db.prepare(`INSERT INTO articles (id, content_hash, role, format, text, imported_at) VALUES ('a1', 'h', 'opinion', 'txt', 't', 'now')`).run(),
    ).toThrow(/CHECK constraint/)
  })

  it('removes an article’s quotes, passages and index entries with it', () => {
    const db = freshDatabase()
    const text = 'The minister said the talks were “useful”. Dockers walked out at dawn.'
    addArticle(db, 'a1', text)
    db.prepare(`INSERT INTO quotes (id, article_id, ordinal, start, end, text, kind, utterance_id) VALUES ('q1', 'a1', 0, 34, 40, 'useful', 'partial', 'q1')`).run()
    const passage = db.prepare('INSERT INTO passages (article_id, quote_id, start, end) VALUES (?, ?, ?, ?)')
    const index = db.prepare('INSERT INTO passages_fts (rowid, text) VALUES (?, ?)')
    index.run(passage.run('a1', 'q1', 34, 40).lastInsertRowid, 'useful')
    index.run(passage.run('a1', null, 43, 71).lastInsertRowid, 'Dockers walked out at dawn.')
    const search = () => db.prepare("SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'dockers OR useful'").all()
    expect(search()).toHaveLength(2)

    db.prepare("DELETE FROM articles WHERE id = 'a1'").run()
    expect(db.prepare('SELECT count(*) AS n FROM quotes').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM passages').get()).toEqual({ n: 0 })
    expect(search()).toHaveLength(0)
  })

  it('keeps verdicts append-only in shape: a verdict names the verdicts it replaced', () => {
    const db = freshDatabase()
    addArticle(db, 'a1', 'He called it “a disgrace”.')
    db.prepare(`INSERT INTO quotes (id, article_id, ordinal, start, end, text, kind, utterance_id) VALUES ('q1', 'a1', 0, 14, 25, 'a disgrace', 'partial', 'q1')`).run()
    const verdict = db.prepare(`INSERT INTO verdicts (id, quote_id, status, reviewer, created_at) VALUES (?, 'q1', ?, ?, ?)`)
    verdict.run('v1', 'verified', 'Ana', '2026-11-01T10:00:00Z')
    verdict.run('v2', 'disputed', 'Piotr', '2026-11-01T10:05:00Z')
    db.prepare(`INSERT INTO verdict_supersedes VALUES ('v2', 'v1')`).run()
    expect(() => verdict.run('v3', 'maybe', 'Ana', 'now')).toThrow(/CHECK constraint/)
    expect(() => db.prepare(`INSERT INTO verdict_supersedes VALUES ('v2', 'v9')`).run()).toThrow(/FOREIGN KEY/)
  })
})
