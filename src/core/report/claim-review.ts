// schema.org ClaimReview JSON-LD, one per settled verdict, for publishing fact checks that search engines
// and fact-check aggregators read. Only what is meant for readers goes out: the quote, the speaker, the
// article it appeared in, the rating. Reviewer names and notes are internal newsroom data and stay out.

import type { VerdictStatus } from '../model'
import type { ReportArticleInfo, ReportData } from './report-data'
import type { PreparedClaim, StandingVerdict } from './prepare-report'
import { prepareReport } from './prepare-report'
import { stringifyJson } from './json-report'
import { httpUrlOrNull, isoDate } from './report-text'

export interface ClaimReviewOptions {
  /** The publisher of the fact check (ClaimReview `author`). Google requires it; left out when not given. */
  organisation?: { name: string; url?: string }
  /** Each review's `url` is this plus the quote id (URL-encoded), e.g. "https://example.org/checks/". */
  baseUrl?: string
}

/**
 * How our verdicts read on the schema.org rating scale (worst 1, best 5):
 * - verified → 5, "Accurate quote": the source has these words from this speaker.
 * - disputed → 1, "Misquoted": the words or the speaker differ from the source in a way that matters.
 * - unverifiable → no ratingValue, "Unverifiable": no source was found, which says nothing about accuracy,
 *   so any number on the accuracy scale would claim more than we know; `alternateName` carries the finding.
 */
export const CLAIM_REVIEW_RATINGS: Record<VerdictStatus, { ratingValue: number | null; alternateName: string }> = {
  verified: { ratingValue: 5, alternateName: 'Accurate quote' },
  disputed: { ratingValue: 1, alternateName: 'Misquoted' },
  unverifiable: { ratingValue: null, alternateName: 'Unverifiable' },
}
export const CLAIM_REVIEW_BEST_RATING = 5
export const CLAIM_REVIEW_WORST_RATING = 1

export interface ClaimReview {
  '@context': 'https://schema.org'
  '@type': 'ClaimReview'
  url?: string
  datePublished: string
  author?: { '@type': 'Organization'; name: string; url?: string }
  claimReviewed: string
  reviewRating: {
    '@type': 'Rating'
    ratingValue?: number
    bestRating: number
    worstRating: number
    alternateName: string
  }
  itemReviewed: {
    '@type': 'Claim'
    author?: { '@type': 'Person' | 'Organization'; name: string }
    datePublished?: string
    appearance: {
      '@type': 'CreativeWork'
      url?: string
      headline?: string
      datePublished?: string
      publisher?: { '@type': 'Organization'; name: string }
    }
  }
}

/** ClaimReview JSON-LD as a JSON array. Open claims and claims with unsettled conflicting verdicts are left out. */
export function renderClaimReview(input: ReportData, options: ClaimReviewOptions = {}): string {
  return stringifyJson(buildClaimReviews(input, options))
}

export function buildClaimReviews(input: ReportData, options: ClaimReviewOptions = {}): ClaimReview[] {
  const data = prepareReport(input)
  return data.articles.flatMap(({ article, claims }) =>
    claims.flatMap((claim) => (claim.current === null || claim.conflict.length > 0 ? [] : [claimReview(article, claim, claim.current, options)])),
  )
}

// Built in the order the keys should print, optional keys spread in only when present.
function claimReview(article: ReportArticleInfo, claim: PreparedClaim, verdict: StandingVerdict, options: ClaimReviewOptions): ClaimReview {
  const rating = CLAIM_REVIEW_RATINGS[verdict.status]
  const { quote } = claim
  const { organisation } = options
  const published = article.publishedAt ? isoDate(article.publishedAt) : null
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(options.baseUrl !== undefined ? { url: options.baseUrl + encodeURIComponent(quote.id) } : {}),
    datePublished: isoDate(verdict.createdAt) ?? verdict.createdAt,
    ...(organisation
      ? { author: { '@type': 'Organization', name: organisation.name, ...(organisation.url !== undefined ? { url: organisation.url } : {}) } }
      : {}),
    claimReviewed: quote.text,
    reviewRating: {
      '@type': 'Rating',
      ...(rating.ratingValue !== null ? { ratingValue: rating.ratingValue } : {}),
      bestRating: CLAIM_REVIEW_BEST_RATING,
      worstRating: CLAIM_REVIEW_WORST_RATING,
      alternateName: rating.alternateName,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(quote.speaker !== null
        ? { author: { '@type': quote.speakerKind === 'organisation' ? 'Organization' : 'Person', name: quote.speaker } }
        : {}),
      ...(published !== null ? { datePublished: published } : {}),
      appearance: appearance(article, published),
    },
  }
}

function appearance(article: ReportArticleInfo, published: string | null): ClaimReview['itemReviewed']['appearance'] {
  // Only http(s): a consumer may turn the url into a link, and a javascript: URL must not get that far.
  const url = httpUrlOrNull(article.url)
  return {
    '@type': 'CreativeWork',
    ...(url !== null ? { url } : {}),
    ...(article.title !== null ? { headline: article.title } : {}),
    ...(published !== null ? { datePublished: published } : {}),
    ...(article.outlet !== null ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
  }
}
