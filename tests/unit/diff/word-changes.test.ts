import { describe, expect, it } from 'vitest'
import { changeInWords, describeChanges } from '../../../src/core/diff/word-changes'
import { wordDiff } from '../../../src/core/diff/word-diff'

function changes(source: string, quote: string): string[] {
  const diff = wordDiff(source, quote)
  if (!diff.ok) throw new Error(diff.reason)
  return describeChanges(diff.parts).map((c) => `${c.meaningful ? '!' : ' '}${changeInWords(c)}`)
}

describe('describeChanges', () => {
  it('names a negation added or removed by the word itself', () => {
    expect(changes('The library will close in June', 'The library will not close in June')).toEqual(["!negation added: 'not'"])
    expect(changes('We won’t cut the night buses', 'We will cut the night buses')).toEqual(["!negation removed: 'won’t'"])
  })

  it('names a modal and a number change', () => {
    expect(changes('The council may restore the route', 'The council will restore the route')).toEqual(["!modal changed: 'may' → 'will'"])
    expect(changes('Fares rose by 40 percent', 'Fares rose by 400 percent')).toEqual(["!number changed: '40' → '400'"])
  })

  it('shows a changed degree word with the adjective it modifies', () => {
    expect(changes('The offer is a reasonably good one', 'The offer is a very good one')).toEqual([
      "!adjective changed: 'reasonably good' → 'very good'",
    ])
  })

  it('names content words dropped and added', () => {
    expect(changes('Nobody in this council wants the pools to stay closed', 'Nobody wants the pools closed')).toEqual([
      "!words dropped: 'in this council'",
      "!words dropped: 'to stay'",
    ])
  })

  it('ignores differences of spelling, case, number style and typography', () => {
    expect(changes('We will organise forty extra buses', 'We will organize 40 extra buses')).toEqual([])
    expect(changes('We don’t know', "We don't know")).toEqual([])
  })

  it('counts inflections, listed synonyms and function words as wording, not meaning', () => {
    expect(changes('We are ready to discuss any proposal', 'We are prepared to discuss any proposals')).toEqual([
      " words changed: 'ready' → 'prepared'",
      " words changed: 'proposal' → 'proposals'",
    ])
    expect(changes('The plan is fair and it is modest', 'The plan is fair, it is modest')).toEqual([" words dropped: 'and'"])
    expect(changes('We don’t know', 'We do not know')).toEqual([" words changed: 'don’t' → 'do not'"])
  })
})
