// The word diff on hostile text: it never throws, its parts put the two texts back together,
// and its bound stops huge or unrelated inputs with a reason instead of freezing the app.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wordDiff } from '../../../src/core/diff/word-diff'
import type { DiffPart } from '../../../src/core/model'
import { QUOTE_MARKS, hostileArticle, hostileText } from './hostile-text'

const anyText = fc.oneof(hostileText(80), hostileArticle)
const join = (parts: DiffPart[], skip: DiffPart['op']) => parts.filter((part) => part.op !== skip).map((part) => part.text).join('')
const withoutSpace = (text: string) => text.replace(/\s+/g, '')

function expectRejoins(a: string, b: string, parts: DiffPart[]): void {
  // The quote's side is exact; the source's side keeps its words, while equal parts carry the
  // quote's spacing (jsdiff compares words, not the white space between them).
  expect(join(parts, 'delete')).toBe(b)
  expect(withoutSpace(join(parts, 'insert'))).toBe(withoutSpace(a))
  for (const [i, part] of parts.entries()) {
    expect(part.text.length).toBeGreaterThan(0)
    if (i > 0) expect(part.op).not.toBe(parts[i - 1].op)
  }
}

describe('wordDiff on hostile text', () => {
  it('never throws, and its parts rejoin to the two texts', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const diff = wordDiff(a, b)
        if (diff.ok) expectRejoins(a, b, diff.parts)
        else expect(diff.reason).toMatch(/too large to show word by word/)
      }),
      { numRuns: 300 },
    )
  })

  it('shows a text against itself as one equal part', () => {
    fc.assert(
      fc.property(anyText.filter((text) => text.length > 0), (text) => {
        expect(wordDiff(text, text)).toEqual({ ok: true, parts: [{ op: 'equal', text }] })
      }),
      { numRuns: 150 },
    )
  })

  it('shows one inserted hostile word as an insert, the rest equal', () => {
    fc.assert(
      fc.property(hostileText(20), fc.constantFrom('<script>', '\u202eevil', '\ud800', '“', 'e\u0301', '=cmd|'), hostileText(20), (before, word, after) => {
        const source = `The offer is fair ${before} and final ${after}`
        const quote = `The offer is fair ${before} and ${word} final ${after}`
        const diff = wordDiff(source, quote)
        expect(diff.ok).toBe(true)
        if (!diff.ok) return
        expectRejoins(source, quote, diff.parts)
        expect(diff.parts.some((part) => part.op === 'equal')).toBe(true)
        expect(diff.parts.filter((part) => part.op === 'insert').map((part) => part.text).join('')).toContain(word.trim())
      }),
      { numRuns: 150 },
    )
  })

  it('gives up with a reason, promptly, on 1 MB of quotation marks against 1 MB of others', () => {
    const marks = QUOTE_MARKS.join(' ').repeat(Math.ceil(1_000_000 / (QUOTE_MARKS.length * 2)))
    const reversed = [...QUOTE_MARKS].reverse().join(' ').repeat(Math.ceil(1_000_000 / (QUOTE_MARKS.length * 2)))
    const began = performance.now()
    const diff = wordDiff(marks, reversed)
    expect(diff).toEqual({ ok: false, reason: expect.stringMatching(/too large to show word by word/) })
    // The time bound is 200 ms once tokens are compared; splitting 2 MB into words comes first.
    expect(performance.now() - began).toBeLessThan(10_000)
  })

  it('stops at the edit bound for unrelated texts, however the bound is set', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), (maxEditLength) => {
        const a = Array.from({ length: 200 }, (_, i) => `stop${i}`).join(' ')
        const b = Array.from({ length: 200 }, (_, i) => `halt${i}`).join(' ')
        expect(wordDiff(a, b, { maxEditLength })).toEqual({ ok: false, reason: `the texts differ in more than ${maxEditLength} words; too large to show word by word` })
      }),
      { numRuns: 20 },
    )
  })
})
