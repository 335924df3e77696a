// In browser mode a report comes back as content; the page hands it to the browser as a download.
import type { ReportFile } from '../../../shared/api-contract'

export function reportBlob(report: ReportFile): Blob {
  if (report.encoding === 'base64') {
    const binary = atob(report.content)
    const bytes = new Uint8Array(binary.length)
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
    return new Blob([bytes], { type: report.mimeType })
  }
  return new Blob([report.content], { type: report.mimeType })
}

export function downloadReport(report: ReportFile): void {
  const url = URL.createObjectURL(reportBlob(report))
  const link = document.createElement('a')
  link.href = url
  link.download = report.fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
