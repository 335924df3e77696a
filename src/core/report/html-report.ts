// The verdict report as one self-contained HTML file: inline CSS, no script, no network, readable on screen
// and printable (one article per printed page run). Every piece of article-derived text goes through
// `escapeHtml`; the file also carries a CSP that forbids scripts, in case a future change forgets to escape.

import type { DiffPart, Verdict } from '../model'
import type { ReportData, ReportEvidence, ReportFilters } from './report-data'
import type { PreparedArticle, PreparedClaim } from './prepare-report'
import { prepareReport } from './prepare-report'
import type { ReportCounts, ReportSummary } from './summarise-report'
import { summariseReport } from './summarise-report'
import {
  KIND_LABELS,
  RELATION_LABELS,
  STATUS_LABELS,
  UNTITLED,
  articleFilterName,
  formatTime,
  httpUrlOrNull,
  shorten,
} from './report-text'

export interface HtmlReportOptions {
  /** Print every verdict each claim has had, oldest first, below the claim. */
  includeHistory?: boolean
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

export function renderHtmlReport(input: ReportData, options: HtmlReportOptions = {}): string {
  const data = prepareReport(input)
  const summary = summariseReport(data)
  const name = escapeHtml(data.workspace.name)
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="Verbatim">',
    `<title>Verdict report: ${name}</title>`,
    `<style>${STYLESHEET}</style>`,
    '</head>',
    '<body>',
    '<header class="report-head">',
    '<p class="kicker">Verbatim · Verdict report</p>',
    `<h1>${name}</h1>`,
    `<p class="meta">Generated ${timeElement(data.generatedAt)}</p>`,
    `<p class="meta">${filtersText(data.filters, data.articles)}</p>`,
    '</header>',
    '<main>',
    summarySection(summary),
    LEGEND,
    ...data.articles.map((entry, index) => articleSection(entry, index + 1, options)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function summarySection(summary: ReportSummary): string {
  const { totals } = summary
  const statusRows = (['verified', 'disputed', 'unverifiable', 'open'] as const)
    .map((status) => `<tr class="status-${status}"><th scope="row">${STATUS_LABELS[status]}</th><td class="num">${totals[status]}</td></tr>`)
    .join('\n')
  const articleRows = summary.articles
    .map(
      ({ article, counts }, index) =>
        `<tr><th scope="row"><a href="#article-${index + 1}">${escapeHtml(article.title ?? UNTITLED)}</a></th>` +
        `<td>${escapeHtml(article.outlet ?? '')}</td>${countCells(counts)}</tr>`,
    )
    .join('\n')
  const reviewerRows = summary.reviewers
    .map(
      (reviewer) =>
        `<tr><th scope="row">${escapeHtml(reviewer.name)}</th><td class="num">${reviewer.current}</td><td class="num">${reviewer.verdicts}</td></tr>`,
    )
    .join('\n')
  const openItems = summary.open
    .map(
      ({ article, claim, articleIndex, claimIndex }) =>
        `<li><a href="#${claimAnchor(articleIndex + 1, claimIndex + 1)}">“${escapeHtml(shorten(claim.quote.text, 120))}”</a>` +
        ` <span class="muted">${escapeHtml(claim.quote.speaker ?? 'Unknown speaker')}, ${escapeHtml(article.title ?? UNTITLED)}</span></li>`,
    )
    .join('\n')
  return [
    '<section class="summary" aria-labelledby="summary-heading">',
    '<h2 id="summary-heading">Summary</h2>',
    '<table class="by-status">',
    '<caption>Claims by verdict</caption>',
    '<thead><tr><th scope="col">Verdict</th><th scope="col" class="num">Claims</th></tr></thead>',
    '<tbody>',
    statusRows,
    `<tr class="total"><th scope="row">All claims</th><td class="num">${totals.claims}</td></tr>`,
    '</tbody>',
    '</table>',
    totals.conflicts > 0
      ? `<p class="conflict-note"><span class="badge badge-conflict">Conflict</span> ${plural(totals.conflicts, 'claim has', 'claims have')} unsettled conflicting verdicts; each is counted above under its latest verdict.</p>`
      : '<p>No conflicting verdicts.</p>',
    '<table class="by-article">',
    '<caption>Claims by article</caption>',
    `<thead><tr><th scope="col">Article</th><th scope="col">Outlet</th>${COUNT_HEADERS}</tr></thead>`,
    `<tbody>\n${articleRows}\n</tbody>`,
    '</table>',
    summary.reviewers.length > 0
      ? [
          '<table class="by-reviewer">',
          '<caption>Reviewers</caption>',
          '<thead><tr><th scope="col">Reviewer</th><th scope="col" class="num">Current verdicts</th><th scope="col" class="num">Verdicts given</th></tr></thead>',
          `<tbody>\n${reviewerRows}\n</tbody>`,
          '</table>',
        ].join('\n')
      : '<p>No reviewer has given a verdict yet.</p>',
    verdictTimesLine(summary.verdictTimes),
    '<h3>Open claims</h3>',
    summary.open.length > 0 ? `<ol class="open-claims">\n${openItems}\n</ol>` : '<p>None: every claim has a verdict.</p>',
    '</section>',
  ]
    .filter((line) => line !== '')
    .join('\n')
}

function verdictTimesLine(times: ReportSummary['verdictTimes']): string {
  if (times === null) return ''
  if (times.first === times.last) return `<p>Verdicts given at ${timeElement(times.first)}.</p>`
  return `<p>Verdicts given between ${timeElement(times.first)} and ${timeElement(times.last)}.</p>`
}

const COUNT_HEADERS = ['Claims', 'Verified', 'Disputed', 'Unverifiable', 'Open', 'Conflicts']
  .map((label) => `<th scope="col" class="num">${label}</th>`)
  .join('')

function countCells(counts: ReportCounts): string {
  return [counts.claims, counts.verified, counts.disputed, counts.unverifiable, counts.open, counts.conflicts]
    .map((count) => `<td class="num">${count}</td>`)
    .join('')
}

const LEGEND = [
  '<section class="legend" aria-labelledby="legend-heading">',
  '<h2 id="legend-heading">How to read the differences</h2>',
  '<p>Each quote is compared word by word with the source passage.</p>',
  '<ul>',
  '<li><ins>Underlined, green</ins>: words the article has that the source lacks.</li>',
  '<li><del>Struck through, red</del>: words of the source the article dropped or changed.</li>',
  '<li>Plain text: the same in both.</li>',
  '</ul>',
  '</section>',
].join('\n')

function articleSection(entry: PreparedArticle, number: number, options: HtmlReportOptions): string {
  const { article } = entry
  const id = `article-${number}`
  const meta = [
    article.outlet ? escapeHtml(article.outlet) : null,
    article.byline ? `By ${escapeHtml(article.byline)}` : null,
    article.publishedAt ? `Published ${timeElement(article.publishedAt)}` : null,
    `Role: ${escapeHtml(article.role)}`,
    article.url ? linkOrText(article.url) : null,
  ].filter((part) => part !== null)
  const claims =
    entry.claims.length > 0
      ? entry.claims.map((claim, index) => claimArticle(claim, number, index + 1, options)).join('\n')
      : '<p class="muted">No claims in this article match the filters.</p>'
  return [
    `<section class="article" id="${id}" aria-labelledby="${id}-heading">`,
    `<h2 id="${id}-heading">${escapeHtml(article.title ?? UNTITLED)}</h2>`,
    `<p class="article-meta">${meta.join(' · ')}</p>`,
    claims,
    '</section>',
  ].join('\n')
}

function claimArticle(claim: PreparedClaim, articleNumber: number, claimNumber: number, options: HtmlReportOptions): string {
  const { quote, current } = claim
  const status = claim.status
  const conflict = claim.conflict.length > 0
  const id = claimAnchor(articleNumber, claimNumber)
  const facts: Array<[string, string]> = [
    ['Speaker', speakerHtml(claim)],
    ['Kind', KIND_LABELS[quote.kind]],
  ]
  const attribution = [quote.mention ? `“${escapeHtml(quote.mention)}”` : null, quote.cue ? escapeHtml(quote.cue) : null].filter(
    (part) => part !== null,
  )
  if (attribution.length > 0) facts.push(['Attribution', attribution.join(' · ')])
  facts.push(['Verdict', current ? verdictLine(current) : 'Open: no verdict yet'])
  if (current && current.note.trim() !== '') facts.push(['Note', multiline(current.note)])
  if (claim.suggestion) {
    facts.push(['Suggested', `${STATUS_LABELS[claim.suggestion.status]} (the matcher’s suggestion): ${escapeHtml(claim.suggestion.reason)}`])
  }
  return [
    `<article class="claim status-${status}${conflict ? ' in-conflict' : ''}" id="${id}" aria-labelledby="${id}-heading">`,
    `<h3 id="${id}-heading">Claim ${claimNumber} <span class="badge badge-${status}">${STATUS_LABELS[status]}</span>` +
      `${conflict ? ' <span class="badge badge-conflict">Conflict</span>' : ''}</h3>`,
    `<blockquote class="quote">${paragraphs(quote.text, '“', '”')}</blockquote>`,
    '<dl class="facts">',
    ...facts.map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`),
    '</dl>',
    conflict ? conflictBox(claim.conflict) : '',
    evidenceSection(claim.evidence),
    options.includeHistory ? historySection(claim.history) : '',
    '</article>',
  ]
    .filter((line) => line !== '')
    .join('\n')
}

function speakerHtml(claim: PreparedClaim): string {
  const { speaker, speakerKind } = claim.quote
  if (speaker === null) return '<span class="muted">Unknown</span>'
  return escapeHtml(speaker) + (speakerKind === 'organisation' ? ' <span class="muted">(organisation)</span>' : '')
}

function verdictLine(verdict: Verdict): string {
  return `${STATUS_LABELS[verdict.status]} by <strong>${escapeHtml(verdict.reviewer)}</strong>, ${timeElement(verdict.createdAt)}`
}

function conflictBox(conflict: Verdict[]): string {
  return [
    '<div class="conflict-box" role="note">',
    '<h4>Conflicting verdicts</h4>',
    '<p>These verdicts were given without seeing each other. The team has to settle them.</p>',
    verdictTable(conflict, 'Conflicting verdicts'),
    '</div>',
  ].join('\n')
}

function historySection(history: Verdict[]): string {
  if (history.length === 0) return '<section class="history"><h4>History</h4><p class="muted">No verdicts yet.</p></section>'
  return ['<section class="history">', '<h4>History</h4>', verdictTable(history, 'Verdict history, oldest first'), '</section>'].join('\n')
}

function verdictTable(verdicts: Verdict[], caption: string): string {
  const rows = verdicts.map(
    (verdict) =>
      `<tr><td>${timeElement(verdict.createdAt)}</td><td>${escapeHtml(verdict.reviewer)}</td>` +
      `<td><span class="badge badge-${verdict.status}">${STATUS_LABELS[verdict.status]}</span></td><td>${multiline(verdict.note)}</td></tr>`,
  )
  return [
    '<table class="verdicts">',
    `<caption class="visually-hidden">${caption}</caption>`,
    '<thead><tr><th scope="col">Time</th><th scope="col">Reviewer</th><th scope="col">Verdict</th><th scope="col">Note</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n')
}

function evidenceSection(evidence: ReportEvidence | null): string {
  if (evidence === null) {
    return '<section class="evidence"><h4>Source evidence</h4><p class="muted">No source passage found for this quote.</p></section>'
  }
  const { source, span, match } = evidence
  const sourceMeta = [
    escapeHtml(source.title ?? UNTITLED),
    source.outlet ? escapeHtml(source.outlet) : null,
    source.publishedAt ? timeElement(source.publishedAt) : null,
    source.url ? linkOrText(source.url) : null,
  ].filter((part) => part !== null)
  const lines = ['<section class="evidence">', '<h4>Source evidence</h4>', `<p class="source-meta">${sourceMeta.join(' · ')}</p>`]
  if (match === null) {
    lines.push('<p class="muted">Cited by the reviewer; not aligned by the matcher, so no word comparison.</p>')
    lines.push(`<blockquote class="source-text">${paragraphs(span.text, '', '')}</blockquote>`)
  } else {
    const relation = [`Relation: ${RELATION_LABELS[match.relation]}`, `score ${match.score.toFixed(2)}`]
    if (match.speakerAgrees === false) {
      const named = match.speakers?.source ? `: ${escapeHtml(match.speakers.source)}` : ''
      relation.push(`<strong class="flag">Different speaker in the source${named}</strong>`)
    }
    lines.push(`<p class="relation">${relation.join(' · ')}</p>`)
    if (match.diffTooLarge !== undefined || match.diff.length === 0) {
      const reason = match.diffTooLarge ? `: ${escapeHtml(match.diffTooLarge)}` : ''
      lines.push(`<p class="muted">No word comparison${reason}. The source passage:</p>`)
      lines.push(`<blockquote class="source-text">${paragraphs(span.text, '', '')}</blockquote>`)
    } else {
      lines.push(`<blockquote class="diff">${diffHtml(match.diff)}</blockquote>`)
    }
  }
  lines.push('</section>')
  return lines.join('\n')
}

export function diffHtml(parts: DiffPart[]): string {
  return parts
    .map((part) => {
      const text = escapeHtml(part.text)
      if (part.op === 'insert') return `<ins>${text}</ins>`
      if (part.op === 'delete') return `<del>${text}</del>`
      return text
    })
    .join('')
}

function paragraphs(text: string, open: string, close: string): string {
  const lines = text.split(/\s*\n\s*/).filter((line) => line !== '')
  return lines
    .map((line, index) => `<p>${index === 0 ? open : ''}${escapeHtml(line)}${index === lines.length - 1 ? close : ''}</p>`)
    .join('')
}

function multiline(text: string): string {
  return escapeHtml(text.trim()).replace(/\s*\n\s*/g, '<br>')
}

/** An http(s) URL becomes a link; any other scheme (javascript:, data:) is shown as inert text. */
function linkOrText(url: string): string {
  const safe = httpUrlOrNull(url)
  if (safe === null) return `<span class="url">${escapeHtml(url)}</span>`
  return `<a class="url" href="${escapeHtml(safe)}" rel="noopener noreferrer">${escapeHtml(url)}</a>`
}

function timeElement(iso: string): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatTime(iso))}</time>`
}

function filtersText(filters: ReportFilters, articles: PreparedArticle[]): string {
  const parts = [
    filters.article !== undefined ? `article ${escapeHtml(articleFilterName(filters.article, articles))}` : null,
    filters.status !== undefined && filters.status.length > 0 ? `status ${filters.status.map((s) => STATUS_LABELS[s]).join(', ')}` : null,
    filters.reviewer !== undefined ? `reviewer ${escapeHtml(filters.reviewer)}` : null,
    filters.since !== undefined ? `verdicts since ${timeElement(filters.since)}` : null,
  ].filter((part) => part !== null)
  return parts.length > 0 ? `Filtered by ${parts.join('; ')}.` : 'All claims in the workspace, no filters.'
}

function claimAnchor(articleNumber: number, claimNumber: number): string {
  return `claim-${articleNumber}-${claimNumber}`
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

// Restrained newsroom look: serif text, sans labels, thin rules, colour only as a second signal.
const STYLESHEET = `
:root{--ink:#1b1b1b;--muted:#5c5c5c;--rule:#d8d4cc;--paper:#fff;--verified:#1d6b38;--disputed:#a3231f;--unverifiable:#6a5414;--open:#34466b;--ins-bg:#e2f1e5;--ins-ink:#0d4f21;--del-bg:#fbe4e1;--del-ink:#8a1a15}
html{font:17px/1.55 Georgia,"Times New Roman",serif;color:var(--ink);background:var(--paper)}
body{max-width:50rem;margin:0 auto;padding:2rem 1.25rem 4rem}
h1,h2,h3,h4,caption,table,.kicker,.meta,.article-meta,.source-meta,.relation,.badge,dt{font-family:"Helvetica Neue",Helvetica,Arial,sans-serif}
h1{font-size:2rem;line-height:1.15;margin:.25rem 0 .5rem}
h2{font-size:1.4rem;line-height:1.2;border-top:3px solid var(--ink);padding-top:.5rem;margin:2.5rem 0 .5rem}
h3{font-size:1.05rem;margin:0 0 .5rem}
h4{font-size:.75rem;text-transform:uppercase;letter-spacing:.07em;color:var(--muted);margin:1rem 0 .3rem}
.kicker{font-size:.75rem;text-transform:uppercase;letter-spacing:.1em;color:var(--muted);margin:0}
.meta,.article-meta,.source-meta,.relation{font-size:.85rem;color:var(--muted);margin:.2rem 0}
.muted{color:var(--muted)}
a{color:inherit;text-decoration-color:var(--muted)}
.url{overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:.75rem 0 1.5rem;font-size:.85rem;line-height:1.4}
table.by-status,table.by-reviewer{width:auto;min-width:24rem}
table.verdicts td:first-child{white-space:nowrap}
caption{text-align:left;font-weight:bold;padding-bottom:.35rem}
th,td{border-bottom:1px solid var(--rule);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid var(--ink)}
.num{text-align:right;font-variant-numeric:tabular-nums}
tr.total th,tr.total td{font-weight:bold;border-top:2px solid var(--ink)}
.badge{display:inline-block;font-size:.7rem;font-weight:bold;line-height:1;text-transform:uppercase;letter-spacing:.06em;padding:.3em .5em;border:1px solid currentColor;border-radius:2px;vertical-align:.15em}
.badge-verified{color:var(--verified)}.badge-disputed{color:var(--disputed)}.badge-unverifiable{color:var(--unverifiable)}.badge-open{color:var(--open)}
.badge-withdrawn{color:var(--muted);border-style:dashed}
.badge-conflict{color:#fff;background:var(--disputed);border-color:var(--disputed)}
.claim{border-top:1px solid var(--rule);padding:1.25rem 0 .75rem}
blockquote{margin:.5rem 0 1rem;padding:.1rem 0 .1rem 1rem;border-left:3px solid var(--rule)}
blockquote p{margin:.25rem 0}
blockquote.quote{border-left-color:var(--ink);font-size:1.1rem}
.facts{margin:0 0 .5rem}
.facts div{display:grid;grid-template-columns:8.5rem 1fr;gap:1rem;padding:.15rem 0}
dt{font-size:.72rem;font-weight:bold;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);padding-top:.3rem}
dd{margin:0}
.conflict-box{border:2px solid var(--disputed);padding:.25rem 1rem;margin:1rem 0}
.conflict-box h4,.flag{color:var(--disputed)}
ins{background:var(--ins-bg);color:var(--ins-ink);text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:.15em}
del{background:var(--del-bg);color:var(--del-ink);text-decoration:line-through;text-decoration-thickness:2px}
ins::before,ins::after,del::before,del::after,.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
ins::before{content:" [added: "}del::before{content:" [missing: "}ins::after,del::after{content:"] "}
@page{margin:18mm 16mm}
@media print{
html{font-size:10.5pt}
body{max-width:none;padding:0}
.article{break-before:page}
h2,h3,h4{break-after:avoid}
.claim,.conflict-box,tr{break-inside:avoid}
a[href^="http"]::after{content:" <" attr(href) ">";font-size:.85em;overflow-wrap:anywhere}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`.trim()
