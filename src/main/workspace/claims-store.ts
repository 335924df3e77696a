import type { Database } from 'better-sqlite3'
import type { Article, DiffPart, Match, Quote, QuoteKind, Relation, Verdict } from '../../core/model'
import { resolveVerdicts } from '../../core/verdict/resolve-verdicts'
import { suggestVerdict } from '../../core/verdict/suggest-verdict'
import type { ArticleSummary, ClaimDetail, ClaimFilter, ClaimSummary, MatchView, VerdictCounts } from '../../shared/api-contract'
import { getArticle, listArticles } from './articles-store'
import { WorkspaceError } from './errors'
import type { Workspace } from './open-workspace'
import { speakerNames } from './speakers-store'
import { listVerdicts, verdictsByQuote } from './verdicts-store'

interface QuoteRow {
  id: string
  article_id: string
  ordinal: number
  start: number
  end: number
  text: string
  kind: QuoteKind
  utterance_id: string
  speaker_id: string | null
  speaker_mention: string | null
  cue: string | null
}

interface MatchRow {
  quote_speaker_id: string | null
  source_speaker_id: string | null
  quote_id: string
  source_article_id: string
  source_quote_id: string | null
  start: number
  end: number
  relation: Relation
  score: number
  speaker_agrees: number | null
  diff: string
}

const QUOTE_COLUMNS = 'q.id, q.article_id, q.ordinal, q.start, q.end, q.text, q.kind, q.utterance_id, q.speaker_id, q.speaker_mention, q.cue'

function toQuote(row: QuoteRow, names: Map<string, string>): Quote {
  return {
    id: row.id,
    articleId: row.article_id,
    start: row.start,
    end: row.end,
    text: row.text,
    kind: row.kind,
    utterance: row.ordinal,
    utteranceId: row.utterance_id,
    speakerId: row.speaker_id,
    speaker: row.speaker_id ? (names.get(row.speaker_id) ?? null) : null,
    mention: row.speaker_mention,
    cue: row.cue,
  }
}

/** Stored diffs are either the operations or the reason the bound stopped the diff. */
export function encodeDiff(match: Pick<Match, 'diff' | 'diffTooLarge'>): string {
  return JSON.stringify(match.diffTooLarge ? { tooLarge: match.diffTooLarge } : match.diff)
}

const DIFF_OPS = new Set(['equal', 'insert', 'delete'])

/** A stored diff read back; one that is not what encodeDiff wrote (a damaged or edited file) is said to be so. */
function decodeDiff(stored: string): DiffPart[] | { tooLarge: string } {
  try {
    const value: unknown = JSON.parse(stored)
    if (Array.isArray(value) && value.every((part) => DIFF_OPS.has(part?.op) && typeof part.text === 'string')) return value as DiffPart[]
    if (typeof (value as { tooLarge?: unknown })?.tooLarge === 'string') return value as { tooLarge: string }
  } catch {
    // Falls through to the statement below.
  }
  return { tooLarge: 'the stored comparison is damaged; delete and import the article again to compare anew' }
}

function toMatch(row: MatchRow, names: Map<string, string>): Match {
  const diff = decodeDiff(row.diff)
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null)
  return {
    quote: row.quote_id,
    source: { article: row.source_article_id, quote: row.source_quote_id, start: row.start, end: row.end, text: '' },
    relation: row.relation,
    score: row.score,
    speakerAgrees: row.speaker_agrees === null ? null : row.speaker_agrees === 1,
    diff: Array.isArray(diff) ? diff : [],
    ...(Array.isArray(diff) ? {} : { diffTooLarge: diff.tooLarge }),
    speakers: { quote: name(row.quote_speaker_id), source: name(row.source_speaker_id) },
  }
}

const MATCH_SELECT = `SELECT m.*, q.speaker_id AS quote_speaker_id, sq.speaker_id AS source_speaker_id
  FROM matches m JOIN quotes q ON q.id = m.quote_id LEFT JOIN quotes sq ON sq.id = m.source_quote_id`

