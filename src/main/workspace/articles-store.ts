import { createHash } from 'node:crypto'
import type { Article, ArticleDraft, ArticleRole, ExtractedQuote } from '../../core/model'
import { appendChange } from './change-log'
import type { Workspace } from './open-workspace'
import { ensureSpeaker } from './speakers-store'
import { writeTransaction } from './write-transaction'

/** What extraction found in an article, ready to be stored with it. */
export interface ArticleAnalysis {
  quotes: ExtractedQuote[]
  /** Sentences of narration (and any other span worth finding later), as offsets into the text. */
  sentences: { start: number; end: number }[]
}

export type InsertResult =
  | { status: 'imported'; article: Article; quoteCount: number }
  | { status: 'duplicate'; existing: { id: string; title: string | null } }

const hex = (value: string) => createHash('sha256').update(value).digest('hex')

/** Ids follow from content, so the same article or quote has the same id in every copy of a workspace. */
export function articleIdFor(text: string): string {
  return `a${hex(text).slice(0, 11)}`
}

export function quoteIdFor(articleId: string, start: number, end: number): string {
  return `q${hex(`${articleId}:${start}:${end}`).slice(0, 11)}`
}

export function contentHashOf(text: string): string {
  return hex(text)
}

/** Stores an article with its quotes, speakers and search index in one transaction: all of it or none. */
export function insertArticle(workspace: Workspace, draft: ArticleDraft, analysis: ArticleAnalysis, reviewer: string | null): InsertResult {
  const contentHash = contentHashOf(draft.text)
  return writeTransaction(workspace, () => {
    const { db } = workspace
    const existing = db.prepare('SELECT id, title FROM articles WHERE content_hash = ?').get(contentHash) as { id: string; title: string | null } | undefined
    if (existing) return { status: 'duplicate', existing }

    const article: Article = {
      ...draft,
      id: articleIdFor(draft.text),
      contentHash,
      importedAt: new Date().toISOString(),
      importedBy: reviewer,
    }
    db.prepare(
      `INSERT INTO articles (id, content_hash, title, outlet, byline, url, published_at, role, format, file_name, text, imported_at, imported_by)
       VALUES (@id, @contentHash, @title, @outlet, @byline, @url, @publishedAt, @role, @format, @fileName, @text, @importedAt, @importedBy)`,
    ).run(article)
    insertAnalysis(workspace, article, analysis)
    if (reviewer) touchReviewer(workspace, reviewer)
    appendChange(workspace, { reviewer, kind: 'import', subject: article.id, summary: `imported “${article.title ?? article.fileName ?? article.id}”` })
    return { status: 'imported', article, quoteCount: analysis.quotes.length }
  })
}

/** Quotes, speakers and index rows for a stored article; runs inside the caller's transaction. */
function insertAnalysis(workspace: Workspace, article: Article, analysis: ArticleAnalysis): void {
  const { db } = workspace
  const insertQuote = db.prepare(
    `INSERT INTO quotes (id, article_id, ordinal, start, end, text, kind, utterance_id, speaker_id, speaker_mention, cue)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertPassage = db.prepare('INSERT INTO passages (article_id, quote_id, start, end) VALUES (?, ?, ?, ?)')
  const indexPassage = db.prepare('INSERT INTO passages_fts (rowid, text) VALUES (?, ?)')
  const ids = analysis.quotes.map((quote) => quoteIdFor(article.id, quote.start, quote.end))
  analysis.quotes.forEach((quote, ordinal) => {
    const speakerId = quote.speaker ? ensureSpeaker(db, quote.speaker, quote.speakerKind ?? 'person') : null
    insertQuote.run(ids[ordinal], article.id, ordinal, quote.start, quote.end, quote.text, quote.kind, ids[quote.utterance] ?? ids[ordinal], speakerId, quote.mention, quote.cue)
    const passage = insertPassage.run(article.id, ids[ordinal], quote.start, quote.end)
    indexPassage.run(passage.lastInsertRowid, quote.text)
  })
  for (const sentence of analysis.sentences) {
    const passage = insertPassage.run(article.id, null, sentence.start, sentence.end)
    indexPassage.run(passage.lastInsertRowid, article.text.slice(sentence.start, sentence.end))
  }
}

export function touchReviewer(workspace: Workspace, reviewer: string): void {
  const now = new Date().toISOString()
  workspace.db
    .prepare('INSERT INTO reviewers (name, first_seen_at, last_seen_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET last_seen_at = excluded.last_seen_at')
    .run(reviewer, now, now)
}

interface ArticleRow {
  id: string
  content_hash: string
  title: string | null
  outlet: string | null
  byline: string | null
  url: string | null
  published_at: string | null
  role: ArticleRole
  format: Article['format']
  file_name: string | null
  text: string
  imported_at: string
  imported_by: string | null
}

const ARTICLE_COLUMNS = 'id, content_hash, title, outlet, byline, url, published_at, role, format, file_name, text, imported_at, imported_by'

function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    contentHash: row.content_hash,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    url: httpUrl(row.url),
    publishedAt: row.published_at,
    role: row.role,
    format: row.format,
    fileName: row.file_name,
    text: row.text,
    importedAt: row.imported_at,
    importedBy: row.imported_by,
  }
}

/**
 * Importers store only http(s) links, but a file edited by hand or merged from another copy may
 * hold any: the app shows the link as one to click, so nothing else leaves the workspace.
 */
function httpUrl(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null
}

export function getArticle(workspace: Workspace, id: string): Article | null {
  const row = workspace.db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`).get(id) as ArticleRow | undefined
  return row ? toArticle(row) : null
}

/** Every article, in the order they were published (then imported). */
export function listArticles(workspace: Workspace): Article[] {
  const rows = workspace.db
    .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY coalesce(published_at, imported_at), imported_at, id`)
    .all() as ArticleRow[]
  return rows.map(toArticle)
}

export function countArticles(workspace: Workspace): number {
  return (workspace.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
}

/** Removes an article with its quotes, index rows, matches (both ways) and the verdicts on its quotes. */
export function deleteArticle(workspace: Workspace, id: string, reviewer: string | null): boolean {
  return writeTransaction(workspace, () => {
    const article = workspace.db.prepare('SELECT title FROM articles WHERE id = ?').get(id) as { title: string | null } | undefined
    if (!article) return false
    workspace.db.prepare('DELETE FROM articles WHERE id = ?').run(id)
    appendChange(workspace, { reviewer, kind: 'delete', subject: id, summary: `deleted “${article.title ?? id}”` })
    return true
  })
}
