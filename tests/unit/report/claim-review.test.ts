import { describe, expect, it } from 'vitest'
import { CLAIM_REVIEW_RATINGS, renderClaimReview } from '../../../src/core/report/claim-review'
import { strikeReport } from './report-fixtures'

const options = {
  organisation: { name: 'Northbridge Post Fact Check', url: 'https://northbridgepost.example/fact-check' },
  baseUrl: 'https://northbridgepost.example/fact-check/quotes/',
}

interface Review {
  url?: string
  claimReviewed: string
  reviewRating: Record<string, unknown>
  itemReviewed: { author?: { '@type': string; name: string }; appearance: Record<string, unknown> }
  [key: string]: unknown
}

describe('renderClaimReview', () => {
  const reviews: Review[] = JSON.parse(renderClaimReview(strikeReport(), options))
  const byQuote = (text: string) => reviews.find((review) => review.claimReviewed.startsWith(text))!

  it('gives one ClaimReview per settled verdict: open and conflicting claims are left out', () => {
    expect(reviews.map((review) => review.claimReviewed)).toEqual([
      'no compulsory redundancies',
      'very good',
      'The offer on the table is a very good one, and I would urge the union to put it to its members,',
      'We have no intention of cutting a single permanent job as a result of automation,',
      'Nobody wants to see the ports closed for one day longer than necessary,',
    ])
  })

  it('describes a disputed quote with its speaker, the article it appeared in and the publisher of the check', () => {
    expect(byQuote('The offer on the table')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://northbridgepost.example/fact-check/quotes/q-offer',
      datePublished: '2025-05-24',
      author: { '@type': 'Organization', name: 'Northbridge Post Fact Check', url: 'https://northbridgepost.example/fact-check' },
      claimReviewed: 'The offer on the table is a very good one, and I would urge the union to put it to its members,',
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Misquoted' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Irena Dovan' },
        datePublished: '2025-05-24',
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://northbridgepost.example/europe/kaldavia-dockers-strike',
          headline: 'Dockers’ strike: minister calls offer “very good” as talks stall',
          datePublished: '2025-05-24',
          publisher: { '@type': 'Organization', name: 'Northbridge Post' },
        },
      },
    })
  })

  it('rates each verdict by the documented mapping; unverifiable has a name but no value on the accuracy scale', () => {
    expect(byQuote('very good').reviewRating).toMatchObject({ ratingValue: 5, alternateName: 'Accurate quote' })
    const unverifiable = byQuote('We have no intention').reviewRating
    expect(unverifiable).toEqual({ '@type': 'Rating', bestRating: 5, worstRating: 1, alternateName: 'Unverifiable' })
    expect(Object.keys(CLAIM_REVIEW_RATINGS)).toEqual(['verified', 'disputed', 'unverifiable'])
  })

  it('names an organisation speaker as an Organization and leaves out an article URL it does not have', () => {
    const redundancies = byQuote('no compulsory redundancies')
    expect(redundancies.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Brennhaven Port Authority' })
    expect(redundancies.itemReviewed.appearance).not.toHaveProperty('url')
  })

  it('keeps internal newsroom data out: no reviewer names, no notes', () => {
    const json = renderClaimReview(strikeReport(), options)
    expect(json).not.toContain('Piotr Kowal')
    expect(json).not.toContain('Ana Mendez')
    expect(json).not.toContain('press office')
  })

  it('leaves out url and author when no base URL or organisation is given', () => {
    const [first]: Review[] = JSON.parse(renderClaimReview(strikeReport()))
    expect(first).not.toHaveProperty('url')
    expect(first).not.toHaveProperty('author')
  })
})
