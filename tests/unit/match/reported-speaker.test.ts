import { describe, expect, it } from 'vitest'
import { reportedSpeakers } from '../../../src/core/match/reported-speaker'

const names = (sentence: string, span?: { start: number; end: number }) => reportedSpeakers(sentence, span).map((s) => s.name)

describe('reportedSpeakers', () => {
  it('finds the subject of the reporting verb, stepping over a relative clause', () => {
    expect(names('Dr Ana Mendez, who has chaired the transport committee since 2018, told councillors on Tuesday that the depot would stay open.')).toEqual([
      'Dr Ana Mendez',
    ])
  })

  it('steps over a clause that holds its own aside between dashes', () => {
    expect(names('Dr Ana Mendez, whose firm surveyed the depot – known locally as ‘the Shed’ – in 2021, told the committee the roof was sound.')).toEqual([
      'Dr Ana Mendez',
    ])
  })

  it('takes the name in apposition to a description', () => {
    expect(names('The union’s general secretary, Piotr Kowal, said members had rejected the offer by a wide margin.')).toEqual(['Piotr Kowal'])
  })

  it('finds the subject after an inverted verb and after “according to”', () => {
    expect(names('“Nobody asked us,” said the shop steward Lena Ostrowa, who has worked at the yard for 30 years.')).toEqual(['Lena Ostrowa'])
    expect(names('The leak came from a cracked valve rather than the pump, according to its chief engineer, Tomas Brandt.')).toEqual(['Tomas Brandt'])
  })

  it('gives a description only as a description, and a pronoun not at all', () => {
    expect(reportedSpeakers('The council said it would appeal the ruling.').map((s) => [s.name, s.description])).toEqual([['The council', true]])
    expect(names('“We will appeal,” she told reporters.')).toEqual([])
    expect(reportedSpeakers('Officials said the depot would reopen in May.').map((s) => [s.name, s.description])).toEqual([['Officials', true]])
  })

  it('does not take a name inside the reported words for their speaker', () => {
    const sentence = 'Mendez said Kowal had misled the committee.'
    const span = { start: sentence.indexOf('Kowal'), end: sentence.length - 1 }
    expect(names(sentence, span)).toEqual(['Mendez'])
  })

  it('does not take the object of a verb for its subject', () => {
    expect(names('Mendez, the mayor, told Kowal that the plan was dead.')).toEqual(['Mendez'])
  })
})
