// Groups spans into utterances: the paragraphs of one quote running over several paragraphs, and
// the two halves of a quote interrupted by its attribution (“We will stay,” she said, “and win.”).

import { isReportingVerb } from '../attribute/reporting-verbs'
import type { QuoteKind } from '../model'
import type { RawQuoteSpan } from './find-quote-spans'

const MAX_GAP_CHARS = 300
const MAX_GAP_WORDS = 40
/** The attribution must start the gap: its verb within this many words. */
const MAX_WORDS_BEFORE_VERB = 6
const GAP_WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu
// Words that start a new clause of the writer's own rather than an attribution.
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'while', 'because', 'although', 'though', 'so', 'yet', 'if', 'when', 'as', 'after', 'before', 'since', 'which', 'who', 'whose', 'where'])
const SEPARATOR_BEFORE_GAP = /[,;:—–\-…?!.]$/
const AFTER_QUOTE_ATTRIBUTION = /^\s*[,—–-]?\s*((?:[\p{L}\p{N}'’.-]+\s+){0,6}?[\p{L}'’.-]+)\s*(?:[,.;:!?]|$)/u

/**
 * For each span, the index of the first span of its utterance. `kinds` are the spans' kinds taken
 * alone: only a full quote can be the first half of an interrupted one, and a second half that
 * reads as a fragment must follow a comma or dash (“…,” she said, “and we will win.”).
 * `paragraphEnd(p)` is where paragraph p ends (attribution never crosses a paragraph).
 */
export function linkUtterances(text: string, spans: readonly RawQuoteSpan[], kinds: readonly QuoteKind[], paragraphEnd: (paragraph: number) => number): number[] {
  const utterance = spans.map((_, i) => i)
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]
    if (span.continues >= 0) {
      utterance[i] = utterance[span.continues]
      continue
    }
    if (i === 0) continue
    const previous = spans[i - 1]
    if (previous.paragraph !== span.paragraph || previous.close < 0) continue
    if (kinds[i - 1] !== 'direct' || kinds[i] === 'title') continue
    if (kinds[i] === 'partial' && !/[,—–:-]\s*$/.test(text.slice(previous.close + 1, span.open))) continue
    if (isInterruption(text, previous, span, paragraphEnd(span.paragraph))) utterance[i] = utterance[i - 1]
  }
  return utterance
}

function isInterruption(text: string, first: RawQuoteSpan, second: RawQuoteSpan, paragraphEnd: number): boolean {
  const gapStart = first.close + 1
  const gapEnd = second.open
  if (gapEnd - gapStart > MAX_GAP_CHARS || gapEnd <= gapStart) return false
  const gap = text.slice(gapStart, gapEnd)
  if (gap.includes('\n')) return false

  // A nested quote may end the first part: “… in ‘two weeks at most,’” he said.
  const firstText = text.slice(first.start, first.end).replace(/[\s"'“”‘’«»‹›„]+$/, '')
  const trimmedGap = gap.trim()
  if (!SEPARATOR_BEFORE_GAP.test(firstText) && !/^[,—–-]/.test(trimmedGap)) return false

  const words: string[] = trimmedGap.match(GAP_WORD) ?? []
  if (words.length === 0 || words.length > MAX_GAP_WORDS) return false
  if (CLAUSE_OPENERS.has(words[0].toLowerCase())) return false
  const verbAt = words.findIndex((word) => isReportingVerb(word) || word.toLowerCase() === 'according')
  if (verbAt < 0 || verbAt >= MAX_WORDS_BEFORE_VERB) return false
  // One attribution, not a sentence of the writer's own followed by another quote.
  const body = trimmedGap.replace(/^[,—–-]\s*/, '').replace(/[,.;:—–-]\s*$/, '')
  if (/[.!?;]\s+\S/.test(body.replace(/\b(?:\p{Lu}\.)+/gu, '').replace(/\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Lt|Col|Capt|Sgt)\./g, ''))) return false
  // "adding that …": what follows is the writer's report, not the rest of the quote.
  for (let w = 0; w + 1 < words.length; w++) if (isReportingVerb(words[w]) && /^that$/i.test(words[w + 1])) return false

  // The second part carries its own attribution: two speakers, not one interrupted quote.
  if (second.close >= 0) {
    const after = text.slice(second.close + 1, Math.min(paragraphEnd, second.close + 1 + 80))
    const own = AFTER_QUOTE_ATTRIBUTION.exec(after)
    const ownWords = own === null ? [] : own[1].split(/\s+/).slice(0, 4)
    if (ownWords.some((word) => isReportingVerb(word.replace(/\.$/, ''))) && !/^(?:and|but|or|was|is|were|are|has|had)$/i.test(ownWords[0])) return false
  }
  return true
}