/** The stored matches of quotes, best first, each with its source text filled in from the article. */
export function matchesByQuote(db: Database, quoteIds?: string[]): Map<string, Match[]> {
  const rows = (
    quoteIds
      ? db.prepare(`${MATCH_SELECT} WHERE m.quote_id IN (SELECT value FROM json_each(?)) ORDER BY m.score DESC, m.source_article_id, m.start`).all(JSON.stringify(quoteIds))
      : db.prepare(`${MATCH_SELECT} ORDER BY m.score DESC, m.source_article_id, m.start`).all()
  ) as MatchRow[]
  const names = speakerNames(db)
  const texts = new Map<string, string | undefined>()
  const textOf = (articleId: string) => {
    if (!texts.has(articleId)) texts.set(articleId, (db.prepare('SELECT text FROM articles WHERE id = ?').get(articleId) as { text: string } | undefined)?.text)
    return texts.get(articleId)
  }
  const byQuote = new Map<string, Match[]>()
  for (const row of rows) {
    // Foreign keys keep a source article from going missing; a damaged or edited file may not.
    const sourceText = textOf(row.source_article_id)
    if (sourceText === undefined) continue
    const match = toMatch(row, names)
    // slice() counts a negative offset from the end: clamp it, so the evidence shown is never another passage.
    match.source.text = sourceText.slice(Math.max(0, row.start), Math.max(0, row.end))
    const list = byQuote.get(row.quote_id)
    if (list) list.push(match)
    else byQuote.set(row.quote_id, [match])
  }
  return byQuote
}

interface ClaimContext {
  names: Map<string, string>
  verdicts: Map<string, Verdict[]>
  matches: Map<string, Match[]>
  articles: Map<string, Pick<Article, 'id' | 'title' | 'outlet'>>
}

function loadContext(db: Database, quoteIds?: string[]): ClaimContext {
  const articles = new Map(
    (db.prepare('SELECT id, title, outlet FROM articles').all() as Pick<Article, 'id' | 'title' | 'outlet'>[]).map((a) => [a.id, a]),
  )
  return { names: speakerNames(db), verdicts: verdictsByQuote(db), matches: matchesByQuote(db, quoteIds), articles }
}

function sourceLabel(article: Pick<Article, 'title' | 'outlet'> | undefined): string | null {
  if (!article) return null
  return article.outlet && article.title ? `${article.outlet}, “${article.title}”` : (article.outlet ?? (article.title ? `“${article.title}”` : null))
}

function summarise(row: QuoteRow, context: ClaimContext): ClaimSummary {
  const quote = toQuote(row, context.names)
  const matches = context.matches.get(quote.id) ?? []
  const best = matches[0]
  const { current, conflict } = resolveVerdicts(context.verdicts.get(quote.id) ?? [])
  const article = context.articles.get(quote.articleId)
  return {
    quote,
    article: { id: quote.articleId, title: article?.title ?? null, outlet: article?.outlet ?? null },
    best: best
      ? {
          relation: best.relation,
          score: best.score,
          sourceArticle: best.source.article,
          sourceTitle: context.articles.get(best.source.article)?.title ?? null,
          speakerAgrees: best.speakerAgrees,
        }
      : null,
    suggestion: suggestVerdict(matches, { sourceLabel: (id) => sourceLabel(context.articles.get(id)) ?? id }),
    current,
    conflict,
  }
}

export function listClaims(workspace: Workspace, filter: ClaimFilter = {}): ClaimSummary[] {
  const { db } = workspace
  const where: string[] = []
  const params: unknown[] = []
  if (filter.articleId) {
    where.push('q.article_id = ?')
    params.push(filter.articleId)
  }
  if (filter.kind) {
    where.push('q.kind = ?')
    params.push(filter.kind)
  }
  const rows = db
    .prepare(`SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
              ORDER BY coalesce(a.published_at, a.imported_at), a.imported_at, a.id, q.ordinal`)
    .all(...params) as QuoteRow[]
  const context = loadContext(db, filter.articleId ? rows.map((r) => r.id) : undefined)
  const search = filter.search?.trim().toLocaleLowerCase()
  const speaker = filter.speaker?.trim().toLocaleLowerCase()
  return rows
    .map((row) => summarise(row, context))
    .filter((claim) => {
      if (filter.status) {
        const status = claim.conflict ? 'conflict' : (claim.current?.status ?? 'open')
        if (filter.status === 'conflict' ? !claim.conflict : filter.status !== status && !(filter.status === claim.current?.status)) return false
      }
      if (filter.suggestion && claim.suggestion.status !== filter.suggestion) return false
      if (filter.relation && (claim.best?.relation ?? 'none') !== filter.relation) return false
      if (speaker && !(claim.quote.speaker ?? '').toLocaleLowerCase().includes(speaker)) return false
      if (search) {
        const haystack = `${claim.quote.text} ${claim.quote.speaker ?? ''} ${claim.quote.mention ?? ''} ${claim.article.title ?? ''}`.toLocaleLowerCase()
        if (!haystack.includes(search)) return false
      }
      return true
    })
}

