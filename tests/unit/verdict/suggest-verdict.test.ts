import { describe, expect, it } from 'vitest'
import { matchQuote, type Candidate } from '../../../src/core/match/match-quote'
import { suggestVerdict } from '../../../src/core/verdict/suggest-verdict'

function source(article: string, text: string, speaker: string | null, context?: string): Candidate {
  return { article, quote: null, start: 0, end: text.length, text, speaker, context }
}

/** Match a draft quote against sources and suggest a verdict, as the pipeline does. */
function suggest(text: string, speaker: string | null, sources: Candidate[], context?: string) {
  const matches = matchQuote({ id: 'q', text, speaker, kind: 'direct', context }, sources)
  return suggestVerdict(matches, { sourceLabel: (id) => (id === 'wire-0523' ? 'Meridian News Service' : id) })
}

describe('suggestVerdict', () => {
  it('verified: found verbatim, naming the source', () => {
    expect(
      suggest('We have no intention of cutting a single permanent job', 'Helga Brunnsvik', [
        source('wire-0523', 'We have no intention of cutting a single permanent job.', 'Helga Brunnsvik'),
      ]),
    ).toEqual({ status: 'verified', reason: 'found verbatim in Meridian News Service' })
  })

  it('verified: only spelling differs', () => {
    const s = suggest('The programme will be organised by the harbour authority', 'Helga Brunnsvik', [
      source('gazette', 'The program will be organized by the harbor authority', 'Helga Brunnsvik'),
    ])
    expect(s.status).toBe('verified')
    expect(s.reason).toMatch(/punctuation, case or spelling/)
  })

  it('verified: the quote is part of a longer statement in the source', () => {
    const s = suggest('We will not back down', 'Yury Tamashov', [
      source('wire-0523', 'We will not back down until the automation plan is frozen', 'Yuri Tamashov'),
    ])
    expect(s).toEqual({ status: 'verified', reason: 'found in Meridian News Service as part of a longer statement' })
  })

  it('verified: the source quotes only part of it, and the reason says which part', () => {
    const s = suggest('This is not about money. It is about whether there will still be a port for our children', 'Yury Tamashov', [
      source('gazette', 'It is about whether there will still be a port for our children', 'Yury Tamashov'),
    ])
    expect(s.status).toBe('verified')
    expect(s.reason).toBe("gazette quotes only part of it: 'It is about whether there will still be a port for our children'")
  })

  it('disputed: an adjective changed', () => {
    const s = suggest('The offer on the table is a very good one, and I would urge the union to put it to its members', 'Irena Dovan', [
      source('wire-0523', 'The offer on the table is a reasonably good one, and I would urge the union to put it to its members', 'Irena Dovan'),
    ])
    expect(s).toEqual({ status: 'disputed', reason: "adjective changed: 'reasonably good' → 'very good' (in Meridian News Service)" })
  })

  it('disputed: a modal changed, a number changed, a negation added', () => {
    expect(
      suggest('The government will be able to offer a phased introduction of the new cranes', 'Irena Dovan', [
        source('wire-0523', 'The government may be able to offer a phased introduction of the new cranes', 'Irena Dovan'),
      ]).reason,
    ).toMatch(/^modal changed: 'may' → 'will'/)
    expect(
      suggest('More than 400 container ships are waiting off Brennhaven tonight', 'Helga Brunnsvik', [
        source('gazette', 'More than forty container ships are waiting off Brennhaven tonight', 'Helga Brunnsvik'),
      ]).reason,
    ).toMatch(/^number changed: 'forty' → '400'/)
    expect(
      suggest('The ministry will not reopen the talks before Friday', 'Irena Dovan', [
        source('gazette', 'The ministry will reopen the talks before Friday', 'Irena Dovan'),
      ]),
    ).toEqual({ status: 'disputed', reason: "negation added: 'not' (in gazette)" })
  })

  it('disputed: words dropped from the middle of a quote without an ellipsis', () => {
    const s = suggest('Nobody wants the ports closed for one day longer than necessary', 'Irena Dovan', [
      source('seebote', 'Nobody in this government wants the ports closed for one day longer than necessary', 'Irena Dovan'),
    ])
    expect(s).toEqual({ status: 'disputed', reason: "words dropped: 'in this government' (in seebote)" })
  })

  it('disputed: the same words said by someone else, with both names', () => {
    const s = suggest(
      'The economy of this country cannot be held hostage by a few thousand people',
      'Irena Dovan',
      [source('wire-0523', 'The economy of this country cannot be held hostage by a few thousand people, however justified their grievances may be', 'Marek Stellan')],
    )
    expect(s.status).toBe('disputed')
    expect(s.reason).toBe('attributed to Marek Stellan in the source, to Irena Dovan here (part of the same words in Meridian News Service)')
  })

  it('verified, with a note, when the source does not name the speaker', () => {
    const s = suggest('Every idle day costs this port around four million euros', 'Helga Brunnsvik', [
      source('gazette', 'Every idle day costs this port around four million euros', null),
    ])
    expect(s).toEqual({ status: 'verified', reason: 'found verbatim in gazette; the source does not name the speaker' })
  })

  it('verified: another translation of the same statement, wording only', () => {
    const s = suggest('We are ready to discuss any proposals that respect our jobs', 'Yury Tamashov', [
      source('seebote', 'We are prepared to discuss any proposal that respects our jobs', 'Yuri Tamashov'),
    ])
    expect(s.status).toBe('verified')
    expect(s.reason).toMatch(/^same statement in other words in seebote: words changed: 'prepared' → 'ready'/)
  })

  it('unverifiable: nothing found', () => {
    expect(suggestVerdict([])).toEqual({ status: 'unverifiable', reason: 'not found in any source in the workspace' })
    expect(
      suggest('I will keep them in the building as long as it takes', 'Pavel Roos', [
        source('gazette', 'Both sides have moved. Neither side has moved enough.', 'Pavel Roos'),
      ]).status,
    ).toBe('unverifiable')
  })

  it('prefers a match with the right speaker over a misattributed one', () => {
    const s = suggest('Useful talks do not unload a single ship', 'Yury Tamashov', [
      source('union-bulletin', 'Useful talks do not unload a single ship', 'Mikko Raband'),
      source('seebote', 'The minister calls the talks useful. Useful talks do not unload a single ship', 'Yuri Tamashov'),
    ])
    expect(s).toEqual({ status: 'verified', reason: 'found in seebote as part of a longer statement' })
  })
})
