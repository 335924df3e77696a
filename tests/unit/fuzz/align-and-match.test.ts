// Alignment and matching on hostile text: no input throws, every span and word index stays inside
// its text, scores stay in the range the workspace schema accepts, and huge inputs are bounded.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LOOSE_SCORING, STRICT_SCORING, alignQuote, type Alignment } from '../../../src/core/match/align-quote'
import { matchQuote, type Candidate } from '../../../src/core/match/match-quote'
import { QUOTE_KINDS, RELATIONS } from '../../../src/core/model'
import { QUOTE_MARKS, hostileArticle, hostileText } from './hostile-text'

const anyText = fc.oneof(hostileText(80), hostileArticle)
const NEWS_WORDS = ['harbour', 'strike', 'union', 'minister', 'offer', 'rejected', 'workers', 'dockers', 'insult', 'family', 'quayside', 'government', 'wages', 'cargo']
/** `count` words, each form repeated about count / 1,358 times: rare enough to seed the band. */
const numberedWords = (count: number) => Array.from({ length: count }, (_, i) => `${NEWS_WORDS[i % NEWS_WORDS.length]}${i % 97}`).join(' ')
/** A plain sentence of news words, four or more: enough to be traced. */
const plainSentence = fc.array(fc.constantFrom(...NEWS_WORDS), { minLength: 4, maxLength: 24 }).map((words) => words.join(' '))

function expectAlignmentInside(alignment: Alignment, quote: string, passage: string): void {
  const { quoteSpan, passageSpan, quoteWords, passageWords, pairs } = alignment
  expect(0 <= quoteSpan.start && quoteSpan.start <= quoteSpan.end && quoteSpan.end <= quote.length).toBe(true)
  expect(0 <= passageSpan.start && passageSpan.start <= passageSpan.end && passageSpan.end <= passage.length).toBe(true)
  expect(0 <= quoteWords.from && quoteWords.from < quoteWords.to && quoteWords.to <= alignment.quote.length).toBe(true)
  expect(0 <= passageWords.from && passageWords.from < passageWords.to && passageWords.to <= alignment.passage.length).toBe(true)
  expect(passageSpan.start).toBe(alignment.passage.start[passageWords.from])
  expect(passageSpan.end).toBe(alignment.passage.end[passageWords.to - 1])
  // Every quote word once, in order; every passage word of the span once, in order.
  const quoteOrder = pairs.filter((p) => p.quoteWord >= 0).map((p) => p.quoteWord)
  const passageOrder = pairs.filter((p) => p.passageWord >= 0).map((p) => p.passageWord)
  expect(quoteOrder).toEqual(Array.from({ length: alignment.quote.length }, (_, i) => i))
  expect(passageOrder).toEqual(Array.from({ length: passageWords.to - passageWords.from }, (_, i) => passageWords.from + i))
  for (const value of [alignment.quoteCoverage, alignment.spanCoverage]) {
    expect(Number.isFinite(value) && value >= 0 && value <= 1).toBe(true)
  }
  expect(alignment.matched + alignment.related).toBeLessThanOrEqual(alignment.quote.length)
  expect(alignment.score).toBeGreaterThan(0)
}

