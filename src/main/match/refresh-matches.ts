import type { Database } from 'better-sqlite3'
import { isFunctionWord } from '../../core/match/function-words'
import { type Candidate, matchQuote, type QuoteToMatch } from '../../core/match/match-quote'
import type { Match, QuoteKind } from '../../core/model'
import { transcriptTurns, type TranscriptTurn } from '../../core/attribute/transcript-turns'
import { paragraphs } from '../../core/text/paragraphs'
import { wordTokens } from '../../core/text/word-tokens'
import { encodeDiff } from '../workspace/claims-store'
import type { Workspace } from '../workspace/open-workspace'
import { speakerNames } from '../workspace/speakers-store'
import { writeTransaction } from '../workspace/write-transaction'

/** Passages fetched from the index per quote: enough to hold every real source, few enough to align quickly. */
const CANDIDATES_PER_QUERY = 40
/** Words sent to the index per query, rarest first: the words that tell one statement from another. */
const MAX_QUERY_TERMS = 8
/** Stop adding commoner words once the chosen ones already reach this many passages between them. */
const POSTINGS_BUDGET = 3_000
/** Words a paragraph needs to be an article's lede rather than its byline or dateline (which also ends without a full stop). */
const LEDE_WORDS = 15

interface QuoteRow {
  id: string
  article_id: string
  start: number
  end: number
  text: string
  kind: QuoteKind
  speaker_id: string | null
}

interface PassageRow {
  id: number
  article_id: string
  quote_id: string | null
  start: number
  end: number
}

/**
 * Finds candidate passages through the FTS5 index (bm25), then lets the pure matcher decide.
 * Reads articles' text and speakers lazily and keeps them for the life of one refresh.
 */
export class MatchFinder {
  private readonly texts = new Map<string, string>()
  private readonly paragraphsByArticle = new Map<string, { start: number; end: number; text: string }[]>()
  private readonly speakers: Map<string, string>
  private readonly quoteSpeakers = new Map<string, string | null>()
  private readonly turnsByArticle = new Map<string, TranscriptTurn[]>()
  private readonly search
  private readonly documentFrequency
  private readonly frequencies = new Map<string, number>()

  constructor(
    private readonly db: Database,
    /** When set, only these articles may be sources. */
    private readonly sources?: ReadonlySet<string>,
  ) {
    this.speakers = speakerNames(db)
    this.search = db.prepare(
      `SELECT p.id, p.article_id, p.quote_id, p.start, p.end FROM passages_fts f JOIN passages p ON p.id = f.rowid
       WHERE passages_fts MATCH ? AND p.article_id <> ? ORDER BY f.rank LIMIT ${CANDIDATES_PER_QUERY}`,
    )
    this.documentFrequency = db.prepare('SELECT doc FROM passages_vocab WHERE term = ?').pluck()
  }

  /** How many passages hold a word (as the index tokenises it), remembered for this refresh. */
  frequencyOf(term: string): number {
    let frequency = this.frequencies.get(term)
    if (frequency === undefined) {
      frequency = (this.documentFrequency.get(term) as number | undefined) ?? 0
      this.frequencies.set(term, frequency)
    }
    return frequency
  }

  /** Matches for one quote against every other article (or the chosen sources), best first. */
  matchesFor(quote: QuoteRow): Match[] {
    const query = ftsQuery(quote.text, (term) => this.frequencyOf(term))
    if (!query) return []
    const rows = (this.search.all(query, quote.article_id) as PassageRow[]).filter((row) => !this.sources || this.sources.has(row.article_id))
    return this.judge(quote, rows.map((row) => this.candidate(row)))
  }

  /** Matches for one quote against the given passages only (used when a new article arrives). */
  judge(quote: QuoteRow, candidates: Candidate[]): Match[] {
    if (candidates.length === 0) return []
    const toMatch: QuoteToMatch = {
      id: quote.id,
      text: quote.text,
      kind: quote.kind,
      speaker: quote.speaker_id ? (this.speakers.get(quote.speaker_id) ?? null) : null,
      context: this.contextAt(quote.article_id, quote.start),
    }
    return matchQuote(toMatch, candidates)
  }

