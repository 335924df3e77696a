import { describe, expect, it } from 'vitest'
import { wordTokens } from '../../../src/core/text/word-tokens'

describe('wordTokens', () => {
  it('gives each word its offsets and key', () => {
    const text = 'The mayor’s “plan” failed.'
    const tokens = wordTokens(text)
    expect(tokens.map((token) => token.text)).toEqual(['The', 'mayor’s', 'plan', 'failed'])
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
    expect(tokens[1].norm).toBe("mayor's")
  })

  it('reads spelled-out numbers and figures as the same value', () => {
    const spelled = wordTokens('about twenty-five thousand tonnes, one hundred and ten ships')
    const figures = wordTokens('about 25,000 tonnes, 110 ships')
    expect(spelled.map((token) => token.norm)).toEqual(figures.map((token) => token.norm))
    expect(spelled[1].text).toBe('twenty-five thousand')
  })

  it('keeps separate numbers apart and joins figures with their scale', () => {
    expect(wordTokens('five six').map((token) => token.norm)).toEqual(['5', '6'])
    expect(wordTokens('2.5 million euros').map((token) => token.norm)).toEqual(['2500000', 'euros'])
  })

  it('treats "per cent" and "%" alike and keeps acronyms whole', () => {
    expect(wordTokens('ten per cent').map((token) => token.norm)).toEqual(wordTokens('10%').map((token) => token.norm))
    expect(wordTokens('U.S. officials')[0]).toMatchObject({ text: 'U.S.', norm: 'us' })
  })
})