describe('alignQuote on hostile text', () => {
  it('never throws, and what it returns stays inside both texts', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.constantFrom(STRICT_SCORING, LOOSE_SCORING), (quote, passage, scoring) => {
        const alignment = alignQuote(quote, passage, scoring)
        if (alignment) expectAlignmentInside(alignment, quote, passage)
      }),
      { numRuns: 300 },
    )
  })

  it('finds a quote cut from the middle of a passage word for word, hostile text around it', () => {
    fc.assert(
      fc.property(hostileText(30), plainSentence, hostileText(30), (before, quote, after) => {
        const passage = `${before}\n${quote}.\n${after}`
        const alignment = alignQuote(quote, passage)
        expect(alignment).not.toBeNull()
        expectAlignmentInside(alignment!, quote, passage)
        expect(alignment!.quoteCoverage).toBe(1)
        expect(passage.slice(alignment!.passageSpan.start, alignment!.passageSpan.end)).toBe(quote)
      }),
      { numRuns: 200 },
    )
  })

  it('returns promptly on 1 MB of quotation marks and on two 300 KB texts sharing most words', () => {
    const marks = QUOTE_MARKS.join('').repeat(Math.ceil(1_000_000 / QUOTE_MARKS.length))
    let began = performance.now()
    expect(alignQuote(marks, marks)).toBeNull()
    const words = numberedWords(45_000)
    const edited = words.replace(/cargo(\d+)/g, 'freight$1')
    began = performance.now()
    const alignment = alignQuote(words, edited)
    expect(alignment?.banded).toBe(true)
    expectAlignmentInside(alignment!, words, edited)
    // Generous: well under a second on the build machine.
    expect(performance.now() - began).toBeLessThan(10_000)
  })
})

describe('matchQuote on hostile text', () => {
  const candidateFrom = (article: string, text: string, offset: number, speaker: string | null, context: string): Candidate => ({
    article,
    quote: speaker ? `${article}-q` : null,
    start: offset,
    end: offset + text.length,
    text,
    speaker,
    context,
  })

  it('never throws; every match lies inside its candidate with a score the workspace can store', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.array(anyText, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...QUOTE_KINDS),
        fc.constantFrom(null, 'Ana Mendez', 'Piotr Kowal', '\u202eznedneM anA'),
        fc.nat({ max: 10_000 }),
        (quoteText, passages, kind, speaker, offset) => {
          const candidates = passages.map((text, i) => candidateFrom(`a${i}`, text, offset, i % 2 ? speaker : null, passages[0]))
          const matches = matchQuote({ id: 'q1', text: quoteText, speaker, kind, context: quoteText }, candidates)
          expect(matches.length).toBeLessThanOrEqual(10)
          for (const match of matches) {
            const candidate = candidates.find((c) => c.article === match.source.article)!
            expect(RELATIONS).toContain(match.relation)
            // The schema's CHECK: a score outside [0, 1] would make the whole import fail.
            expect(Number.isFinite(match.score) && match.score >= 0 && match.score <= 1).toBe(true)
            expect(candidate.start <= match.source.start && match.source.start <= match.source.end && match.source.end <= candidate.end).toBe(true)
            expect(match.source.text).toBe(candidate.text.slice(match.source.start - candidate.start, match.source.end - candidate.start))
            if (match.diffTooLarge === undefined) {
              const quoteSide = match.diff.filter((part) => part.op !== 'delete').map((part) => part.text).join('')
              expect(quoteText).toContain(quoteSide)
            }
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('calls the same words from the same speaker identical, hostile context or not', () => {
    fc.assert(
      fc.property(plainSentence, hostileText(40), (said, context) => {
        const source = candidateFrom('wire', said, 120, 'Ana Mendez', context)
        const [best] = matchQuote({ id: 'q1', text: said, speaker: 'Ana Mendez', kind: 'direct', context }, [source])
        expect(best).toMatchObject({ relation: 'identical', score: 1, speakerAgrees: true })
        expect(best.source).toEqual({ article: 'wire', quote: 'wire-q', start: 120, end: 120 + said.length, text: said })
      }),
      { numRuns: 150 },
    )
  })

  it('stays bounded for a 100 KB quote against forty 100 KB candidates', () => {
    const long = numberedWords(16_000)
    const candidates = Array.from({ length: 40 }, (_, i) => candidateFrom(`a${i}`, long.replace(/strike/g, `walkout${i}`), 0, null, ''))
    const began = performance.now()
    const matches = matchQuote({ id: 'q1', text: long, speaker: null, kind: 'direct' }, candidates)
    expect(matches.length).toBeGreaterThan(0)
    // About 1,100 changed words: past the diff's bound, which says so instead of working on.
    for (const match of matches) expect(match.diffTooLarge).toMatch(/too large/)
    expect(performance.now() - began).toBeLessThan(20_000)
  })
})
