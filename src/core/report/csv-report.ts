// The verdict report as CSV (RFC 4180: comma, double quotes, CRLF), one row per claim, for spreadsheets
// and newsroom tracking sheets. Cells that a spreadsheet would run as a formula (= + - @ tab CR, and their
// full-width forms) get a leading apostrophe: article text is data, never a formula (OWASP "CSV injection").

import { stringify } from 'csv-stringify/sync'
import type { ReportArticleInfo, ReportData } from './report-data'
import type { PreparedClaim } from './prepare-report'
import { prepareReport } from './prepare-report'

export interface CsvReportOptions {
  /** Start with a UTF-8 byte-order mark, so Excel reads accented names correctly. */
  bom?: boolean
}

type CsvCell = string | number | null

/** The columns, in order: key (the header) and how a claim fills it. Documented here so the header is the schema. */
export const CSV_COLUMNS: ReadonlyArray<{ key: string; cell: (article: ReportArticleInfo, claim: PreparedClaim) => CsvCell }> = [
  { key: 'article_id', cell: (article) => article.id },
  { key: 'article_title', cell: (article) => article.title },
  { key: 'article_outlet', cell: (article) => article.outlet },
  { key: 'article_url', cell: (article) => article.url },
  { key: 'article_published_at', cell: (article) => article.publishedAt },
  { key: 'quote_id', cell: (_, claim) => claim.quote.id },
  { key: 'quote_start', cell: (_, claim) => claim.quote.start },
  { key: 'quote_end', cell: (_, claim) => claim.quote.end },
  { key: 'quote_text', cell: (_, claim) => claim.quote.text },
  { key: 'quote_kind', cell: (_, claim) => claim.quote.kind },
  { key: 'speaker', cell: (_, claim) => claim.quote.speaker },
  { key: 'speaker_mention', cell: (_, claim) => claim.quote.mention },
  /** verified, disputed, unverifiable, or open when no verdict has been given. */
  { key: 'status', cell: (_, claim) => claim.status },
  { key: 'reviewer', cell: (_, claim) => claim.current?.reviewer ?? null },
  { key: 'verdict_time', cell: (_, claim) => claim.current?.createdAt ?? null },
  { key: 'verdict_note', cell: (_, claim) => claim.current?.note ?? null },
  { key: 'verdict_id', cell: (_, claim) => claim.current?.id ?? null },
  /** yes when concurrent verdicts are unsettled; the next column lists them. */
  { key: 'conflict', cell: (_, claim) => (claim.conflict.length > 0 ? 'yes' : 'no') },
  {
    key: 'conflicting_verdicts',
    cell: (_, claim) =>
      claim.conflict.length > 0 ? claim.conflict.map((verdict) => `${verdict.status} by ${verdict.reviewer} at ${verdict.createdAt}`).join('; ') : null,
  },
  { key: 'evidence_article_id', cell: (_, claim) => claim.evidence?.source.id ?? null },
  { key: 'evidence_article_title', cell: (_, claim) => claim.evidence?.source.title ?? null },
  { key: 'evidence_article_outlet', cell: (_, claim) => claim.evidence?.source.outlet ?? null },
  { key: 'evidence_text', cell: (_, claim) => claim.evidence?.span.text ?? null },
  { key: 'relation', cell: (_, claim) => claim.evidence?.match?.relation ?? null },
  { key: 'score', cell: (_, claim) => claim.evidence?.match?.score ?? null },
  /** yes, no, or empty when the matcher could not tell. */
  {
    key: 'speaker_agrees',
    cell: (_, claim) => {
      const agrees = claim.evidence?.match?.speakerAgrees
      return agrees === true ? 'yes' : agrees === false ? 'no' : null
    },
  },
  { key: 'source_speaker', cell: (_, claim) => claim.evidence?.match?.speakers?.source ?? null },
  { key: 'suggestion', cell: (_, claim) => claim.suggestion?.status ?? null },
  { key: 'suggestion_reason', cell: (_, claim) => claim.suggestion?.reason ?? null },
]

export function renderCsvReport(input: ReportData, options: CsvReportOptions = {}): string {
  const data = prepareReport(input)
  const rows = data.articles.flatMap(({ article, claims }) => claims.map((claim) => CSV_COLUMNS.map((column) => column.cell(article, claim))))
  return stringify(rows, {
    header: true,
    columns: CSV_COLUMNS.map((column) => column.key),
    record_delimiter: 'windows',
    bom: options.bom === true,
    escape_formulas: true,
  })
}
