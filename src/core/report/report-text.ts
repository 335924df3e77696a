// How report values read as words: labels for statuses, kinds and relations, and times and links written
// the same way on every machine (UTC, no locale), so a report renders byte for byte the same everywhere.

import type { QuoteKind, Relation, VerdictEntryStatus } from '../model'
import type { ReportStatus } from './report-data'

/** A claim's status, or a history entry's (which may be the withdrawal of an earlier verdict). */
export const STATUS_LABELS: Record<ReportStatus | VerdictEntryStatus, string> = {
  verified: 'Verified',
  disputed: 'Disputed',
  unverifiable: 'Unverifiable',
  open: 'Open',
  withdrawn: 'Withdrawn',
}

export const KIND_LABELS: Record<QuoteKind, string> = {
  direct: 'Direct quote',
  partial: 'Partial quote',
  title: 'Title or term',
}

export const RELATION_LABELS: Record<Relation, string> = {
  identical: 'Identical',
  minor: 'Minor differences (punctuation, case, spelling)',
  fragment: 'Fragment of a longer quote',
  reworded: 'Reworded',
}

export const UNTITLED = 'Untitled article'

/** How the article filter reads: the article's title when it is in the report, else the id as given. */
export function articleFilterName(articleId: string, articles: ReadonlyArray<{ article: { id: string; title: string | null } }>): string {
  const found = articles.find((entry) => entry.article.id === articleId)
  return found ? `“${found.article.title ?? UNTITLED}”` : articleId
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** An ISO time as "2024-05-03 14:22 UTC"; a bare date stays a date; anything unparseable is shown as given. */
export function formatTime(iso: string): string {
  if (DATE_ONLY.test(iso)) return iso
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  const utc = new Date(ms).toISOString()
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`
}

/** The calendar date (UTC) of an ISO time, or null when it does not parse. */
export function isoDate(iso: string): string | null {
  if (DATE_ONLY.test(iso)) return iso
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10)
}

/** Orders ISO times by the instant they name; unparseable ones after, by their text. */
export function compareTimes(a: string, b: string): number {
  const ma = Date.parse(a)
  const mb = Date.parse(b)
  const aBad = Number.isNaN(ma)
  const bBad = Number.isNaN(mb)
  if (aBad !== bBad) return aBad ? 1 : -1
  if (!aBad && ma !== mb) return ma - mb
  return compareText(a, b)
}

/** Code-unit order: unlike localeCompare it does not depend on the machine's ICU data. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The URL normalised, if it is an absolute http(s) URL; otherwise null, and the caller prints it as text.
 * Article URLs come from imported files, so `javascript:` and `data:` must never become links.
 */
export function httpUrlOrNull(url: string | null): string | null {
  if (url === null) return null
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  return parsed.href
}

/** At most `max` characters (whole code points), with an ellipsis when cut; whitespace runs become one space. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const points = Array.from(flat)
  return points.length <= max ? flat : `${points.slice(0, max - 1).join('').trimEnd()}…`
}
