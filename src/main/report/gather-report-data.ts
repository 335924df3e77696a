import { basename } from 'node:path'
import type { ReportArticle, ReportClaim, ReportData, ReportStatus } from '../../core/report'
import { resolveVerdicts } from '../../core/verdict/resolve-verdicts'
import type { ReportRequest } from '../../shared/api-contract'
import { listArticles } from '../workspace/articles-store'
import { listClaims, matchesByQuote } from '../workspace/claims-store'
import type { Workspace } from '../workspace/open-workspace'
import { verdictsByQuote } from '../workspace/verdicts-store'

/** Everything a verdict report shows, read from the workspace and filtered as the editor asked. */
export function gatherReportData(workspace: Workspace, request: Omit<ReportRequest, 'format'>, generatedAt = new Date().toISOString()): ReportData {
  const articles = listArticles(workspace).filter((article) => !request.articleId || article.id === request.articleId)
  const histories = verdictsByQuote(workspace.db)
  const matches = matchesByQuote(workspace.db)
  const byId = new Map(articles.map((article) => [article.id, article]))
  const allArticles = new Map(listArticles(workspace).map((article) => [article.id, article]))
  const claimsByArticle = new Map<string, ReportClaim[]>()

  for (const claim of listClaims(workspace, request.articleId ? { articleId: request.articleId } : {})) {
    if (!byId.has(claim.quote.articleId)) continue
    const history = histories.get(claim.quote.id) ?? []
    const { current } = resolveVerdicts(history)
    const status: ReportStatus = current?.status ?? 'open'
    if (request.status && !request.status.includes(status)) continue
    if (request.reviewer && !history.some((verdict) => verdict.reviewer === request.reviewer)) continue
    if (request.since && !history.some((verdict) => verdict.createdAt >= request.since!)) continue

    const quoteMatches = matches.get(claim.quote.id) ?? []
    const cited = current?.evidence ?? null
    const match = cited
      ? (quoteMatches.find((m) => m.source.article === cited.article && m.source.start === cited.start && m.source.end === cited.end) ?? null)
      : (quoteMatches[0] ?? null)
    const span = cited ?? (match ? { article: match.source.article, quote: match.source.quote, start: match.source.start, end: match.source.end, text: match.source.text } : null)
    const source = span ? allArticles.get(span.article) : undefined
    const list = claimsByArticle.get(claim.quote.articleId) ?? []
    list.push({
      quote: claim.quote,
      history,
      suggestion: claim.suggestion,
      evidence:
        span && source
          ? {
              span,
              source: { id: source.id, title: source.title, outlet: source.outlet, url: source.url, publishedAt: source.publishedAt },
              match: match
                ? { relation: match.relation, score: match.score, speakerAgrees: match.speakerAgrees, diff: match.diff, diffTooLarge: match.diffTooLarge, speakers: match.speakers }
                : null,
            }
          : null,
    })
    claimsByArticle.set(claim.quote.articleId, list)
  }

  const reportArticles: ReportArticle[] = articles
    .filter((article) => claimsByArticle.has(article.id) || (!request.status && !request.reviewer && !request.since))
    .map((article) => ({
      article: { id: article.id, title: article.title, outlet: article.outlet, url: article.url, publishedAt: article.publishedAt, role: article.role, byline: article.byline },
      claims: claimsByArticle.get(article.id) ?? [],
    }))
  return {
    workspace: { name: basename(workspace.path).replace(/\.verbatim$/, '') },
    generatedAt,
    filters: { article: request.articleId, status: request.status, reviewer: request.reviewer, since: request.since },
    articles: reportArticles,
  }
}
