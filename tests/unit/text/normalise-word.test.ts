import { describe, expect, it } from 'vitest'
import { normaliseWord } from '../../../src/core/text/normalise-word'

describe('normaliseWord', () => {
  it('ignores case, curly apostrophes and diacritics', () => {
    expect(normaliseWord('Minister’s')).toBe(normaliseWord("minister's"))
    expect(normaliseWord('Zürich')).toBe('zurich')
    expect(normaliseWord('Élysée')).toBe('elysee')
    expect(normaliseWord('Straße')).toBe('strasse')
  })

  it('turns every dash into a hyphen and drops surrounding punctuation', () => {
    expect(normaliseWord('cease–fire')).toBe('cease-fire')
    expect(normaliseWord('“deal,”')).toBe('deal')
    expect(normaliseWord('—')).toBe('')
  })

  it('writes British spellings the American way without breaking look-alikes', () => {
    expect(normaliseWord('harbour')).toBe('harbor')
    expect(normaliseWord('Labourers')).toBe('laborers')
    expect(normaliseWord('organised')).toBe('organized')
    expect(normaliseWord('criticising')).toBe('criticizing')
    expect(normaliseWord('analyse')).toBe('analyze')
    expect(normaliseWord('travelled')).toBe('traveled')
    expect(normaliseWord('centre')).toBe('center')
    expect(normaliseWord('defence')).toBe('defense')
    // Words that only look like the British patterns stay as they are.
    expect(normaliseWord('hour')).toBe('hour')
    expect(normaliseWord('four')).toBe('4')
    expect(normaliseWord('promised')).toBe('promised')
    expect(normaliseWord('surprise')).toBe('surprise')
    expect(normaliseWord('rising')).toBe('rising')
    expect(normaliseWord('advertising')).toBe('advertising')
  })

  it('gives number words and grouped digits the same key', () => {
    expect(normaliseWord('seven')).toBe('7')
    expect(normaliseWord('Forty-two')).toBe('42')
    expect(normaliseWord('12,500')).toBe('12500')
    expect(normaliseWord('%')).toBe('percent')
  })
})
