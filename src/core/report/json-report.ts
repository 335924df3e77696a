// The verdict report as JSON in the versioned shape of json-report-schema.ts. Objects are built field by
// field (never spread from the input), so key order is fixed and nothing outside the schema leaks through.

import type { Evidence, Verdict } from '../model'
import type { ReportData, ReportEvidence } from './report-data'
import type { PreparedClaim, StandingVerdict } from './prepare-report'
import type { JsonReport } from './json-report-schema'
import { JSON_REPORT_SCHEMA_NAME, JSON_REPORT_VERSION } from './json-report-schema'
import { prepareReport } from './prepare-report'
import { summariseReport } from './summarise-report'

type JsonClaim = JsonReport['articles'][number]['claims'][number]
type JsonSpan = NonNullable<JsonClaim['evidence']>['span']

export function renderJsonReport(input: ReportData): string {
  return stringifyJson(buildJsonReport(input))
}

export function buildJsonReport(input: ReportData): JsonReport {
  const data = prepareReport(input)
  const summary = summariseReport(data)
  const { filters } = data
  return {
    schema: JSON_REPORT_SCHEMA_NAME,
    version: JSON_REPORT_VERSION,
    generatedAt: data.generatedAt,
    workspace: { name: data.workspace.name },
    filters: {
      article: filters.article ?? null,
      status: filters.status ? [...filters.status] : null,
      reviewer: filters.reviewer ?? null,
      since: filters.since ?? null,
    },
    summary: {
      totals: summary.totals,
      reviewers: summary.reviewers,
      verdictTimes: summary.verdictTimes,
      openQuoteIds: summary.open.map(({ claim }) => claim.quote.id),
    },
    articles: data.articles.map(({ article, claims }, index) => ({
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      byline: article.byline,
      url: article.url,
      publishedAt: article.publishedAt,
      role: article.role,
      counts: summary.articles[index].counts,
      claims: claims.map(jsonClaim),
    })),
  }
}

function jsonClaim(claim: PreparedClaim): JsonClaim {
  const { quote } = claim
  return {
    quote: {
      id: quote.id,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      kind: quote.kind,
      speaker: quote.speaker,
      speakerKind: quote.speakerKind ?? null,
      mention: quote.mention,
      cue: quote.cue,
    },
    status: claim.status,
    conflict: claim.conflict.length > 0,
    current: claim.current ? standingVerdict(claim.current) : null,
    conflicting: claim.conflict.map(standingVerdict),
    history: claim.history.map(jsonVerdict),
    suggestion: claim.suggestion ? { status: claim.suggestion.status, reason: claim.suggestion.reason } : null,
    evidence: claim.evidence ? jsonEvidence(claim.evidence) : null,
  }
}

function jsonVerdict(verdict: Verdict): JsonClaim['history'][number] {
  return {
    id: verdict.id,
    status: verdict.status,
    reviewer: verdict.reviewer,
    createdAt: verdict.createdAt,
    note: verdict.note,
    evidence: verdict.evidence ? jsonSpan(verdict.evidence) : null,
    supersedes: [...verdict.supersedes],
  }
}

function standingVerdict(verdict: StandingVerdict): NonNullable<JsonClaim['current']> {
  return { ...jsonVerdict(verdict), status: verdict.status }
}

function jsonEvidence(evidence: ReportEvidence): NonNullable<JsonClaim['evidence']> {
  const { source, match } = evidence
  return {
    source: { id: source.id, title: source.title, outlet: source.outlet, url: source.url, publishedAt: source.publishedAt },
    span: jsonSpan(evidence.span),
    match: match
      ? {
          relation: match.relation,
          score: match.score,
          speakerAgrees: match.speakerAgrees,
          diff: match.diff.map((part) => ({ op: part.op, text: part.text })),
          diffTooLarge: match.diffTooLarge ?? null,
          sourceSpeaker: match.speakers?.source ?? null,
        }
      : null,
  }
}

function jsonSpan(span: Evidence): JsonSpan {
  return { articleId: span.article, quoteId: span.quote, start: span.start, end: span.end, text: span.text }
}

/**
 * Pretty JSON with `<`, `>`, `&` and the two JavaScript line separators written as \u escapes: the same
 * value once parsed, but safe to paste inside an HTML <script type="application/ld+json"> element.
 */
export function stringifyJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return `${json}\n`
}
