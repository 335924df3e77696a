import { describe, expect, it } from 'vitest'
import { REPORT_FILE_TYPES, REPORT_FORMATS, isReportFormat, renderReport } from '../../../src/core/report/render-report'
import type { ReportData } from '../../../src/core/report/report-data'
import { strikeReport } from './report-fixtures'

/** The same report as a database might return it: every list in the opposite order. */
function shuffled(data: ReportData): ReportData {
  return {
    ...data,
    articles: [...data.articles].reverse().map((entry) => ({
      article: entry.article,
      claims: [...entry.claims].reverse().map((claim) => ({ ...claim, history: [...claim.history].reverse() })),
    })),
  }
}

const options = { includeHistory: true, bom: true, organisation: { name: 'Northbridge Post' }, baseUrl: 'https://northbridgepost.example/checks/' }

describe('renderReport', () => {
  it('knows the five formats and what file each makes', () => {
    expect(REPORT_FORMATS).toEqual(['html', 'md', 'csv', 'json', 'claimreview'])
    expect(REPORT_FORMATS.map((format) => REPORT_FILE_TYPES[format].extension)).toEqual(['html', 'md', 'csv', 'json', 'jsonld'])
    expect(isReportFormat('claimreview')).toBe(true)
    expect(isReportFormat('pdf')).toBe(false)
  })

  it.each(REPORT_FORMATS)('renders %s byte for byte the same, twice and whatever order the rows came in', (format) => {
    const first = renderReport(format, strikeReport(), options)
    expect(renderReport(format, strikeReport(), options)).toBe(first)
    expect(renderReport(format, shuffled(strikeReport()), options)).toBe(first)
  })

  it('prints no time but the data’s own and the generation time', () => {
    const times = new Set<string>()
    for (const format of REPORT_FORMATS) {
      for (const match of renderReport(format, strikeReport(), options).matchAll(/20\d\d-\d\d-\d\d[T ]\d\d:\d\d/g)) times.add(match[0].replace(' ', 'T'))
    }
    const data = strikeReport()
    const known = new Set([data.generatedAt, ...data.articles.flatMap((a) => a.claims.flatMap((c) => c.history.map((v) => v.createdAt)))].map((t) => t.slice(0, 16)))
    known.add('2025-05-23T18:05') // the wire's publication time
    expect([...times].filter((time) => !known.has(time))).toEqual([])
  })

  it('passes each renderer its options', () => {
    expect(renderReport('csv', strikeReport(), { bom: true }).charCodeAt(0)).toBe(0xfeff)
    expect(renderReport('html', strikeReport(), { includeHistory: true })).toContain('<section class="history">')
    expect(renderReport('md', strikeReport(), { includeHistory: true })).toContain('**History:**')
    expect(renderReport('claimreview', strikeReport(), { organisation: { name: 'Northbridge Post' } })).toContain('"name": "Northbridge Post"')
  })
})
