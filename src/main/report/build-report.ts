import { REPORT_FILE_TYPES, renderReport } from '../../core/report'
import type { ReportRequest } from '../../shared/api-contract'
import type { Workspace } from '../workspace/open-workspace'
import { gatherReportData } from './gather-report-data'

export interface BuiltReport {
  fileName: string
  mimeType: string
  bytes: Buffer
  encoding: 'utf8' | 'base64'
}

export interface PdfPrinter {
  printToPdf?: (html: string) => Promise<Buffer>
}

/** A report in the format asked for; PDF is the HTML report printed by a browser engine. */
export async function buildReport(workspace: Workspace, request: ReportRequest, printer: PdfPrinter = {}): Promise<BuiltReport> {
  const { format, includeHistory, organisation, organisationUrl, reviewBaseUrl, ...filters } = request
  const data = gatherReportData(workspace, filters)
  const stem = `${data.workspace.name || 'verbatim'}-report`
  if (format === 'pdf') {
    if (!printer.printToPdf) throw new Error('PDF reports need a browser engine: Chromium was not found. Export HTML and print it instead.')
    const html = renderReport('html', data, { includeHistory })
    return { fileName: `${stem}.pdf`, mimeType: 'application/pdf', bytes: await printer.printToPdf(html), encoding: 'base64' }
  }
  const text = renderReport(format, data, {
    includeHistory,
    bom: format === 'csv',
    organisation: organisation ? { name: organisation, url: organisationUrl } : undefined,
    baseUrl: reviewBaseUrl,
  })
  const type = REPORT_FILE_TYPES[format]
  return { fileName: `${stem}.${type.extension}`, mimeType: type.mediaType, bytes: Buffer.from(text, 'utf8'), encoding: 'utf8' }
}
