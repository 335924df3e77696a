// From an alignment to what a fact-checker calls the relation between a quote and a source
// passage: the same words, the same words but for typography or spelling, a part of one another,
// or the same statement in other words. Speaker and context are judged by matchQuote, not here.
import type { Relation } from '../model'
import type { Alignment } from './align-quote'
import { plainTypography } from './comparable-form'
import { BREAK_ELLIPSIS } from './word-sequence'

export type FragmentSide = 'quote-in-source' | 'source-in-quote'

export interface RelationResult {
  relation: Relation
  /** 0..1: how sure we are that quote and span are the same statement, on the words alone. */
  score: number
  /** For a fragment: which of the two is the part. */
  fragment?: FragmentSide
  /** Content words of the quote found equal (or related) in the source span. */
  contentMatched: number
  /** Share of the quote's words (content words weigh more) found in the span. */
  quoteCoverage: number
  /** Share of the span's words found in the quote. */
  spanCoverage: number
  /** Share of the quote's aligned words (from the first to the last word paired) found in the span. */
  alignedQuoteCoverage: number
}

const FUNCTION_WEIGHT = 0.3
const RELATED_CREDIT = 0.6
/** Below this balance of the two coverages, two passages share words but not a statement. */
const MIN_REWORDED = 0.45
/** Content words after which more matched words add no confidence. */
const CONFIDENT_WORDS = 6

/** Classify an alignment, or null when the words shared do not make a match. */
export function classifyRelation(alignment: Alignment): RelationResult | null {
  const { quote, passage, pairs } = alignment
  const weightOf = (content: number) => (content ? 1 : FUNCTION_WEIGHT)

  let quoteWeight = 0
  let alignedQuoteWeight = 0
  for (let i = 0; i < quote.length; i++) {
    quoteWeight += weightOf(quote.content[i])
    if (i >= alignment.quoteWords.from && i < alignment.quoteWords.to) alignedQuoteWeight += weightOf(quote.content[i])
  }
  let spanWeight = 0
  for (let j = alignment.passageWords.from; j < alignment.passageWords.to; j++) spanWeight += weightOf(passage.content[j])

  let matchedWeight = 0
  let contentMatched = 0
  let innerEdits = 0
  let omissions = 0
  for (let k = 0; k < pairs.length; k++) {
    const pair = pairs[k]
    if (pair.kind === 'equal' || pair.kind === 'related') {
      const credit = pair.kind === 'equal' ? 1 : RELATED_CREDIT
      matchedWeight += credit * weightOf(quote.content[pair.quoteWord])
      if (quote.content[pair.quoteWord]) contentMatched++
      if (pair.kind === 'related') innerEdits++
    } else if (pair.kind === 'sourceOnly') {
      if (omissionMarked(alignment, k)) omissions++
      else innerEdits++
    } else if (pair.kind === 'changed') {
      innerEdits++
    } else if (pair.quoteWord >= alignment.quoteWords.from && pair.quoteWord < alignment.quoteWords.to) {
      innerEdits++
    }
  }
  if (contentMatched === 0) return null

  const quoteCoverage = quoteWeight > 0 ? matchedWeight / quoteWeight : 0
  const spanCoverage = spanWeight > 0 ? matchedWeight / spanWeight : 0
  const alignedQuoteCoverage = alignedQuoteWeight > 0 ? matchedWeight / alignedQuoteWeight : 0
  const evidence = Math.min(1, contentMatched / CONFIDENT_WORDS)
  const quoteWhole = alignment.quoteWords.from === 0 && alignment.quoteWords.to === quote.length
  const passageWhole = alignment.passageWords.from === 0 && alignment.passageWords.to === passage.length
  const base = { contentMatched, quoteCoverage, spanCoverage, alignedQuoteCoverage }

  if (innerEdits === 0 && omissions === 0 && quoteWhole && passageWhole) {
    const same = comparableSurface(quote.text, alignment.quoteSpan) === comparableSurface(passage.text, alignment.passageSpan)
    return same ? { relation: 'identical', score: 1, ...base } : { relation: 'minor', score: 0.95, ...base }
  }
  if (innerEdits === 0 && (quoteWhole || passageWhole)) {
    return {
      relation: 'fragment',
      score: round(0.5 + 0.45 * evidence),
      // a quote cut with an ellipsis is made of parts of the source
      fragment: quoteWhole || omissions > 0 ? 'quote-in-source' : 'source-in-quote',
      ...base,
    }
  }
  // Where the source quoted only a part of the statement, in other words ("cannot write a blank
  // cheque" for a long quote with "cannot sign a blank cheque"), the part is weighed against the
  // words of the quote it stands for, as a quote that is part of a longer source already is.
  const sourceIsPart = passageWhole && !quoteWhole
  const quoteSide = sourceIsPart ? alignedQuoteCoverage : quoteCoverage
  const balance = (2 * quoteSide * spanCoverage) / (quoteSide + spanCoverage)
  if (balance < MIN_REWORDED) return null
  return { relation: 'reworded', score: round(balance * (0.6 + 0.4 * evidence)), ...base }
}

/**
 * True when the source words at pairs[k] were left out where the quote shows an ellipsis:
 * "We will … win" for "We will, in the end, win" is an honest cut, not a change.
 */
function omissionMarked(alignment: Alignment, k: number): boolean {
  const { pairs, quote } = alignment
  for (let next = k + 1; next < pairs.length; next++) {
    const word = pairs[next].quoteWord
    if (word >= 0) return quote.breakBefore[word] === BREAK_ELLIPSIS
  }
  return false
}

/** Text of a span for the identical test: typography and spacing do not count. */
function comparableSurface(text: string, span: { start: number; end: number }): string {
  return plainTypography(text.slice(span.start, span.end)).replace(/\s+/g, ' ')
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
