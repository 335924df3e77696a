import { describe, expect, it } from 'vitest'
import { alignQuote } from '../../../src/core/match/align-quote'
import { wordSequence } from '../../../src/core/match/word-sequence'

const PARAGRAPH =
  'Speaking after the council vote on Tuesday, Mayor Ana Mendez defended the plan. ' +
  '“We cannot keep subsidising empty buses at midnight,” she said. “The money will go to the morning routes that people actually use.”'

describe('alignQuote', () => {
  it('finds a quote inside a longer passage and gives the span as offsets into the passage', () => {
    const quote = 'We cannot keep subsidising empty buses at midnight'
    const a = alignQuote(quote, PARAGRAPH)
    expect(a).not.toBeNull()
    expect(PARAGRAPH.slice(a!.passageSpan.start, a!.passageSpan.end)).toBe(quote)
    expect(a!.matched).toBe(a!.quote.length)
    expect(a!.quoteCoverage).toBe(1)
    expect(a!.spanCoverage).toBe(1)
  })

  it('finds a short source quote inside a longer draft quote, with the span in the quote', () => {
    const draft = 'The money will go to the morning routes that people actually use, and night services will be cut'
    const source = 'the morning routes that people actually use'
    const a = alignQuote(draft, source)!
    expect(draft.slice(a.quoteSpan.start, a.quoteSpan.end)).toBe(source)
    expect(a.passageWords).toEqual({ from: 0, to: wordSequence(source).length })
    expect(a.quoteCoverage).toBeLessThan(0.5)
  })

  it('pairs a changed word as a change rather than a drop and an addition', () => {
    const a = alignQuote('The new timetable is very good for commuters', 'The new timetable is reasonably good for commuters')!
    const changed = a.pairs.filter((p) => p.kind === 'changed')
    expect(changed).toHaveLength(1)
    const q = a.quote
    const p = a.passage
    expect(q.text.slice(q.start[changed[0].quoteWord], q.end[changed[0].quoteWord])).toBe('very')
    expect(p.text.slice(p.start[changed[0].passageWord], p.end[changed[0].passageWord])).toBe('reasonably')
  })

  it('marks inflections and listed synonyms as related, not equal', () => {
    const a = alignQuote('We are ready to discuss any proposals', 'We are prepared to discuss any proposal')!
    expect(a.pairs.filter((p) => p.kind === 'related')).toHaveLength(2)
    expect(a.matched).toBe(5)
  })

  it('returns null when the texts share no word', () => {
    expect(alignQuote('Fares will rise in spring', 'The harbour froze overnight')).toBeNull()
    expect(alignQuote('', PARAGRAPH)).toBeNull()
  })

  it('accepts pre-tokenised text and gives the same answer', () => {
    const quote = 'people actually use'
    expect(alignQuote(wordSequence(quote), wordSequence(PARAGRAPH))?.passageSpan).toEqual(alignQuote(quote, PARAGRAPH)?.passageSpan)
  })

  it('aligns texts too large for the full matrix within a band, and says so', () => {
    const sentences = Array.from({ length: 3000 }, (_, i) => `Route ${i} will run every ${(i % 12) + 3} minutes from the depot on weekdays.`)
    const source = sentences.join(' ')
    const quote = sentences.slice(1200, 1260).join(' ').replace(/weekdays/g, 'weekends')
    const a = alignQuote(quote, source)!
    expect(a.banded).toBe(true)
    expect(source.slice(a.passageSpan.start, a.passageSpan.start + 20)).toBe('Route 1200 will run ')
    expect(a.pairs.filter((p) => p.kind === 'changed').length).toBe(60)
  })
})