  candidate(row: PassageRow): Candidate {
    const text = this.textOf(row.article_id)
    return {
      article: row.article_id,
      quote: row.quote_id,
      start: row.start,
      end: row.end,
      text: text.slice(row.start, row.end),
      speaker: row.quote_id ? this.speakerOfQuote(row.quote_id) : this.speakerOfNarration(row.article_id, row.start),
      context: this.contextAt(row.article_id, row.start),
    }
  }

  private contextAt(articleId: string, offset: number): string {
    return passageContext(this.paragraphsOf(articleId), offset)
  }

  /** Narration has no speaker, except in a transcript, where the turn label names one. */
  private speakerOfNarration(articleId: string, offset: number): string | null {
    let turns = this.turnsByArticle.get(articleId)
    if (!turns) {
      const role = (this.db.prepare('SELECT role FROM articles WHERE id = ?').get(articleId) as { role: string }).role
      turns = role === 'transcript' ? transcriptTurns(this.textOf(articleId)) : []
      this.turnsByArticle.set(articleId, turns)
    }
    return turns.find((turn) => turn.start <= offset && offset < turn.end)?.speaker ?? null
  }

  private textOf(articleId: string): string {
    let text = this.texts.get(articleId)
    if (text === undefined) {
      text = (this.db.prepare('SELECT text FROM articles WHERE id = ?').get(articleId) as { text: string }).text
      this.texts.set(articleId, text)
    }
    return text
  }

  private paragraphsOf(articleId: string): { start: number; end: number; text: string }[] {
    let list = this.paragraphsByArticle.get(articleId)
    if (!list) {
      list = paragraphs(this.textOf(articleId))
      this.paragraphsByArticle.set(articleId, list)
    }
    return list
  }

  private speakerOfQuote(quoteId: string): string | null {
    if (!this.quoteSpeakers.has(quoteId)) {
      const row = this.db.prepare('SELECT speaker_id FROM quotes WHERE id = ?').get(quoteId) as { speaker_id: string | null } | undefined
      this.quoteSpeakers.set(quoteId, row?.speaker_id ? (this.speakers.get(row.speaker_id) ?? null) : null)
    }
    return this.quoteSpeakers.get(quoteId) ?? null
  }
}

/**
 * Headline and paragraph: what tells one event from another when two quotes share words. A
 * passage in the headline gets the article's first paragraph of prose (not its byline or
 * dateline): a headline alone is too terse to judge by.
 */
