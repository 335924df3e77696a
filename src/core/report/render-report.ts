// One entry point for every report format, for the API implementation and `verbatim report --format`.

import type { ClaimReviewOptions } from './claim-review'
import { renderClaimReview } from './claim-review'
import type { CsvReportOptions } from './csv-report'
import { renderCsvReport } from './csv-report'
import type { HtmlReportOptions } from './html-report'
import { renderHtmlReport } from './html-report'
import { renderJsonReport } from './json-report'
import type { MarkdownReportOptions } from './markdown-report'
import { renderMarkdownReport } from './markdown-report'
import type { ReportData } from './report-data'

export const REPORT_FORMATS = ['html', 'md', 'csv', 'json', 'claimreview'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** What a caller needs to save or serve a rendered report. */
export const REPORT_FILE_TYPES: Record<ReportFormat, { extension: string; mediaType: string }> = {
  html: { extension: 'html', mediaType: 'text/html; charset=utf-8' },
  md: { extension: 'md', mediaType: 'text/markdown; charset=utf-8' },
  csv: { extension: 'csv', mediaType: 'text/csv; charset=utf-8' },
  json: { extension: 'json', mediaType: 'application/json' },
  claimreview: { extension: 'jsonld', mediaType: 'application/ld+json' },
}

/** Every renderer's options; each renderer reads only its own. */
export type ReportOptions = HtmlReportOptions & MarkdownReportOptions & CsvReportOptions & ClaimReviewOptions

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value)
}

export function renderReport(format: ReportFormat, data: ReportData, options: ReportOptions = {}): string {
  switch (format) {
    case 'html':
      return renderHtmlReport(data, options)
    case 'md':
      return renderMarkdownReport(data, options)
    case 'csv':
      return renderCsvReport(data, options)
    case 'json':
      return renderJsonReport(data)
    case 'claimreview':
      return renderClaimReview(data, options)
  }
}
