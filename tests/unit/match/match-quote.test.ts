import { describe, expect, it } from 'vitest'
import { explainCandidate, matchQuote, type Candidate, type QuoteToMatch } from '../../../src/core/match/match-quote'
import { speakersAgree } from '../../../src/core/match/speaker-agreement'

function candidate(article: string, text: string, speaker: string | null, context?: string, start = 0): Candidate {
  return { article, quote: `${article}#q`, start, end: start + text.length, text, speaker, context }
}

function quote(text: string, speaker: string | null, kind: QuoteToMatch['kind'] = 'direct', context?: string): QuoteToMatch {
  return { id: 'draft-q1', text, speaker, kind, context }
}

describe('matchQuote', () => {
  it('finds the source and gives the span, relation, speaker agreement and diff', () => {
    const paragraph = 'The port authority says the stoppage is costing it dearly. "Every idle day costs this port around four million euros," chief executive Helga Brunnsvik said.'
    const matches = matchQuote(quote('Every idle day costs this port around 4 million euros', 'Helga Brunnsvik'), [
      candidate('wire-0523', paragraph, 'Helga Brunnsvik', undefined, 1200),
    ])
    expect(matches).toHaveLength(1)
    const [m] = matches
    expect(m.quote).toBe('draft-q1')
    expect(m.relation).toBe('fragment')
    expect(m.speakerAgrees).toBe(true)
    expect(m.source.text).toBe('Every idle day costs this port around four million euros')
    expect(m.source.start).toBe(1200 + paragraph.indexOf('Every'))
    expect(m.source.end - m.source.start).toBe(m.source.text.length)
    expect(m.diff).toContainEqual({ op: 'delete', text: 'four' })
    expect(m.diff).toContainEqual({ op: 'insert', text: '4' })
  })

  it('returns matches best first: the exact source before a paraphrase', () => {
    const text = 'We will not close a single library while I am mayor'
    const matches = matchQuote(quote(text, 'Ana Mendez'), [
      candidate('weekly', 'We won’t shut any library while I am mayor', 'Ana Mendez'),
      candidate('wire', 'We will not close a single library while I am mayor', 'Ana Mendez'),
    ])
    expect(matches.map((m) => [m.source.article, m.relation])).toEqual([
      ['wire', 'identical'],
      ['weekly', 'reworded'],
    ])
  })

  it('reports the same words from another speaker as a misattribution', () => {
    const matches = matchQuote(
      quote('The economy of this city cannot be held hostage by a few hundred taxi drivers', 'Piotr Kowal', 'direct', 'Transport chief Piotr Kowal said the taxi protest had to end.'),
      [
        candidate(
          'evening-star',
          'The economy of this city cannot be held hostage by a few hundred taxi drivers, however justified their anger may be',
          'Ana Mendez',
          'Mayor Ana Mendez said in a televised address that the taxi protest had to end.',
        ),
      ],
    )
    expect(matches).toHaveLength(1)
    expect(matches[0]).toMatchObject({ relation: 'fragment', speakerAgrees: false, speakers: { quote: 'Piotr Kowal', source: 'Ana Mendez' } })
  })

  it('reports a long distinctive statement from another speaker even when the sentences around differ', () => {
    const matches = matchQuote(
      quote(
        'Not one more euro of public money will go to a stadium that stands empty forty weeks a year',
        'Piotr Kowal',
        'direct',
        'Kowal, who chairs the transport committee, spoke after the vote on the new tram depot.',
      ),
      [
        candidate(
          'city-paper',
          'Not one more euro of public money will go to a stadium that stands empty forty weeks a year',
          'Ana Mendez',
          'Mendez told the football club’s owners at their annual dinner that the lease would not be renewed.',
        ),
      ],
    )
    expect(matches.map((m) => [m.relation, m.speakerAgrees])).toEqual([['identical', false]])
  })

  it('does not take a common phrase said by someone else about something else for the same statement', () => {
    const draft = quote(
      'a step in the right direction',
      'Piotr Kowal',
      'partial',
      'Kowal called the new cycle lanes on Mill Street “a step in the right direction”.',
    )
    const matches = matchQuote(draft, [
      candidate(
        'harbour-news',
        'This agreement is a step in the right direction for the fishing fleet',
        'Marta Lind',
        'Fisheries minister Marta Lind welcomed the quota deal struck in Brussels overnight.',
      ),
      candidate(
        'council-notes',
        'The budget is a step in the right direction',
        'Piotr Kowal',
        'At the budget meeting in March, Kowal praised the finance committee for balancing the accounts.',
      ),
    ])
    expect(matches).toEqual([])
  })

  it('matches a one-word partial quote only where the speaker agrees', () => {
    const draft = quote('constructive', 'Yury Ushakov', 'partial', 'Ushakov described the Geneva talks with the trade envoy as “constructive”.')
    const matches = matchQuote(draft, [
      candidate('wire', 'The talks in Geneva were constructive and businesslike', 'Yuri Ushakov', 'Speaking after the Geneva talks with the trade envoy, Yuri Ushakov told reporters the sides would meet again.'),
      candidate('daily', 'Our opposition will remain constructive', 'Lena Ostrowa', 'Opposition leader Lena Ostrowa promised to support the budget.'),
      candidate('narration', 'Officials called the Geneva talks constructive.', null, 'Officials called the Geneva talks with the trade envoy constructive.'),
    ])
    expect(matches.map((m) => m.source.article)).toEqual(['wire'])
    expect(matches[0]).toMatchObject({ relation: 'fragment', speakerAgrees: true })
    expect(matches[0].source.text).toBe('constructive')
  })

  it('matches a short quote from the same speaker when the surroundings say too little to tell', () => {
    const draft = quote('My members can read.', 'Yury Tamashov', 'direct', '“It’s the same offer with a new ribbon on it,” he said. “My members can read.”')
    const matches = matchQuote(draft, [candidate('seebote', 'My members can read.', 'Yuri Tamashov', '«My members can read.»')])
    expect(matches.map((m) => m.relation)).toEqual(['identical'])
  })

  it('does not take a short quote with most words changed for the same statement', () => {
    const draft = quote('any serious offer', 'Yury Tamashov', 'partial')
    expect(matchQuote(draft, [candidate('chronicle', 'the same offer', 'Yury Tamashov')])).toEqual([])
  })

  it('does not take a loose rewording on the same subject, with nobody named, for the statement', () => {
    const draft = quote('regrets that no progress was achieved on the question of the waters of the Sel', 'Kestrian Foreign Ministry', 'partial')
    const narration = 'The presidents agreed to reopen the crossing to freight traffic, but made no visible progress on the dispute over water from the River Sel.'
    expect(matchQuote(draft, [{ ...candidate('wire', narration, null), quote: null }])).toEqual([])
  })

  it('does not trace a title: marks around a name are nobody’s statement', () => {
    const documentary = 'The Last Shift at Brennhaven Harbour'
    const passage = `KTV re-aired "${documentary}", a 2019 documentary about the dockers, on Sunday.`
    expect(matchQuote(quote(documentary, null, 'title'), [candidate('wire', passage, null)])).toEqual([])
    expect(matchQuote(quote(documentary, null, 'partial'), [candidate('wire', passage, null)])).toHaveLength(1)
  })

  it('keeps two translations of one statement as reworded, not unrelated', () => {
    const draft = quote('We had a useful and frank conversation, and the two presidents agreed to stay in contact', 'Yury Ushakov')
    const matches = matchQuote(draft, [
      candidate('agency-en', 'It was a useful, candid conversation; the two presidents agreed to keep in touch', 'Yuri Ushakov'),
    ])
    expect(matches).toHaveLength(1)
    expect(matches[0].relation).toBe('reworded')
    expect(matches[0].speakerAgrees).toBe(true)
  })

  it('gives a sentence of indirect speech to the person it names as speaking', () => {
    const draft = quote('I never saw the auditors’ letter before the vote', 'Ana Mendez')
    const sentence = 'Mayor Ana Mendez told the committee she had never seen the auditors’ letter before the vote, and called for an inquiry.'
    const matches = matchQuote(draft, [{ ...candidate('gazette', sentence, null), quote: null }])
    expect(matches).toHaveLength(1)
    expect(matches[0]).toMatchObject({ relation: 'reworded', speakerAgrees: true, speakers: { quote: 'Ana Mendez', source: 'Mayor Ana Mendez' } })
  })

  it('reports a sentence that gives the same words to someone else as a misattribution', () => {
    const draft = quote('The city cannot be held hostage by a few hundred taxi drivers', 'Piotr Kowal')
    const sentence = 'Ana Mendez said the city could not be held hostage by a few hundred taxi drivers.'
    const matches = matchQuote(draft, [{ ...candidate('evening-star', sentence, null), quote: null }])
    expect(matches.map((m) => [m.speakerAgrees, m.speakers?.source])).toEqual([[false, 'Ana Mendez']])
  })

  it('reports a translation given to another speaker as a misattribution only where both tell of the same event', () => {
    const draft = quote(
      'There is no evidence that any passenger has been harmed by these trams',
      'Piotr Kowal',
      'direct',
      'The city recalled twelve trams from the Harlow Road depot after cracks were found in their brakes.',
    )
    const translation = 'There is no indication that a passenger has suffered harm because of these trams'
    const sameEvent = candidate('courrier', translation, 'Ana Mendez', 'Twelve trams were recalled to the Harlow Road depot after brake cracks were found, the city said.')
    const otherEvent = candidate('courrier', translation, 'Ana Mendez', 'Ferry operators in the northern fjords reported record summer bookings and rising fuel costs.')
    expect(matchQuote(draft, [sameEvent]).map((m) => [m.relation, m.speakerAgrees])).toEqual([['reworded', false]])
    expect(matchQuote(draft, [otherEvent])).toEqual([])
  })

  it('does not take a sentence where someone else describes the same facts for a misattributed statement', () => {
    const context = 'The city recalled forty trams after cracks were found; the operator waited ten days to report them.'
    const draft = quote(
      'someone will have to answer for the ten days between the operator’s first crack report and its first call to the city',
      'Piotr Kowal',
      'direct',
      context,
    )
    const sentence = 'Opposition leader Ana Mendez described the ten-day gap between the operator’s first crack report and its call to the city as “a cover-up.”'
    expect(matchQuote(draft, [{ ...candidate('tribune', sentence, null, context), quote: null }])).toEqual([])
  })

  it('passes over a reporting document to the body that said it', () => {
    const draft = quote('Our bulletin of 3 May clearly indicated the possibility of an earlier closure', 'Harlow Transport Agency')
    const sentence = 'The agency has said its bulletins warned of the possibility of an earlier closure.'
    const matches = matchQuote(draft, [{ ...candidate('wire', sentence, null), quote: null }])
    expect(matches.map((m) => [m.speakerAgrees, m.speakers?.source])).toEqual([[true, 'The agency']])
  })

  it('does not read a description that could be anyone as another speaker', () => {
    const draft = quote('The city cannot be held hostage by a few hundred taxi drivers', 'Piotr Kowal')
    const sentence = 'The minister said the city could not be held hostage by a few hundred taxi drivers.'
    const matches = matchQuote(draft, [{ ...candidate('evening-star', sentence, null), quote: null }])
    expect(matches.map((m) => [m.speakerAgrees, m.speakers?.source])).toEqual([[null, null]])
  })

  it('counts the quote’s own words when the other article uses them outside the quotation', () => {
    const draft = quote(
      'This is not the 1990s',
      'Ana Mendez',
      'direct',
      'Tram depot closure was never political, says Mendez\nMendez rejected claims that the depot closure was political. “This is not the 1990s,” she said.',
    )
    const source = candidate(
      'wire',
      'This is not the 1990s. Nobody shuts a tram depot by telephone any more',
      'Ana Mendez',
      'Mayor defends decision on tram depot\nAsked about the timing, Mendez was firm: “This is not the 1990s. Nobody shuts a tram depot by telephone any more.” She left without taking questions.',
    )
    expect(matchQuote(draft, [source]).map((m) => m.relation)).toEqual(['fragment'])
  })

  it('keeps the source’s quotation rather than the sentence around it when both name the speaker', () => {
    const draft = quote('It will be dealt with quickly, within the law', 'Piotr Kowal')
    const sentence = 'Kowal said only that the cases would be handled ‘quickly, within the law’.'
    const inner = 'quickly, within the law'
    const matches = matchQuote(draft, [
      { ...candidate('gazette', sentence, null, undefined, 300), quote: null },
      candidate('gazette', inner, 'Piotr Kowal', undefined, 300 + sentence.indexOf(inner)),
    ])
    expect(matches.map((m) => [m.source.quote, m.relation])).toEqual([['gazette#q', 'fragment']])
  })

  it('keeps beside a quotation the sentence that reports more of the statement in its own words', () => {
    const draft = quote('The depot is in reasonably good condition, but the tram sheds are not', 'Piotr Kowal')
    const sentence = 'Kowal told the committee the depot was ‘in reasonably good condition’ but that its two tram sheds were not.'
    const inner = 'in reasonably good condition'
    const matches = matchQuote(draft, [
      { ...candidate('gazette', sentence, null, undefined, 300), quote: null },
      candidate('gazette', inner, 'Piotr Kowal', undefined, 300 + sentence.indexOf(inner)),
    ])
    expect(matches).toHaveLength(2)
    expect(matches.map((m) => [m.source.quote, m.relation])).toEqual(
      expect.arrayContaining([
        ['gazette#q', 'fragment'],
        [null, 'reworded'],
      ]),
    )
  })

  it('does not take a short reply that repeats one word for the statement it answers', () => {
    const draft = quote('Useful for whom?', 'Lena Ostrowa')
    expect(matchQuote(draft, [candidate('wire', 'Useful talks do not pay a single wage', 'Lena Ostrowa')])).toEqual([])
  })

  it('matches a two-word source quote that gives one word of a longer quote differently, from the same speaker', () => {
    const draft = quote('Our city cannot be taken hostage by a few hundred taxi drivers, whatever their grievances', 'Ana Mendez')
    const matches = matchQuote(draft, [
      candidate('wire', 'held hostage', 'Ana Mendez'),
      candidate('daily', 'held hostage', 'Piotr Kowal'),
    ])
    expect(matches.map((m) => [m.source.article, m.relation, m.speakerAgrees])).toEqual([['wire', 'reworded', true]])
  })

  it('finds a translation that keeps the content words in order with other words between them', () => {
    const draft = quote('We were acting on the basis of the warning from downstream, which gave the deadline for Friday. It arrived on Tuesday morning', 'Ana Mendez')
    const source = candidate('agency', 'We were acting from the downstream warning, which said the deadline would fall on the Friday', 'Ana Mendez')
    expect(matchQuote(draft, [source]).map((m) => m.relation)).toEqual(['reworded'])
  })

  it('matches a two-word translation whose words are all related, from the same speaker', () => {
    const draft = quote('deepest apologies', 'Lena Ostrowa', 'partial')
    const matches = matchQuote(draft, [
      candidate('wire', 'We are deeply sorry for the delays this has caused to passengers', 'Lena Ostrowa'),
      candidate('daily', 'We are deeply sorry for the delays this has caused to passengers', 'Piotr Kowal'),
    ])
    expect(matches.map((m) => [m.source.article, m.relation, m.source.text])).toEqual([['wire', 'reworded', 'deeply sorry']])
  })

  it('reads the reporter’s words around an indirect quotation as context, not as the statement', () => {
    const draft = quote(
      'cracked brake housing',
      'Tomas Brandt',
      'partial',
      'According to Tomas Brandt, head of engineering at Velta Rail, the carriages showed a «cracked brake housing».',
    )
    const sentence = 'The first inspection points to a cracked brake housing rather than any software fault, according to its head of engineering, Tomas Brandt.'
    const source = {
      ...candidate('tribune', sentence, null, `Harlow recalls forty vehicles after inspection\n${sentence} The mayor expects service to resume in spring.`),
      quote: null,
    }
    expect(matchQuote(draft, [source]).map((m) => [m.relation, m.speakerAgrees])).toEqual([['fragment', true]])
  })

  it('explains why a passage was left out', () => {
    const draft = quote('a step in the right direction', 'Piotr Kowal', 'partial')
    const elsewhere = candidate('harbour-news', 'This agreement is a step in the right direction for the fishing fleet', 'Marta Lind')
    expect(explainCandidate(draft, elsewhere)).toMatchObject({ admitted: false, reason: 'few words, speaker not confirmed', speakerAgrees: false })
    expect(explainCandidate(draft, candidate('wire', 'The weather was mild', 'Piotr Kowal'))).toMatchObject({ admitted: false, reason: 'no content word in common' })
  })

  it('counts the same words found twice in one article once', () => {
    const sentence = 'Kowal said: “We will not back down until the fare rise is scrapped.”'
    const matches = matchQuote(quote('We will not back down until the fare rise is scrapped', 'Piotr Kowal'), [
      candidate('gazette', 'We will not back down until the fare rise is scrapped.', 'Piotr Kowal', undefined, 520),
      { ...candidate('gazette', sentence, null, undefined, 506), quote: null },
    ])
    expect(matches).toHaveLength(1)
    expect(matches[0].source.quote).toBe('gazette#q')
  })

  it('returns, and reports the diff as too large, for a 200 KB quote against a 200 KB source', () => {
    const sentences = Array.from({ length: 2600 }, (_, i) => `Bus ${i} leaves the Harlow Road depot at ${(i % 12) + 5} o'clock sharp.`)
    const source = sentences.join(' ')
    const draft = sentences.map((s, i) => (i % 2 === 0 ? s.replace('sharp', 'exactly') : s)).join(' ')
    expect(source.length).toBeGreaterThan(150_000)
    const matches = matchQuote(quote(draft, null), [candidate('archive', source, null)])
    expect(matches).toHaveLength(1)
    expect(matches[0].diff).toEqual([])
    expect(matches[0].diffTooLarge).toMatch(/too large/)
  })
})

describe('speakersAgree', () => {
  it('forgives transliteration and initials, not a different person', () => {
    expect(speakersAgree('Yury Ushakov', 'Yuri Ushakov')).toBe(true)
    expect(speakersAgree('Ana Méndez', 'A. Mendez')).toBe(true)
    expect(speakersAgree('the Kremlin', 'Kremlin')).toBe(true)
    expect(speakersAgree('DR SOFIA REINHOLT', 'Sofia Reinholt')).toBe(true)
    expect(speakersAgree('Ana Mendez', 'Piotr Kowal')).toBe(false)
    expect(speakersAgree('Ana Mendez', 'Luis Mendez')).toBe(false)
    expect(speakersAgree(null, 'Piotr Kowal')).toBeNull()
  })
})
