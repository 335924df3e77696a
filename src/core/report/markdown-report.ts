// The verdict report as Markdown, to paste into a CMS or a ticket. Article text is escaped so that no
// link, image, raw HTML or table cell can be forged from it: `<`, `>` and `&` become entities (honoured by
// every Markdown dialect, unlike `\<`), other metacharacters get a backslash. The only HTML in the output is
// our own <ins>/<del> around diff words: emphasis delimiters (`**`, `~~`) fail next to punctuation.

import type { DiffPart, Verdict } from '../model'
import type { ReportData, ReportEvidence, ReportFilters } from './report-data'
import type { PreparedArticle, PreparedClaim } from './prepare-report'
import { prepareReport } from './prepare-report'
import type { ReportCounts, ReportSummary } from './summarise-report'
import { summariseReport } from './summarise-report'
import { KIND_LABELS, RELATION_LABELS, STATUS_LABELS, UNTITLED, articleFilterName, formatTime, httpUrlOrNull, shorten } from './report-text'

export interface MarkdownReportOptions {
  /** List every verdict each claim has had, oldest first. */
  includeHistory?: boolean
}

/**
 * Text for a Markdown inline context (paragraph, list item, heading, table cell, blockquote line): one line
 * in which nothing links, embeds, emphasises, splits a table cell or @-mentions someone in a ticket. Only
 * characters that can start markup are escaped, so the raw text stays readable where Markdown is not rendered.
 */
export function escapeMarkdown(text: string): string {
  const line = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#@]/g, (char) => `\\${char}`)
  // The text may open a line (after "> " or "## "): keep it from starting a list or a setext underline.
  return line.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
}

export function renderMarkdownReport(input: ReportData, options: MarkdownReportOptions = {}): string {
  const data = prepareReport(input)
  const summary = summariseReport(data)
  const blocks = [
    `# Verdict report: ${escapeMarkdown(data.workspace.name)}`,
    `Generated ${formatTime(data.generatedAt)}. ${filtersText(data.filters, data.articles)}`,
    ...summaryBlocks(summary),
    'How to read the differences: <ins>underlined</ins> words are in the article but not the source; ' +
      '<del>struck</del> words are in the source but were dropped or changed in the article.',
    ...data.articles.flatMap((entry) => articleBlocks(entry, options)),
  ]
  return `${blocks.join('\n\n')}\n`
}

function summaryBlocks(summary: ReportSummary): string[] {
  const { totals } = summary
  const blocks = [
    '## Summary',
    table(
      ['Verdict', 'Claims'],
      ['---', '---:'],
      [
        ...(['verified', 'disputed', 'unverifiable', 'open'] as const).map((status) => [STATUS_LABELS[status], String(totals[status])]),
        ['**All claims**', `**${totals.claims}**`],
      ],
    ),
    totals.conflicts > 0
      ? `**Conflicts:** ${totals.conflicts} ${totals.conflicts === 1 ? 'claim has' : 'claims have'} unsettled conflicting verdicts, each counted above under its latest verdict.`
      : 'No conflicting verdicts.',
    '### By article',
    table(
      ['Article', 'Outlet', 'Claims', 'Verified', 'Disputed', 'Unverifiable', 'Open', 'Conflicts'],
      ['---', '---', '---:', '---:', '---:', '---:', '---:', '---:'],
      summary.articles.map(({ article, counts }) => [
        escapeMarkdown(article.title ?? UNTITLED),
        escapeMarkdown(article.outlet ?? ''),
        ...countCells(counts),
      ]),
    ),
    '### Reviewers',
  ]
  blocks.push(
    summary.reviewers.length > 0
      ? table(
          ['Reviewer', 'Current verdicts', 'Verdicts given'],
          ['---', '---:', '---:'],
          summary.reviewers.map((reviewer) => [escapeMarkdown(reviewer.name), String(reviewer.current), String(reviewer.verdicts)]),
        )
      : 'No reviewer has given a verdict yet.',
  )
  if (summary.verdictTimes) {
    const { first, last } = summary.verdictTimes
    blocks.push(first === last ? `Verdicts given at ${formatTime(first)}.` : `Verdicts given between ${formatTime(first)} and ${formatTime(last)}.`)
  }
  blocks.push('### Open claims')
  blocks.push(
    summary.open.length > 0
      ? summary.open
          .map(
            ({ article, claim }, index) =>
              `${index + 1}. “${escapeMarkdown(shorten(claim.quote.text, 120))}” (${escapeMarkdown(claim.quote.speaker ?? 'unknown speaker')}, ${escapeMarkdown(article.title ?? UNTITLED)})`,
          )
          .join('\n')
      : 'None: every claim has a verdict.',
  )
  return blocks
}

