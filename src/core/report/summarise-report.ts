// The figures at the head of every report: claims per verdict (open included), per article, per reviewer,
// the span of time the verdicts were given in, and the claims still open.

import type { ReportArticleInfo, ReportStatus } from './report-data'
import { REPORT_STATUSES } from './report-data'
import type { PreparedClaim, PreparedReport } from './prepare-report'
import { compareText, compareTimes } from './report-text'

export type ReportCounts = { claims: number } & Record<ReportStatus, number> & { conflicts: number }

export interface ReportSummary {
  totals: ReportCounts
  /** One entry per article, in report order. */
  articles: Array<{ article: ReportArticleInfo; counts: ReportCounts }>
  /** By name: how many claims' current verdict is theirs, and how many verdicts (not withdrawals) they gave in all. */
  reviewers: Array<{ name: string; current: number; verdicts: number }>
  /** First and last time a verdict in the report was given, or null when there is none. */
  verdictTimes: { first: string; last: string } | null
  /** Claims still open, in report order; the indexes point into the report's articles and their claims. */
  open: Array<{ article: ReportArticleInfo; claim: PreparedClaim; articleIndex: number; claimIndex: number }>
}

export function summariseReport(report: PreparedReport): ReportSummary {
  const totals = emptyCounts()
  const reviewers = new Map<string, { current: number; verdicts: number }>()
  const open: ReportSummary['open'] = []
  let first: string | null = null
  let last: string | null = null

  const articles = report.articles.map((entry, articleIndex) => {
    const counts = emptyCounts()
    entry.claims.forEach((claim, claimIndex) => {
      for (const target of [counts, totals]) {
        target.claims += 1
        target[claim.status] += 1
        if (claim.conflict.length > 0) target.conflicts += 1
      }
      if (claim.status === 'open') open.push({ article: entry.article, claim, articleIndex, claimIndex })
      if (claim.current) reviewerTally(reviewers, claim.current.reviewer).current += 1
      for (const verdict of claim.history) {
        if (verdict.status === 'withdrawn') continue
        reviewerTally(reviewers, verdict.reviewer).verdicts += 1
        if (first === null || compareTimes(verdict.createdAt, first) < 0) first = verdict.createdAt
        if (last === null || compareTimes(verdict.createdAt, last) > 0) last = verdict.createdAt
      }
    })
    return { article: entry.article, counts }
  })

  return {
    totals,
    articles,
    reviewers: [...reviewers.entries()].sort(([a], [b]) => compareText(a, b)).map(([name, tally]) => ({ name, ...tally })),
    verdictTimes: first !== null && last !== null ? { first, last } : null,
    open,
  }
}

function emptyCounts(): ReportCounts {
  const counts = { claims: 0 } as ReportCounts
  for (const status of REPORT_STATUSES) counts[status] = 0
  counts.conflicts = 0
  return counts
}

function reviewerTally(tallies: Map<string, { current: number; verdicts: number }>, name: string) {
  let tally = tallies.get(name)
  if (!tally) {
    tally = { current: 0, verdicts: 0 }
    tallies.set(name, tally)
  }
  return tally
}
