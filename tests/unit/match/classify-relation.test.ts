import { describe, expect, it } from 'vitest'
import { alignQuote } from '../../../src/core/match/align-quote'
import { classifyRelation } from '../../../src/core/match/classify-relation'

function classify(quote: string, source: string) {
  const alignment = alignQuote(quote, source)
  return alignment ? classifyRelation(alignment) : null
}

describe('classifyRelation', () => {
  it('identical: the same words; straight or curly marks and edge punctuation do not count', () => {
    const r = classify(
      'We don’t have the drivers to run a night service,',
      "We don't have the drivers to run a night service.",
    )
    expect(r).toMatchObject({ relation: 'identical', score: 1 })
  })

  it('minor: only punctuation, case or spelling differ', () => {
    const minor = classify(
      'The depot in Harlow Road will close. Its forty drivers will be offered jobs elsewhere',
      'the depot in Harlow Road will close – its 40 drivers will be offered jobs elsewhere',
    )
    expect(minor).toMatchObject({ relation: 'minor' })
    expect(minor!.score).toBeLessThan(1)
  })

  it('an added word, even a small one, is more than a minor difference', () => {
    const r = classify(
      'The depot in Harlow Road will close; its 40 drivers will be offered jobs elsewhere',
      'The depot in Harlow Road will close, and its forty drivers will be offered jobs elsewhere',
    )
    expect(r?.relation).toBe('reworded')
  })

  it('fragment: the quote is a contiguous part of the source', () => {
    const r = classify(
      'a fare freeze for pensioners',
      'The mayor promised a fare freeze for pensioners until 2027, paid for by the parking levy.',
    )
    expect(r).toMatchObject({ relation: 'fragment', fragment: 'quote-in-source' })
  })

  it('fragment: the source quoted only a part of what the draft quotes', () => {
    const r = classify(
      'The levy is fair, it is modest, and it will be spent on the buses that people use every day',
      'it will be spent on the buses that people use every day',
    )
    expect(r).toMatchObject({ relation: 'fragment', fragment: 'source-in-quote' })
    expect(r!.quoteCoverage).toBeLessThan(0.7)
  })

  it('fragment: a quote cut with an ellipsis is made of parts of the source', () => {
    const r = classify(
      'We will keep the night buses … as long as the levy pays for them',
      'We will keep the night buses on the three busiest routes as long as the levy pays for them',
    )
    expect(r).toMatchObject({ relation: 'fragment', fragment: 'quote-in-source' })
  })

  it('reworded: words changed, added or dropped', () => {
    const r = classify(
      'The council may be able to restore the number 12 bus by the summer',
      'The council will be able to restore the number 12 bus by the end of the summer',
    )
    expect(r?.relation).toBe('reworded')
    expect(r!.score).toBeGreaterThan(0.5)
    expect(r!.score).toBeLessThan(1)
  })

  it('reworded: two translations of one statement', () => {
    const r = classify(
      'We had a useful and frank conversation, and the two ministers agreed to stay in contact',
      'It was a helpful, candid conversation; the two ministers agreed to keep in touch',
    )
    expect(r?.relation).toBe('reworded')
  })

  it('reworded: the source quoted only a part of the statement, in other words', () => {
    const r = classify(
      'We cannot write the operators a blank cheque, and I will not pretend otherwise. Nobody will lose a pension.',
      'cannot sign a blank cheque',
    )
    expect(r?.relation).toBe('reworded')
    expect(r!.alignedQuoteCoverage).toBeGreaterThan(0.6)
    expect(r!.quoteCoverage).toBeLessThan(0.4)
  })

  it('null: passages that share a few common words are not a match', () => {
    expect(classify('The council will meet again on Friday', 'Flooding closed the ring road on Friday and the council apologised')).toBeNull()
  })

  it('null: common words alone are never a match', () => {
    expect(classify('and that is why', 'That is why the depot closed')).toBeNull()
  })
})