function countCells(counts: ReportCounts): string[] {
  return [counts.claims, counts.verified, counts.disputed, counts.unverifiable, counts.open, counts.conflicts].map(String)
}

function table(header: string[], align: string[], rows: string[][]): string {
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}

function articleBlocks(entry: PreparedArticle, options: MarkdownReportOptions): string[] {
  const { article } = entry
  const meta = [
    article.outlet ? escapeMarkdown(article.outlet) : null,
    article.byline ? `By ${escapeMarkdown(article.byline)}` : null,
    article.publishedAt ? `Published ${formatTime(article.publishedAt)}` : null,
    `Role: ${escapeMarkdown(article.role)}`,
    article.url ? urlText(article.url) : null,
  ].filter((part) => part !== null)
  const blocks = [`## ${escapeMarkdown(article.title ?? UNTITLED)}`, meta.join(' · ')]
  if (entry.claims.length === 0) blocks.push('*No claims in this article match the filters.*')
  entry.claims.forEach((claim, index) => blocks.push(...claimBlocks(claim, index + 1, options)))
  return blocks
}

function claimBlocks(claim: PreparedClaim, number: number, options: MarkdownReportOptions): string[] {
  const { quote, current } = claim
  const status = claim.status
  const conflict = claim.conflict.length > 0
  const facts = [
    `**Speaker:** ${quote.speaker === null ? 'unknown' : escapeMarkdown(quote.speaker)}${quote.speakerKind === 'organisation' ? ' (organisation)' : ''}`,
    `**Kind:** ${KIND_LABELS[quote.kind]}`,
  ]
  const attribution = [quote.mention ? `“${escapeMarkdown(quote.mention)}”` : null, quote.cue ? escapeMarkdown(quote.cue) : null].filter(
    (part) => part !== null,
  )
  if (attribution.length > 0) facts.push(`**Attribution:** ${attribution.join(' · ')}`)
  facts.push(`**Verdict:** ${current ? verdictText(current) : 'open, no verdict yet'}`)
  if (current && current.note.trim() !== '') facts.push(`**Note:** ${escapeMarkdown(current.note)}`)
  if (claim.suggestion) {
    facts.push(`**Suggested:** ${STATUS_LABELS[claim.suggestion.status]} (the matcher’s suggestion): ${escapeMarkdown(claim.suggestion.reason)}`)
  }
  if (conflict) {
    facts.push(`**Conflicting verdicts, to be settled:**\n${claim.conflict.map((verdict) => `  - ${verdictText(verdict)}${noteSuffix(verdict)}`).join('\n')}`)
  }
  const blocks = [
    `### Claim ${number}: ${STATUS_LABELS[status]}${conflict ? ' (conflict)' : ''}`,
    blockquote(`“${quote.text}”`),
    facts.map((fact) => `- ${fact}`).join('\n'),
    ...evidenceBlocks(claim.evidence),
  ]
  if (options.includeHistory) {
    blocks.push(
      claim.history.length > 0
        ? `**History:**\n\n${claim.history.map((verdict, index) => `${index + 1}. ${verdictText(verdict)}${noteSuffix(verdict)}`).join('\n')}`
        : '**History:** no verdicts yet.',
    )
  }
  return blocks
}

