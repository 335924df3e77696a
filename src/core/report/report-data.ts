// The input every report renderer takes: a verdict report's content, already gathered from the workspace.
// Plain data, no functions and no I/O, so the same value can be rendered to any format, sent over IPC,
// or written to a test fixture. Renderers never read the workspace themselves.

import type { Article, Evidence, Match, Quote, Suggestion, Verdict } from '../model'

/** A claim's standing in a report: one of the verdicts, or `open` when nobody has given one yet. */
export const REPORT_STATUSES = ['verified', 'disputed', 'unverifiable', 'open'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

export interface ReportData {
  workspace: { name: string }
  /** When the report was generated (ISO date-time): the only time a renderer prints that is not in the data. */
  generatedAt: string
  /** The filters the claims were selected with, printed so a reader knows what the report leaves out. */
  filters: ReportFilters
  /** Articles under review. Renderers order them by publication date, title and id, whatever order they arrive in. */
  articles: ReportArticle[]
}

export interface ReportFilters {
  /** Article id (or the title the user typed) the report is limited to. */
  article?: string
  status?: ReportStatus[]
  reviewer?: string
  /** ISO date or date-time: only verdicts given since then. */
  since?: string
}

export type ReportArticleInfo = Pick<Article, 'id' | 'title' | 'outlet' | 'url' | 'publishedAt' | 'role' | 'byline'>
export type ReportSourceInfo = Pick<Article, 'id' | 'title' | 'outlet' | 'url' | 'publishedAt'>

export interface ReportArticle {
  article: ReportArticleInfo
  /** The article's quotes that pass the filters. Renderers order them by offset in the article. */
  claims: ReportClaim[]
}

export interface ReportClaim {
  /** The quote as published: text, kind, speaker (canonical name and the mention as written), offsets. */
  quote: Quote
  /**
   * The quote's whole verdict history, withdrawals included, in any order. Renderers resolve the current
   * verdict and any conflict from it with the verdict rules (resolveVerdicts), exactly as the app does,
   * so pass it whole even when a filter (reviewer, since) selected the claim by one of its verdicts.
   */
  history: Verdict[]
  /** What the matcher suggested, shown as a suggestion, never as the verdict. */
  suggestion: Suggestion | null
  /** The source passage shown as evidence, or null when there is none (an open claim the matcher found nowhere). */
  evidence: ReportEvidence | null
}

export interface ReportEvidence {
  /**
   * The source passage: the span the current verdict cites when it cites one, otherwise the source span
   * of the best match.
   */
  span: Evidence
  /** The article the span lies in. */
  source: ReportSourceInfo
  /**
   * The alignment of the quote against that span, or null when the reviewer cited a passage the matcher
   * did not align. `diff` runs from the source to the quote as published: `delete` parts are words of the
   * source the article dropped or changed, `insert` parts are words the article has that the source lacks
   * (as src/core/diff/word-diff.ts computes it: source is a, quote is b).
   */
  match: Pick<Match, 'relation' | 'score' | 'speakerAgrees' | 'diff' | 'diffTooLarge' | 'speakers'> | null
}
