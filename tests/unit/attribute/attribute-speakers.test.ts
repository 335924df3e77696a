import { describe, expect, it } from 'vitest'
import { analyseArticle } from '../../../src/core/analyse-article'

/** Speaker of each quote, in order. */
const speakers = (article: string) => analyseArticle(article).map((quote) => quote.speaker)
const first = (article: string) => analyseArticle(article)[0]

describe('attributeSpeakers: clause patterns', () => {
  it('reads "X said" and "said X" after the quote', () => {
    expect(speakers('“The ferry will run,” Marta Lindqvist said.')).toEqual(['Marta Lindqvist'])
    expect(speakers('“The ferry will run,” said Marta Lindqvist, the port director.')).toEqual(['Marta Lindqvist'])
  })

  it('reads "X told reporters" and keeps the listener in the cue', () => {
    const quote = first('“We have no choice,” Hamid Farouk told reporters outside the court.')
    expect(quote).toMatchObject({ speaker: 'Hamid Farouk', cue: 'told reporters' })
  })

  it('reads "X said:" before the quote', () => {
    expect(speakers('Governor Ruth Okafor said: “The levee held.”')).toEqual(['Ruth Okafor'])
  })

  it('reads "according to X"', () => {
    expect(first('The repairs “will take months”, according to engineer Tomasz Wrona.')).toMatchObject({ speaker: 'Tomasz Wrona', cue: 'according to' })
  })

  it('skips a relative clause or apposition between the speaker and the verb', () => {
    expect(speakers('Lena Park, who has run the shelter since 2015, said: “We are full.”')).toEqual(['Lena Park'])
    expect(speakers('The shelter’s director, Lena Park, said they were “full to the roof”.')).toEqual(['Lena Park'])
  })

  it('reads "X described it as “…”" for a partial quote', () => {
    expect(first('Finance Minister Jonas Eklund described the budget gap as “manageable”.')).toMatchObject({ speaker: 'Jonas Eklund', kind: 'partial' })
  })

  it('reads the headline form "X says ‘…’" and finds the full name in the body', () => {
    const article = 'Okafor says ‘the levee held’\n\nGovernor Ruth Okafor visited the dam on Sunday. “The levee held,” she said.'
    expect(speakers(article)).toEqual(['Ruth Okafor', 'Ruth Okafor'])
  })

  it('reads a credit line under a Markdown block quote', () => {
    const article = '> “Every vote will be counted twice.”\n>\n> — Adaeze Nwosu, chair of the electoral board'
    expect(first(article)).toMatchObject({ speaker: 'Adaeze Nwosu', mention: 'Adaeze Nwosu' })
  })

  it('knows reporting verbs beyond "said", in any tense', () => {
    const article = [
      '“The figures are wrong,” insisted Pieter de Vries.',
      '“We will appeal,” Kofi Mensah warned.',
      '“It was a mistake,” Hannah Berg conceded.',
      '“Nobody listens,” Ana Ruiz is complaining.',
      'Jun Tanaka has repeatedly emphasised that the plan is “fully funded”.',
    ].join('\n\n')
    expect(speakers(article)).toEqual(['Pieter de Vries', 'Kofi Mensah', 'Hannah Berg', 'Ana Ruiz', 'Jun Tanaka'])
  })
})

describe('attributeSpeakers: names, titles and organisations', () => {
  it('drops titles and roles from the name but keeps them in the mention', () => {
    const quote = first('“The talks were useful,” Kremlin aide Yuri Ushakov told journalists.')
    expect(quote).toMatchObject({ speaker: 'Yuri Ushakov', mention: 'Kremlin aide Yuri Ushakov' })
  })

  it('gives one canonical name per person: surname and title forms resolve to the full name', () => {
    const article = [
      'President Donald Trump spoke at the rally.',
      '“We will win,” Trump said.',
      '“It is settled,” Mr Trump added later.',
    ].join('\n\n')
    expect(speakers(article)).toEqual(['Donald Trump', 'Donald Trump'])
  })

  it('names organisations without their article', () => {
    expect(speakers('“The talks will continue,” the Kremlin said.')).toEqual(['Kremlin'])
    expect(speakers('The White House said the visit was “postponed, not cancelled”.')).toEqual(['White House'])
  })

  it('resolves "the ministry" to the ministry the article named', () => {
    const article = 'The Health Ministry opened an inquiry on Monday.\n\nThe ministry said in a statement that the clinics were “safe to use”.'
    expect(first(article)).toMatchObject({ speaker: 'Health Ministry', cue: 'said in a statement' })
  })

  it('resolves an acronym to the organisation it was introduced with', () => {
    const article = 'The National Farmers Union (NFU) met ministers.\n\n“Prices are too low,” the NFU said.'
    expect(speakers(article)).toEqual(['National Farmers Union'])
  })

  it('leaves an unnamed speaker unknown', () => {
    expect(speakers('“I lost everything,” one resident said.')).toEqual([null])
  })
})

describe('attributeSpeakers: pronouns and context', () => {
  it('resolves "he" and "she" to the right person, paragraphs later', () => {
    const article = [
      'Prosecutor Elena Varga and defence lawyer Samuel Osei met in chambers on Tuesday.',
      'Varga later filed a motion to delay the trial.',
      'Osei objected within the hour.',
      'The judge has not ruled.',
      '“This is a stalling tactic,” he said.',
      '“We need the extra weeks,” she said.',
    ].join('\n\n')
    expect(speakers(article)).toEqual(['Samuel Osei', 'Elena Varga'])
  })

  it('uses Mr and Ms to learn who is who', () => {
    const article = [
      'Ms Kowalski and Mr Achterberg both spoke at the hearing.',
      'Kowalski defended the budget.',
      '“The numbers add up,” she said.',
    ].join('\n\n')
    expect(speakers(article)).toEqual(['Kowalski'])
  })

  it('lets a paragraph that is only a quote continue the previous speaker', () => {
    const article = [
      '“We were not warned,” said Ibrahim Sesay, a fisherman.',
      '“Not one letter, not one call.”',
    ].join('\n\n')
    expect(speakers(article)).toEqual(['Ibrahim Sesay', 'Ibrahim Sesay'])
  })

  it('gives both halves of an interrupted quote the same speaker', () => {
    const article = 'Engineer Sofia Lindahl inspected the bridge.\n\n“The cables are fine,” she said. “The bolts are not.”'
    const quotes = analyseArticle(article)
    expect(quotes.map((quote) => [quote.speaker, quote.utterance])).toEqual([
      ['Sofia Lindahl', 0],
      ['Sofia Lindahl', 0],
    ])
  })

  it('does not attribute a title to anyone', () => {
    expect(first('The council launched a scheme called ‘Safe Streets’ on Friday, Mayor Ola Dahl said.')).toMatchObject({ kind: 'title', speaker: null })
  })
})

describe('analyseArticle on hostile input', () => {
  it('stays linear on a megabyte of quote marks, apostrophes and stray words', () => {
    const pieces = ['“', '”', '‘', '’', "'", '"', 'don’t ', 'workers’ ', 'he said, ', 'Mr Smith ', '. ', '\n\n']
    let seed = 11
    let article = ''
    while (article.length < 1_000_000) {
      seed = (seed * 1103515245 + 12345) % 2147483648
      article += pieces[seed % pieces.length]
    }
    const started = performance.now()
    const quotes = analyseArticle(article)
    expect(performance.now() - started).toBeLessThan(4000)
    for (const quote of quotes.slice(0, 50)) expect(article.slice(quote.start, quote.end)).toBe(quote.text)
  })
})