function verdictText(verdict: Verdict): string {
  return `${STATUS_LABELS[verdict.status]} by ${escapeMarkdown(verdict.reviewer)}, ${formatTime(verdict.createdAt)}`
}

function noteSuffix(verdict: Verdict): string {
  return verdict.note.trim() === '' ? '' : `: ${escapeMarkdown(verdict.note)}`
}

function evidenceBlocks(evidence: ReportEvidence | null): string[] {
  if (evidence === null) return ['**Source evidence:** none found.']
  const { source, span, match } = evidence
  const sourceMeta = [
    escapeMarkdown(source.title ?? UNTITLED),
    source.outlet ? escapeMarkdown(source.outlet) : null,
    source.publishedAt ? formatTime(source.publishedAt) : null,
    source.url ? urlText(source.url) : null,
  ].filter((part) => part !== null)
  const lines = [`**Source evidence:** ${sourceMeta.join(' · ')}`]
  if (match === null) {
    lines.push('Cited by the reviewer; not aligned by the matcher, so no word comparison.')
    return [lines.join('  \n'), blockquote(span.text)]
  }
  const relation = [`Relation: ${RELATION_LABELS[match.relation]}`, `score ${match.score.toFixed(2)}`]
  if (match.speakerAgrees === false) {
    relation.push(`**different speaker in the source${match.speakers?.source ? `: ${escapeMarkdown(match.speakers.source)}` : ''}**`)
  }
  lines.push(relation.join(' · '))
  if (match.diffTooLarge !== undefined || match.diff.length === 0) {
    lines.push(`No word comparison${match.diffTooLarge ? `: ${escapeMarkdown(match.diffTooLarge)}` : ''}. The source passage:`)
    return [lines.join('  \n'), blockquote(span.text)]
  }
  return [lines.join('  \n'), `> ${diffMarkdown(match.diff)}`]
}

export function diffMarkdown(parts: DiffPart[]): string {
  return parts
    .map((part) => {
      // Keep the spaces between words outside the tags, so escaping's trim does not glue words together.
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.text) ?? ['', '', part.text, '']
      if (core === '') return lead === '' && trail === '' ? '' : ' '
      const text = escapeMarkdown(core)
      const marked = part.op === 'insert' ? `<ins>${text}</ins>` : part.op === 'delete' ? `<del>${text}</del>` : text
      return `${lead === '' ? '' : ' '}${marked}${trail === '' ? '' : ' '}`
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim()
}

/** A multi-paragraph text as a Markdown blockquote, each paragraph escaped on its own line. */
function blockquote(text: string): string {
  return text
    .split(/\s*\n\s*/)
    .filter((line) => line.trim() !== '')
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n>\n')
}

/** An http(s) URL as an autolink; anything else (javascript:, data:) as escaped text that cannot link. */
function urlText(url: string): string {
  const safe = httpUrlOrNull(url)
  return safe !== null && !/[\s<>]/.test(safe) ? `<${safe}>` : escapeMarkdown(url)
}

function filtersText(filters: ReportFilters, articles: PreparedArticle[]): string {
  const parts = [
    filters.article !== undefined ? `article ${escapeMarkdown(articleFilterName(filters.article, articles))}` : null,
    filters.status !== undefined && filters.status.length > 0 ? `status ${filters.status.map((s) => STATUS_LABELS[s]).join(', ')}` : null,
    filters.reviewer !== undefined ? `reviewer ${escapeMarkdown(filters.reviewer)}` : null,
    filters.since !== undefined ? `verdicts since ${formatTime(filters.since)}` : null,
  ].filter((part) => part !== null)
  return parts.length > 0 ? `Filtered by ${parts.join('; ')}.` : 'All claims in the workspace, no filters.'
}
