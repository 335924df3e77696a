import { describe, expect, it } from 'vitest'
import type { Verdict } from '../../../src/core/model'
import { resolveVerdicts } from '../../../src/core/verdict/resolve-verdicts'

let clock = 0
function verdict(id: string, status: Verdict['status'], reviewer: string, supersedes: string[] = [], note = ''): Verdict {
  clock += 1
  return { id, quote: 'q1', status, note, evidence: null, reviewer, createdAt: `2026-11-20T10:${String(clock).padStart(2, '0')}:00Z`, supersedes }
}

describe('resolveVerdicts', () => {
  it('leaves a claim with no history open', () => {
    expect(resolveVerdicts([])).toEqual({ heads: [], current: null, conflict: false })
  })

  it('takes the latest verdict when each reviewer saw the one before', () => {
    const first = verdict('v1', 'verified', 'Ana Mendez')
    const second = verdict('v2', 'disputed', 'Piotr Kowal', ['v1'], 'The wire has "may", not "will".')
    const state = resolveVerdicts([first, second])
    expect(state.current?.id).toBe('v2')
    expect(state.conflict).toBe(false)
  })

  it('flags two different verdicts made from the same earlier state, until a third settles them', () => {
    const start = verdict('v1', 'unverifiable', 'Ana Mendez')
    const ana = verdict('v2', 'verified', 'Ana Mendez', ['v1'])
    const piotr = verdict('v3', 'disputed', 'Piotr Kowal', ['v1'])
    const racing = resolveVerdicts([start, piotr, ana])
    expect(racing.conflict).toBe(true)
    expect(racing.heads.map((v) => v.id)).toEqual(['v2', 'v3'])

    const settled = resolveVerdicts([start, ana, piotr, verdict('v4', 'disputed', 'Desk Chief', ['v2', 'v3'], 'Agreed with Piotr.')])
    expect(settled.conflict).toBe(false)
    expect(settled.current?.id).toBe('v4')
  })

  it('treats notes that differ on the same status as a conflict too', () => {
    const a = verdict('v1', 'verified', 'Ana Mendez', [], 'Matches the wire.')
    const b = verdict('v2', 'verified', 'Piotr Kowal', [], 'Only the transcript confirms it.')
    expect(resolveVerdicts([a, b]).conflict).toBe(true)
    const same = verdict('v3', 'verified', 'Piotr Kowal', [], 'Matches the wire.')
    expect(resolveVerdicts([a, same]).conflict).toBe(false)
  })

  it('undoes a verdict by withdrawing it, restoring what it had replaced', () => {
    const first = verdict('v1', 'verified', 'Ana Mendez')
    const mistake = verdict('v2', 'unverifiable', 'Ana Mendez', ['v1'])
    const undo = verdict('v3', 'withdrawn', 'Ana Mendez', ['v2'])
    expect(resolveVerdicts([first, mistake, undo]).current?.id).toBe('v1')
    const onlyOne = verdict('v4', 'disputed', 'Ana Mendez')
    expect(resolveVerdicts([onlyOne, verdict('v5', 'withdrawn', 'Ana Mendez', ['v4'])]).current).toBeNull()
  })

  it('gives the same answer whatever order merged entries arrive in', () => {
    const entries = [verdict('v1', 'verified', 'A'), verdict('v2', 'disputed', 'B', ['v1']), verdict('v3', 'verified', 'C', ['v2'])]
    expect(resolveVerdicts([...entries].reverse())).toEqual(resolveVerdicts(entries))
  })
})
