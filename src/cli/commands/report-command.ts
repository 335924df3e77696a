import { Option, type Command } from 'commander'
import { writeFileSync } from 'node:fs'
import { REPORT_FORMATS, type ReportFormat } from '../../shared/api-contract'
import { VERDICT_STATUSES } from '../../core/model'
import { buildReport } from '../../main/report/build-report'
import { printPdfWithChromium } from '../../main/report/print-pdf-with-chromium'
import { closeWorkspace, openWorkspace } from '../../main/workspace/open-workspace'

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description('export a verdict report')
    .requiredOption('--db <file>', 'the workspace file')
    .addOption(new Option('--format <format>', 'the report format').choices(REPORT_FORMATS).default('html'))
    .option('-o, --output <file>', 'write to this file (default: standard output; PDF needs a file)')
    .option('--article <id>', 'only this article')
    .addOption(new Option('--status <status...>', 'only claims with these verdicts').choices([...VERDICT_STATUSES, 'open']))
    .option('--reviewer <name>', 'only claims this reviewer decided on')
    .option('--since <date>', 'only claims decided since this date (YYYY-MM-DD)')
    .option('--history', 'include each claim’s verdict history')
    .option('--organisation <name>', 'ClaimReview: the organisation publishing the fact checks')
    .option('--organisation-url <url>', 'ClaimReview: its web address')
    .option('--review-url <base>', 'ClaimReview: each review’s URL is this plus the quote id')
    .action(async (options: { db: string; format: ReportFormat; output?: string; article?: string; status?: ('verified' | 'disputed' | 'unverifiable' | 'open')[]; reviewer?: string; since?: string; history?: boolean; organisation?: string; organisationUrl?: string; reviewUrl?: string }) => {
      if (options.format === 'pdf' && !options.output) throw new Error('a PDF report needs a file to go to: -o report.pdf')
      if (options.format === 'claimreview' && !options.organisation) {
        console.error('verbatim: note: without --organisation the ClaimReview objects have no author, which search engines require.')
      }
      const workspace = openWorkspace(options.db, { readOnly: true })
      try {
        const report = await buildReport(
          workspace,
          {
            format: options.format,
            articleId: options.article,
            status: options.status,
            reviewer: options.reviewer,
            since: options.since,
            includeHistory: options.history,
            organisation: options.organisation,
            organisationUrl: options.organisationUrl,
            reviewBaseUrl: options.reviewUrl,
          },
          { printToPdf: (html) => printPdfWithChromium(html) },
        )
        if (options.output) writeFileSync(options.output, report.bytes)
        else process.stdout.write(report.bytes)
      } finally {
        closeWorkspace(workspace)
      }
    })
}