export function passageContext(paragraphs: readonly { start: number; end: number; text: string }[], offset: number): string {
  const paragraph = paragraphs.find((p) => p.start <= offset && offset < p.end)
  if (!paragraph) return paragraphs[0]?.text ?? ''
  if (paragraphs[0] !== paragraph) return `${paragraphs[0].text}\n${paragraph.text}`
  const lede = paragraphs.slice(1).find((p) => p.text.split(/\s+/).length >= LEDE_WORDS && /[.!?"”»’']\s*$/.test(p.text))
  return lede ? `${paragraph.text}\n${lede.text}` : paragraph.text
}

/**
 * An FTS5 query from a quote's words: any of its rarest ones, so fragments and rewordings are
 * still found while the index reads few postings. Function words are left out (they match every
 * passage), unless the quote has nothing else. Without frequencies, longer words count as rarer.
 */
export function ftsQuery(text: string, frequencyOf?: (term: string) => number): string | null {
  const words = new Set<string>()
  const functionWords = new Set<string>()
  for (const token of wordTokens(text)) {
    const word = token.text.toLowerCase().replace(/['’‘ʼ].*$/, '')
    if (word.length < 2 || !/[\p{L}\p{N}]/u.test(word)) continue
    if (isFunctionWord(word)) functionWords.add(word)
    else words.add(word)
  }
  const chosen = words.size > 0 ? words : functionWords
  if (chosen.size === 0) return null
  const terms: string[] = []
  if (frequencyOf) {
    let postings = 0
    const ranked = [...chosen].map((term) => ({ term, frequency: frequencyOf(indexForm(term)) })).filter((t) => t.frequency > 0)
    ranked.sort((a, b) => a.frequency - b.frequency || b.term.length - a.term.length)
    for (const { term, frequency } of ranked) {
      if (terms.length >= MAX_QUERY_TERMS || (terms.length >= 2 && postings + frequency > POSTINGS_BUDGET)) break
      terms.push(term)
      postings += frequency
    }
    if (terms.length === 0) return null
  } else {
    terms.push(...[...chosen].sort((a, b) => b.length - a.length).slice(0, MAX_QUERY_TERMS * 3))
  }
  return terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' OR ')
}

/** A word as the unicode61 tokenizer with remove_diacritics stores it. */
function indexForm(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '')
}

const QUOTE_COLUMNS = 'id, article_id, start, end, text, kind, speaker_id'

/**
 * Brings stored matches up to date after `articleId` arrived: its quotes against every other
 * article, and every other article's quotes against its passages. Pairs between articles that
 * were already here are not recomputed.
 */
export function refreshMatchesForArticle(workspace: Workspace, articleId: string): number {
  const { db } = workspace
  const finder = new MatchFinder(db)
  const found: Match[] = []
  for (const quote of db.prepare(`SELECT ${QUOTE_COLUMNS} FROM quotes WHERE article_id = ? ORDER BY ordinal`).all(articleId) as QuoteRow[]) {
    found.push(...finder.matchesFor(quote))
  }
  // The other direction: quotes elsewhere whose statement this article's passages may hold.
  const passages = db.prepare('SELECT id, article_id, quote_id, start, end FROM passages WHERE article_id = ?').all(articleId) as PassageRow[]
  const searchQuotes = db.prepare(
    `SELECT DISTINCT p.quote_id AS id FROM passages_fts f JOIN passages p ON p.id = f.rowid
     WHERE passages_fts MATCH ? AND p.quote_id IS NOT NULL AND p.article_id <> ? ORDER BY f.rank LIMIT ${CANDIDATES_PER_QUERY}`,
  )
  const candidatesByQuote = new Map<string, Candidate[]>()
  for (const passage of passages) {
    const candidate = finder.candidate(passage)
    const query = ftsQuery(candidate.text, (term) => finder.frequencyOf(term))
    if (!query) continue
    for (const { id } of searchQuotes.all(query, articleId) as { id: string }[]) {
      const list = candidatesByQuote.get(id)
      if (list) list.push(candidate)
      else candidatesByQuote.set(id, [candidate])
    }
  }
  const quoteById = db.prepare(`SELECT ${QUOTE_COLUMNS} FROM quotes WHERE id = ?`)
  for (const [quoteId, candidates] of candidatesByQuote) {
    found.push(...finder.judge(quoteById.get(quoteId) as QuoteRow, candidates))
  }
  writeTransaction(workspace, () => storeMatches(db, found))
  return found.length
}

export function storeMatches(db: Database, matches: Match[]): void {
  const insert = db.prepare(
    `INSERT INTO matches (quote_id, source_article_id, source_quote_id, start, end, relation, score, speaker_agrees, diff)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (quote_id, source_article_id, start, end) DO UPDATE SET relation = excluded.relation, score = excluded.score,
       speaker_agrees = excluded.speaker_agrees, diff = excluded.diff, source_quote_id = excluded.source_quote_id`,
  )
  for (const match of matches) {
    insert.run(
      match.quote,
      match.source.article,
      match.source.quote,
      match.source.start,
      match.source.end,
      match.relation,
      Math.min(1, Math.max(0, match.score)),
      match.speakerAgrees === null ? null : match.speakerAgrees ? 1 : 0,
      encodeDiff(match),
    )
  }
}

/** Recomputes every quote's matches from scratch (after an engine upgrade, or for `verbatim check --db`). */
export function rematchAll(workspace: Workspace, options: { sources?: ReadonlySet<string>; quoteArticles?: ReadonlySet<string> } = {}): Map<string, Match[]> {
  const { db } = workspace
  const finder = new MatchFinder(db, options.sources)
  const byQuote = new Map<string, Match[]>()
  for (const quote of db.prepare(`SELECT ${QUOTE_COLUMNS} FROM quotes ORDER BY article_id, ordinal`).all() as QuoteRow[]) {
    if (options.quoteArticles && !options.quoteArticles.has(quote.article_id)) continue
    byQuote.set(quote.id, finder.matchesFor(quote))
  }
  return byQuote
}
