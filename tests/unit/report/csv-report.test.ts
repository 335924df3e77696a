import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS, renderCsvReport } from '../../../src/core/report/csv-report'
import type { ReportData } from '../../../src/core/report/report-data'
import { parseCsv } from './parse-csv'
import { strikeReport } from './report-fixtures'

function records(csv: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(csv)
  return rows.map((row) => Object.fromEntries(header.map((key, i) => [key, row[i]])))
}

describe('renderCsvReport', () => {
  const csv = renderCsvReport(strikeReport())
  const rows = records(csv)

  it('is RFC 4180 with a header row and one row per claim, in report order', () => {
    const [header, ...body] = parseCsv(csv)
    expect(header).toEqual(CSV_COLUMNS.map((column) => column.key))
    expect(body.every((row) => row.length === header.length)).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(1 + 8 + 1)
    expect(rows.map((row) => row.quote_id)).toEqual([
      'q-no-redundancies',
      'q-very-good',
      'q-offer',
      'q-smart-quay',
      'q-back-down',
      'q-lying',
      'q-no-job-cuts',
      'q-nobody-wants',
    ])
  })

  it('fills a claim row with its article, quote, verdict, evidence and suggestion', () => {
    const offer = rows.find((row) => row.quote_id === 'q-offer')!
    expect(offer).toMatchObject({
      article_id: 'art-draft-strike',
      article_title: 'Dockers’ strike: minister calls offer “very good” as talks stall',
      article_outlet: 'Northbridge Post',
      quote_text: 'The offer on the table is a very good one, and I would urge the union to put it to its members,',
      quote_kind: 'direct',
      speaker: 'Irena Dovan',
      speaker_mention: 'she',
      status: 'disputed',
      reviewer: 'Piotr Kowal',
      verdict_time: '2025-05-24T11:02:00Z',
      verdict_note: 'Minister said “a good one”, not “a very good one”, and “I urge”, not “I would urge”.',
      verdict_id: 'v-offer-2',
      conflict: 'no',
      conflicting_verdicts: '',
      evidence_article_id: 'art-mpa-wire',
      evidence_article_title: 'Kaldavia minister urges dockers to accept offer as talks end without deal',
      evidence_text: 'The offer on the table is a good one, and I urge the union to put it to its members.',
      relation: 'reworded',
      score: '0.84',
      speaker_agrees: 'yes',
      suggestion: 'disputed',
      suggestion_reason: 'Reworded: “very” and “would” added.',
    })
    const quote = strikeReport().articles[0].claims.find((claim) => claim.quote.id === 'q-offer')!.quote
    expect([Number(offer.quote_start), Number(offer.quote_end)]).toEqual([quote.start, quote.end])
  })

  it('writes open claims as open with empty verdict cells, and conflicts as yes with both verdicts', () => {
    const lying = rows.find((row) => row.quote_id === 'q-lying')!
    expect([lying.status, lying.reviewer, lying.verdict_time, lying.evidence_text, lying.suggestion]).toEqual([
      'open',
      '',
      '',
      '',
      'unverifiable',
    ])
    const backDown = rows.find((row) => row.quote_id === 'q-back-down')!
    expect(backDown.conflict).toBe('yes')
    expect(backDown.conflicting_verdicts).toBe(
      'verified by Ana Mendez at 2025-05-24T10:12:00Z; disputed by Piotr Kowal at 2025-05-24T10:14:00Z',
    )
    const misattributed = rows.find((row) => row.quote_id === 'q-nobody-wants')!
    expect([misattributed.speaker_agrees, misattributed.source_speaker]).toEqual(['no', 'Pavel Roos'])
  })

  it('keeps commas, quotes and line breaks inside a cell', () => {
    const data: ReportData = strikeReport()
    const claim = data.articles[0].claims.find((c) => c.quote.id === 'q-offer')!
    claim.history[1].note = 'Line one, with "quotes".\r\nLine two.'
    const offer = records(renderCsvReport(data)).find((row) => row.quote_id === 'q-offer')!
    expect(offer.verdict_note).toBe('Line one, with "quotes".\r\nLine two.')
  })

  it('starts with a UTF-8 byte-order mark only when asked', () => {
    expect(csv.startsWith('article_id,')).toBe(true)
    const withBom = renderCsvReport(strikeReport(), { bom: true })
    expect(withBom.charCodeAt(0)).toBe(0xfeff)
    expect(withBom.slice(1)).toBe(csv)
  })
})
