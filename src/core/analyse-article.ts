// One article's quotations with their speakers: extraction then attribution, in text order.
// This is the whole per-article analysis; storage and matching build on its result.

import { attributeSpeakers } from './attribute/attribute-speakers'
import { extractQuotes } from './extract/extract-quotes'
import type { ExtractedQuote } from './model'
import { paragraphs } from './text/paragraphs'

/** Every quotation of `text` with kind, utterance, speaker, mention and cue. Pure, linear in the text. */
export function analyseArticle(text: string): ExtractedQuote[] {
  const split = paragraphs(text)
  return attributeSpeakers(text, extractQuotes(text, split), split)
}

/** Stage-by-stage entry points for benchmarks: each takes the article text and returns a count. */
export const ANALYSIS_STAGES: ReadonlyArray<{ name: string; run: (text: string) => number }> = [
  { name: 'paragraphs', run: (text) => paragraphs(text).length },
  { name: 'extract', run: (text) => extractQuotes(text).length },
  { name: 'extract+attribute', run: (text) => analyseArticle(text).length },
]