export function getClaim(workspace: Workspace, quoteId: string): ClaimDetail {
  const { db } = workspace
  const row = db.prepare(`SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.id = ?`).get(quoteId) as QuoteRow | undefined
  if (!row) throw new WorkspaceError('not-found', `There is no quote ${quoteId} in this workspace.`)
  const context = loadContext(db, [quoteId])
  const summary = summarise(row, context)
  const history = listVerdicts(db, quoteId)
  const { heads } = resolveVerdicts(history)
  const article = getArticle(workspace, row.article_id)
  if (!article) throw new WorkspaceError('corrupt', `The workspace ${workspace.path} is damaged: quote ${quoteId} belongs to no article.`)
  const sourceArticles = new Map<string, Article>()
  const matches: MatchView[] = (context.matches.get(quoteId) ?? []).map((match) => {
    if (!sourceArticles.has(match.source.article)) sourceArticles.set(match.source.article, getArticle(workspace, match.source.article)!)
    const source = sourceArticles.get(match.source.article)!
    const sourceSpeaker = match.source.quote ? speakerOfQuote(db, match.source.quote, context.names) : null
    return {
      ...match,
      sourceArticle: { id: source.id, title: source.title, outlet: source.outlet, url: source.url, role: source.role },
      sourceSpeaker,
      context: paragraphAround(source.text, match.source.start, match.source.end),
    }
  })
  return { ...summary, context: paragraphAround(article.text, row.start, row.end), matches, heads, history }
}

function speakerOfQuote(db: Database, quoteId: string, names: Map<string, string>): string | null {
  const row = db.prepare('SELECT speaker_id FROM quotes WHERE id = ?').get(quoteId) as { speaker_id: string | null } | undefined
  return row?.speaker_id ? (names.get(row.speaker_id) ?? null) : null
}

/** The paragraph (blank-line or newline delimited) holding a span, with the span's offsets inside it. */
export function paragraphAround(text: string, start: number, end: number): { text: string; start: number; end: number } {
  // Offsets past the text (a damaged or edited file) are clamped: the span shows empty, not garbled.
  start = Math.min(Math.max(0, start), text.length)
  end = Math.min(Math.max(start, end), text.length)
  const from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1
  const next = text.indexOf('\n', end)
  const to = next === -1 ? text.length : next
  return { text: text.slice(from, to), start: start - from, end: end - from }
}

const EMPTY_COUNTS = (): VerdictCounts => ({ verified: 0, disputed: 0, unverifiable: 0, open: 0, conflict: 0 })

/** Every article with its quote count and verdict counts. */
export function listArticleSummaries(workspace: Workspace): ArticleSummary[] {
  const { db } = workspace
  const verdicts = verdictsByQuote(db)
  const counts = new Map<string, { quoteCount: number; counts: VerdictCounts }>()
  for (const row of db.prepare('SELECT id, article_id FROM quotes').all() as { id: string; article_id: string }[]) {
    let entry = counts.get(row.article_id)
    if (!entry) counts.set(row.article_id, (entry = { quoteCount: 0, counts: EMPTY_COUNTS() }))
    entry.quoteCount++
    const { current, conflict } = resolveVerdicts(verdicts.get(row.id) ?? [])
    if (conflict) entry.counts.conflict++
    entry.counts[current?.status ?? 'open']++
  }
  return listArticles(workspace).map((article) => {
    const entry = counts.get(article.id)
    return toArticleSummary(article, entry?.quoteCount ?? 0, entry?.counts ?? EMPTY_COUNTS())
  })
}

/** An article as lists show it; a new article's quotes are all open (counts default so). */
export function toArticleSummary(article: Article, quoteCount: number, counts: VerdictCounts = { ...EMPTY_COUNTS(), open: quoteCount }): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    publishedAt: article.publishedAt,
    role: article.role,
    format: article.format,
    importedAt: article.importedAt,
    importedBy: article.importedBy,
    quoteCount,
    counts,
  }
}
