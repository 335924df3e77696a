import { describe, expect, it } from 'vitest'
import { sentences } from '../../../src/core/text/sentences'

describe('sentences', () => {
  it('does not end a sentence after a title or an initial', () => {
    const text = 'Mr. Okoro met Dr. J. Alvarez on Jan. 4 in the U.S. Treasury building. They spoke for an hour.'
    expect(sentences(text).map((sentence) => sentence.text)).toEqual([
      'Mr. Okoro met Dr. J. Alvarez on Jan. 4 in the U.S. Treasury building.',
      'They spoke for an hour.',
    ])
  })

  it('ends a headline at its line break and keeps offsets exact', () => {
    const text = 'Port reopens after strike\n\nCranes moved again on Monday.  Ships queued.'
    const found = sentences(text)
    expect(found.map((sentence) => sentence.text)).toEqual(['Port reopens after strike', 'Cranes moved again on Monday.', 'Ships queued.'])
    for (const sentence of found) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
  })

  it('keeps a closing quote mark with the sentence it ends', () => {
    expect(sentences('She said: “We are ready.” Then she left.').map((sentence) => sentence.text)).toEqual(['She said: “We are ready.”', 'Then she left.'])
  })
})
