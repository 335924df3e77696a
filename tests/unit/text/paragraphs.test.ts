import { describe, expect, it } from 'vitest'
import { paragraphs } from '../../../src/core/text/paragraphs'

describe('paragraphs', () => {
  it('splits on blank lines and on single line breaks between paragraphs', () => {
    const text = 'Headline here\nBy A. Writer\n\nFirst paragraph.\nSecond paragraph.'
    expect(paragraphs(text).map((p) => p.text)).toEqual(['Headline here', 'By A. Writer', 'First paragraph.', 'Second paragraph.'])
  })

  it('joins the lines of hard-wrapped prose', () => {
    const text = [
      'The council voted on Tuesday to close the old ferry terminal, a decision',
      'that residents of the island had opposed for more than two years and that',
      'the mayor described as unavoidable.',
    ].join('\n')
    expect(paragraphs(text)).toHaveLength(1)
  })

  it('treats a Markdown quote line holding only ">" as a blank line', () => {
    const text = '> “We will rebuild.”\n>\n> — Ines Duarte, mayor'
    expect(paragraphs(text).map((p) => p.text)).toEqual(['> “We will rebuild.”', '> — Ines Duarte, mayor'])
  })
})
