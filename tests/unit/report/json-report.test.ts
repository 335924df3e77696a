import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { renderJsonReport } from '../../../src/core/report/json-report'
import { JSON_REPORT_JSON_SCHEMA, jsonReportSchema } from '../../../src/core/report/json-report-schema'
import { strikeReport } from './report-fixtures'

// The published JSON Schema document read back as a validator: checks the document itself, not only the zod source.
const publishedSchema = z.fromJSONSchema(JSON_REPORT_JSON_SCHEMA as Parameters<typeof z.fromJSONSchema>[0])

describe('renderJsonReport', () => {
  const json = renderJsonReport(strikeReport())
  const report = JSON.parse(json)

  it('names its schema and version and validates against the published JSON Schema', () => {
    expect(report.schema).toBe('verbatim-report')
    expect(report.version).toBe(1)
    expect(JSON_REPORT_JSON_SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(jsonReportSchema.safeParse(report).success).toBe(true)
    expect(publishedSchema.safeParse(report).success).toBe(true)
  })

  it('is rejected by the schema when a field is wrong or unknown', () => {
    const wrongStatus = structuredClone(report)
    wrongStatus.articles[0].claims[0].status = 'probably true'
    expect(publishedSchema.safeParse(wrongStatus).success).toBe(false)
    const extra = structuredClone(report)
    extra.articles[0].claims[0].quote.sentiment = 'positive'
    expect(publishedSchema.safeParse(extra).success).toBe(false)
    const nextVersion = { ...report, version: 2 }
    expect(publishedSchema.safeParse(nextVersion).success).toBe(false)
  })

  it('carries the summary: totals, reviewers, the span of verdict times, the open quotes', () => {
    expect(report.summary).toEqual({
      totals: { claims: 8, verified: 2, disputed: 3, unverifiable: 1, open: 2, conflicts: 1 },
      reviewers: [
        { name: 'Ana Mendez', current: 3, verdicts: 5 },
        { name: 'Piotr Kowal', current: 3, verdicts: 4 },
      ],
      verdictTimes: { first: '2025-05-21T08:00:00Z', last: '2025-05-24T13:15:00Z' },
      openQuoteIds: ['q-smart-quay', 'q-lying'],
    })
    expect(report.filters).toEqual({ article: null, status: null, reviewer: null, since: null })
  })

  it('gives each claim its status, current verdict, conflict, full history oldest first and evidence', () => {
    const claims = report.articles[1].claims
    const backDown = claims.find((c: { quote: { id: string } }) => c.quote.id === 'q-back-down')
    expect(backDown.status).toBe('disputed')
    expect(backDown.conflict).toBe(true)
    expect(backDown.conflicting.map((v: { id: string }) => v.id)).toEqual(['v-back-down-ana', 'v-back-down-piotr'])
    const cited = '"We will not back down," Tamashov told reporters.'
    expect(backDown.conflicting[0].evidence).toEqual({ articleId: 'art-mpa-wire', quoteId: 'art-mpa-wire-q', start: 100, end: 100 + cited.length, text: cited })

    const jobs = claims.find((c: { quote: { id: string } }) => c.quote.id === 'q-no-job-cuts')
    expect(jobs.history.map((v: { id: string; status: string }) => `${v.id} ${v.status}`)).toEqual([
      'v-jobs-1 verified',
      'v-jobs-2 withdrawn',
      'v-jobs-3 unverifiable',
    ])
    expect(jobs.current.id).toBe('v-jobs-3')
    expect(jobs.conflicting).toEqual([])
    expect(jobs.evidence.match).toEqual({
      relation: 'reworded',
      score: 0.7,
      speakerAgrees: true,
      diff: [],
      diffTooLarge: 'diff exceeded 2000 edits',
      sourceSpeaker: null,
    })

    const lying = claims.find((c: { quote: { id: string } }) => c.quote.id === 'q-lying')
    expect([lying.status, lying.current, lying.history, lying.evidence]).toEqual(['open', null, [], null])
  })

  it('leaves nothing of the input outside the schema', () => {
    const data = strikeReport()
    Object.assign(data.articles[0].article, { text: 'the whole article body', contentHash: 'abc' })
    const parsed = JSON.parse(renderJsonReport(data))
    expect(jsonReportSchema.safeParse(parsed).success).toBe(true)
    expect(JSON.stringify(parsed)).not.toContain('the whole article body')
  })
})
