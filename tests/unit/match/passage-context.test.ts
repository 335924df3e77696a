import { describe, expect, it } from 'vitest'
import { paragraphs } from '../../../src/core/text/paragraphs'
import { passageContext } from '../../../src/main/match/refresh-matches'

const article = [
  '“Not a software fault”: Velta Rail blames cracked brakes',
  'By Ines Varga | Harlow | 12 May',
  'Velta Rail said on Monday that the forty trams recalled from the Harlow Road depot had cracked brake housings, and that service would resume in spring.',
  'Tomas Brandt, its head of engineering, said the cracks were “not a software fault”.',
].join('\n\n')

describe('passageContext', () => {
  it('gives a passage in the body the headline and its own paragraph', () => {
    const offset = article.indexOf('Tomas Brandt')
    expect(passageContext(paragraphs(article), offset)).toBe(
      '“Not a software fault”: Velta Rail blames cracked brakes\nTomas Brandt, its head of engineering, said the cracks were “not a software fault”.',
    )
  })

  it('gives a passage in the headline the lede, skipping the byline', () => {
    expect(passageContext(paragraphs(article), 1)).toBe(
      '“Not a software fault”: Velta Rail blames cracked brakes\nVelta Rail said on Monday that the forty trams recalled from the Harlow Road depot had cracked brake housings, and that service would resume in spring.',
    )
  })
})
