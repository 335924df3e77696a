// What every renderer does first: put the data in one order, so the same data renders to the same bytes
// whatever order the workspace returned rows in (articles by publication date, title and id; claims by
// offset; verdicts oldest first), and resolve each claim's verdict history once with the verdict rules.

import type { Verdict, VerdictStatus } from '../model'
import { compareVerdicts, resolveVerdicts } from '../verdict/resolve-verdicts'
import type { ReportArticle, ReportArticleInfo, ReportClaim, ReportData, ReportStatus } from './report-data'
import { compareText, compareTimes } from './report-text'

/** A verdict that is in force: not a withdrawal (those only ever take verdicts back). */
export type StandingVerdict = Verdict & { status: VerdictStatus }

export interface PreparedClaim extends ReportClaim {
  status: ReportStatus
  /** The latest standing verdict, or null while the claim is open. */
  current: StandingVerdict | null
  /** The standing verdicts that disagree, oldest first; empty when there is no conflict. */
  conflict: StandingVerdict[]
}

export interface PreparedArticle {
  article: ReportArticleInfo
  claims: PreparedClaim[]
}

export interface PreparedReport extends Omit<ReportData, 'articles'> {
  articles: PreparedArticle[]
}

export function prepareReport(data: ReportData): PreparedReport {
  return { ...data, articles: data.articles.map(prepareArticle).sort(compareArticles) }
}

function prepareArticle(entry: ReportArticle): PreparedArticle {
  return { article: entry.article, claims: entry.claims.map(prepareClaim).sort(compareClaims) }
}

function prepareClaim(claim: ReportClaim): PreparedClaim {
  const resolved = resolveVerdicts(claim.history)
  return {
    ...claim,
    history: [...claim.history].sort(compareVerdicts),
    status: resolved.current?.status ?? 'open',
    current: resolved.current,
    // Heads are never withdrawals: resolveVerdicts only ever makes a giving entry a head.
    conflict: resolved.conflict ? (resolved.heads as StandingVerdict[]) : [],
  }
}

function compareArticles(a: PreparedArticle, b: PreparedArticle): number {
  return (
    compareNullsLast(a.article.publishedAt, b.article.publishedAt, compareTimes) ||
    compareNullsLast(a.article.title, b.article.title, compareText) ||
    compareText(a.article.id, b.article.id)
  )
}

function compareClaims(a: ReportClaim, b: ReportClaim): number {
  return a.quote.start - b.quote.start || a.quote.end - b.quote.end || compareText(a.quote.id, b.quote.id)
}

function compareNullsLast<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1
  return compare(a, b)
}
