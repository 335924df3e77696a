import { describe, expect, it } from 'vitest'
import { wordDiff } from '../../../src/core/diff/word-diff'

describe('wordDiff', () => {
  it('shows a changed word as a delete and an insert between equal runs, keeping the original text', () => {
    const source = 'The new timetable is reasonably good for commuters, the mayor said.'
    const draft = 'The new timetable is very good for commuters, the mayor said.'
    expect(wordDiff(source, draft)).toEqual({
      ok: true,
      parts: [
        { op: 'equal', text: 'The new timetable is ' },
        { op: 'delete', text: 'reasonably' },
        { op: 'insert', text: 'very' },
        { op: 'equal', text: ' good for commuters, the mayor said.' },
      ],
    })
  })

  it('shows dropped and added words', () => {
    const result = wordDiff('We will not raise fares this year', 'We will raise fares this year and next')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.parts.filter((p) => p.op === 'delete').map((p) => p.text.trim())).toEqual(['not'])
    expect(result.parts.filter((p) => p.op === 'insert').map((p) => p.text.trim())).toEqual(['and next'])
  })

  it('keeps case and typography visible, since this is what the reader sees', () => {
    const result = wordDiff('Fares will rise', 'fares will rise')
    expect(result.ok && result.parts[0]).toEqual({ op: 'delete', text: 'Fares' })
  })

  it('gives up with a reason past the edit bound rather than working on', () => {
    const source = Array.from({ length: 30 }, (_, i) => `stop${i}`).join(' ')
    const draft = Array.from({ length: 30 }, (_, i) => `halt${i}`).join(' ')
    const result = wordDiff(source, draft, { maxEditLength: 10 })
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/more than 10 words; too large/) })
  })

  it('returns and reports the bound for a 200 KB text against another 200 KB text', () => {
    const source = Array.from({ length: 4000 }, (_, i) => `Tram ${i} runs to the depot at ${i % 24} hours.`).join(' ')
    const draft = Array.from({ length: 4000 }, (_, i) => `Bus ${i * 7} waits by the harbour until ${i % 12} pm.`).join(' ')
    expect(source.length).toBeGreaterThan(150_000)
    expect(draft.length).toBeGreaterThan(150_000)
    const result = wordDiff(source, draft)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toMatch(/too large/)
  })
})
