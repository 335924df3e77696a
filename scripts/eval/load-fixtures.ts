// Reads the hand-labelled fixtures (tests/fixtures/events/*/labels.json and the article files) and
// resolves each label's text and occurrence to offsets in the text a reader sees.

import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { extname, join } from 'node:path'
import { parseHtmlArticle } from '../../src/main/import/html-article'
import { normaliseArticleText } from '../../src/main/import/decode-text'
import type { QuoteKind } from '../../src/core/model'

export interface LabelledQuote {
  id: string
  text: string
  occurrence: number
  kind: QuoteKind
  speaker: string | null
  utterance: string | null
  start: number
  end: number
}

export interface FixtureArticle {
  event: string
  file: string
  role: string
  text: string
  quotes: LabelledQuote[]
  /** Labels whose text was not found in the article (reported, never scored). */
  unresolved: Array<{ id: string; text: string; occurrence: number }>
}

export interface FixtureEvent {
  name: string
  articles: FixtureArticle[]
  /** labels.json as parsed, for evaluations that need more than the quotes (pairs, unmatched). */
  labels: LabelsFile
}

interface RawQuoteLabel {
  id: string
  text: string
  occurrence?: number
  kind: QuoteKind
  speaker: string | null
  utterance?: string
}

export interface LabelsFile {
  event: string
  articles: Record<string, { role: string; outlet?: string; quotes: RawQuoteLabel[] }>
  pairs?: unknown[]
  unmatched?: string[]
}

export const FIXTURE_ROOT = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'events')

/** The text of an article file exactly as Verbatim's importer stores it, so offsets agree with the app's. */
export function readerText(fileName: string, raw: string): string {
  const text = normaliseArticleText(raw)
  return extname(fileName).toLowerCase() === '.html' ? parseHtmlArticle(text, fileName).text : text
}

/** Every event with labels under `root`, articles in file-name order. */
export function loadFixtures(root: string = FIXTURE_ROOT): FixtureEvent[] {
  if (!existsSync(root)) return []
  const events: FixtureEvent[] = []
  for (const name of readdirSync(root).sort()) {
    const labelsPath = join(root, name, 'labels.json')
    if (!existsSync(labelsPath)) continue
    const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as LabelsFile
    const articles: FixtureArticle[] = []
    for (const file of Object.keys(labels.articles).sort()) {
      const path = join(root, name, file)
      if (!existsSync(path)) continue
      const text = readerText(file, readFileSync(path, 'utf8'))
      articles.push(resolveLabels(name, file, text, labels.articles[file]))
    }
    events.push({ name, articles, labels })
  }
  return events
}

function resolveLabels(event: string, file: string, text: string, entry: LabelsFile['articles'][string]): FixtureArticle {
  const quotes: LabelledQuote[] = []
  const unresolved: FixtureArticle['unresolved'] = []
  for (const label of entry.quotes) {
    const occurrence = label.occurrence ?? 1
    const start = nthIndexOf(text, label.text, occurrence)
    if (start < 0) {
      unresolved.push({ id: label.id, text: label.text, occurrence })
      continue
    }
    quotes.push({
      id: label.id,
      text: label.text,
      occurrence,
      kind: label.kind,
      speaker: label.speaker,
      utterance: label.utterance ?? null,
      start,
      end: start + label.text.length,
    })
  }
  return { event, file, role: entry.role, text, quotes, unresolved }
}

function nthIndexOf(text: string, needle: string, occurrence: number): number {
  if (needle === '') return -1
  let at = -1
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) return -1
  }
  return at
}
