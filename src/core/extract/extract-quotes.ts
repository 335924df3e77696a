// Finds every quotation in an article's text, with exact offsets, its kind and its utterance.

import type { QuoteKind } from '../model'
import { paragraphs as splitParagraphs, type ParagraphSpan } from '../text/paragraphs'
import { classifyQuoteKind, KIND_WINDOW } from './classify-quote-kind'
import { findQuoteSpans, paragraphContentStart, type RawQuoteSpan } from './find-quote-spans'
import { linkUtterances } from './link-utterances'

export interface QuoteSpan {
  start: number
  end: number
  /** text.slice(start, end): the words between the marks, white space trimmed. */
  text: string
  kind: QuoteKind
  /** Index in the returned array of the first span of this span's utterance. */
  utterance: number
}

/**
 * Every quotation in `text`, in text order. A quote nested in another is part of the outer one;
 * a quote running over several paragraphs gives one span per paragraph, and a quote interrupted by
 * its attribution gives one span per part, sharing `utterance`. Linear in the length of the text.
 */
export function extractQuotes(text: string, paragraphs: readonly ParagraphSpan[] = splitParagraphs(text)): QuoteSpan[] {
  const spans = findQuoteSpans(text, paragraphs)
  const contexts = spans.map((span) => ({
    quote: text.slice(span.start, span.end),
    before: textBefore(text, span, paragraphs[span.paragraph]),
    after: span.close < 0 ? '' : text.slice(span.close + 1, Math.min(paragraphs[span.paragraph].end, span.close + 1 + KIND_WINDOW)),
    multiSpan: false,
  }))
  // Kinds of each span alone decide which spans may be halves of one interrupted utterance.
  const standalone = contexts.map((context) => classifyQuoteKind(context))
  const utterances = linkUtterances(text, spans, standalone, (p) => paragraphs[p].end)
  const spanCount = new Map<number, number>()
  for (const u of utterances) spanCount.set(u, (spanCount.get(u) ?? 0) + 1)

  return spans.map((span, i) => {
    const multiSpan = (spanCount.get(utterances[i]) ?? 1) > 1
    return {
      start: span.start,
      end: span.end,
      text: contexts[i].quote,
      kind: multiSpan ? 'direct' : standalone[i],
      utterance: utterances[i],
    }
  })
}

function textBefore(text: string, span: RawQuoteSpan, paragraph: ParagraphSpan): string {
  const from = Math.max(paragraphContentStart(text, paragraph), span.open - KIND_WINDOW)
  return text.slice(from, span.open)
}
