// Quote extraction and speaker attribution on hostile text: they never throw, every quote is
// exactly the text between its offsets, utterances point at a span of their own, and the work
// grows with the text rather than with its square.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyseArticle } from '../../../src/core/analyse-article'
import { extractQuotes, type QuoteSpan } from '../../../src/core/extract/extract-quotes'
import { QUOTE_KINDS, type ExtractedQuote } from '../../../src/core/model'
import { AWKWARD, QUOTE_MARKS, bestTime, hostileArticle, hostileText } from './hostile-text'

const anyText = fc.oneof(hostileArticle, hostileText())

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff
/** True when offset i falls between the two halves of one astral character (an emoji, say). */
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i))

/** The invariants every extracted quote keeps, whatever the text. */
function expectWellFormed(text: string, quotes: readonly (QuoteSpan | ExtractedQuote)[]): void {
  quotes.forEach((quote, i) => {
    expect(Number.isInteger(quote.start) && Number.isInteger(quote.end)).toBe(true)
    expect(quote.start).toBeGreaterThanOrEqual(0)
    expect(quote.end).toBeGreaterThan(quote.start)
    expect(quote.end).toBeLessThanOrEqual(text.length)
    expect(quote.text).toBe(text.slice(quote.start, quote.end))
    expect(splitsPair(text, quote.start) || splitsPair(text, quote.end)).toBe(false)
    expect(QUOTE_KINDS).toContain(quote.kind)
    // An utterance is named by its first span, which names itself.
    expect(quote.utterance).toBeGreaterThanOrEqual(0)
    expect(quote.utterance).toBeLessThanOrEqual(i)
    expect(quotes[quote.utterance].utterance).toBe(quote.utterance)
  })
}

describe('extractQuotes on hostile text', () => {
  it('never throws, and every quote is the text between its offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectWellFormed(text, extractQuotes(text))
      }),
      { numRuns: 300 },
    )
  })

  it('finds the quote in a story paragraph whatever the paragraphs around it hold', () => {
    const inWords = Object.values(AWKWARD).filter((awkward) => !awkward.includes('\n'))
    fc.assert(
      fc.property(hostileText(30), hostileText(30), fc.constantFrom(...inWords), (before, after, awkward) => {
        const said = `We will not${awkward} back down,`
        const text = `${before}\n\n“${said}” union leader Piotr Kowal said.\n\n${after}`
        const quotes = extractQuotes(text)
        expectWellFormed(text, quotes)
        expect(quotes.map((q) => q.text)).toContain(said)
      }),
      { numRuns: 150 },
    )
  })

  // Reported: with guillemets and curly marks mixed, an inner quote comes out before the outer
  // one that contains it. The offsets are still right; order and nesting are not.
  it.fails('keeps quotes in text order and never lets one overlap the next (mixed « “ ‹ marks)', () => {
    const text = 'Mendez said: ‹a. «b,“ Mendez said. “c,“ Mendez said. “d,»'
    const quotes = extractQuotes(text)
    expectWellFormed(text, quotes)
    for (let i = 1; i < quotes.length; i++) expect(quotes[i - 1].end).toBeLessThanOrEqual(quotes[i].start)
  })
})

describe('analyseArticle on hostile text', () => {
  it('never throws; speaker, mention and cue are words of the article', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const quotes = analyseArticle(text)
        expectWellFormed(text, quotes)
        for (const quote of quotes) {
          if (quote.speaker !== null) expect(quote.speaker.trim().length).toBeGreaterThan(0)
          if (quote.mention !== null) expect(text).toContain(quote.mention)
          if (quote.cue !== null) expect(text.toLowerCase()).toContain(quote.cue.toLowerCase())
        }
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same answer twice: no state leaks from one article into the next', () => {
    fc.assert(
      fc.property(hostileArticle, hostileArticle, (first, second) => {
        const alone = analyseArticle(second)
        analyseArticle(first)
        expect(analyseArticle(second)).toEqual(alone)
      }),
      { numRuns: 60 },
    )
  })
})

describe('the work grows with the text, not with its square', () => {
  // Doubling four times should cost about 16 times as much; a quadratic pass costs 256 times.
  // The bound is loose (64) so that a busy machine cannot fail it, while quadratic work still does.
  const SHAPES: Record<string, (size: number) => string> = {
    'only opening curly marks': (size) => '“'.repeat(size),
    'only straight double marks': (size) => '"'.repeat(size),
    'every mark in turn': (size) => QUOTE_MARKS.join('').repeat(Math.ceil(size / QUOTE_MARKS.length)).slice(0, size),
    'marks opened and never closed': (size) => '“We '.repeat(size / 4),
    'apostrophes that look like marks': (size) => "rock 'n' roll's '90s ".repeat(size / 21),
    'one attributed quote per paragraph': (size) => '“We will not back down,” Kowal said.\n\n'.repeat(size / 38),
    'attributed quotes in one long paragraph': (size) => '“We will go,” said Ana Mendez. '.repeat(size / 31),
    'a paragraph per quote mark': (size) => '“a\n\n'.repeat(size / 4),
    // Was quadratic in attribution (1 MB took minutes) until the later-clause search was bounded.
    'many short quotes in one paragraph': (size) => '“a” '.repeat(size / 4),
    'a colon before every quote': (size) => 'Mendez had a warning: “a” '.repeat(size / 26),
    'apposition after apposition': (size) => 'Ana Mendez, the minister, the leader, the aide, '.repeat(size / 48),
    'one word of names after another': (size) => 'Ana Mendez Piotr Kowal '.repeat(size / 23),
    'combining marks and right-to-left text': (size) => `e\u0301\u0302 \u202e“שלום” ${AWKWARD.loneHigh} `.repeat(size / 12),
  }
  const SMALL = 16_000
  const LARGE = SMALL * 16

  for (const [shape, make] of Object.entries(SHAPES)) {
    it(shape, () => {
      const small = make(SMALL)
      const large = make(LARGE)
      const smallTime = Math.max(bestTime(() => analyseArticle(small), 5), 2)
      const largeTime = bestTime(() => analyseArticle(large), 2)
      expect(largeTime / smallTime, `${smallTime.toFixed(1)} ms → ${largeTime.toFixed(1)} ms`).toBeLessThan(64)
    })
  }

  it('reads 1 MB of quotation marks in bounded time', () => {
    const text = QUOTE_MARKS.join('').repeat(Math.ceil(1_000_000 / QUOTE_MARKS.length))
    const began = performance.now()
    const quotes = analyseArticle(text)
    expectWellFormed(text, quotes)
    // Generous: about a second on the 2-core build machine.
    expect(performance.now() - began).toBeLessThan(15_000)
  })
})
