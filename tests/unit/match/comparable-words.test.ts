import { describe, expect, it } from 'vitest'
import { alignQuote } from '../../../src/core/match/align-quote'
import { classifyRelation } from '../../../src/core/match/classify-relation'
import { comparableForm } from '../../../src/core/match/comparable-form'
import { formName, wordSequence } from '../../../src/core/match/word-sequence'

const forms = (text: string) => Array.from(wordSequence(text).form, formName)

function relationOf(quote: string, source: string) {
  const alignment = alignQuote(quote, source)
  return alignment ? classifyRelation(alignment)?.relation : null
}

describe('comparable forms of words', () => {
  it('folds case, diacritics and curly apostrophes', () => {
    expect(comparableForm('Ramírez')).toBe('ramirez')
    expect(comparableForm('Łódź')).toBe('lodz')
    expect(comparableForm('Straße')).toBe('strasse')
    expect(forms('the mayor’s office')).toEqual(forms("the Mayor's office"))
  })

  it('maps British spellings to American ones from a table and the -ise rule', () => {
    const british = 'The council will organise a programme to honour the neighbourhood centre and its travelling volunteers, and will analyse the defence budget'
    const american = 'The council will organize a program to honor the neighborhood center and its traveling volunteers, and will analyze the defense budget'
    expect(forms(british)).toEqual(forms(american))
    // words that only look like -our words stay apart
    expect(comparableForm('four')).not.toBe(comparableForm('for'))
    expect(comparableForm('hour')).toBe('hour')
  })

  it('reads numbers written as words as digits', () => {
    expect(forms('forty buses')).toEqual(forms('40 buses'))
    expect(forms('forty-two stops')).toEqual(['42', 'stops'])
    expect(forms('three million passengers')).toEqual(forms('3 million passengers'))
    expect(forms('three thousand jobs')).toEqual(forms('3,000 jobs'))
    expect(forms('one hundred and twenty drivers')).toEqual(forms('120 drivers'))
    expect(forms('fares rose 40 per cent')).toEqual(forms('fares rose 40%'))
    // two numbers side by side are not added together
    expect(forms('routes one two three')).toEqual(['routes', '1', '2', '3'])
  })

  it('spells out contractions so they align with the full words, as related words, not equal ones', () => {
    const a = alignQuote('We won’t raise fares', 'We will not raise fares')!
    expect(a.pairs.map((p) => p.kind)).toEqual(['equal', 'related', 'equal', 'equal', 'equal'])
    expect(classifyRelation(a)?.relation).toBe('reworded')
    // the same contraction typed with another apostrophe is the same word
    expect(forms('We don’t know')).toEqual(forms("We don't know"))
  })
})

describe('related words', () => {
  const kinds = (quote: string, source: string) => alignQuote(quote, source)!.pairs.map((p) => p.kind)

  it('relates irregular verb forms, degree endings and words translators swap', () => {
    expect(kinds('we found it', 'we discovered it')).toEqual(['equal', 'related', 'equal'])
    expect(kinds('deeply sorry', 'deepest apologies')).toEqual(['related', 'related'])
    expect(kinds('a full inquiry', 'a complete investigation')).toEqual(['equal', 'related', 'related'])
    expect(kinds('he held talks', 'he holds talks')).toEqual(['equal', 'related', 'equal'])
  })

  it('does not relate words that only end alike', () => {
    expect(kinds('a public interest test', 'a public inter test')).toEqual(['equal', 'equal', 'changed', 'equal'])
    expect(kinds('the state will pay', 'the minister said it will pay').filter((k) => k === 'related')).toEqual([])
  })
})

describe('spelling and number variants in matching', () => {
  it('treats a British and an American rendering of one quote as a minor difference', () => {
    expect(
      relationOf(
        'We will prioritise the neighbourhood bus routes and cut fares by forty per cent',
        'We will prioritize the neighborhood bus routes and cut fares by 40%',
      ),
    ).toBe('minor')
  })

  it('keeps a changed number a change', () => {
    expect(relationOf('The city will buy 40 electric buses this year', 'The city will buy 400 electric buses this year')).toBe('reworded')
  })
})
