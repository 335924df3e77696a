import { describe, expect, it } from 'vitest'
import { VERDICT_STATUSES } from '../../src/core/model'

describe('model', () => {
  it('names the three verdicts an editor can give', () => {
    expect(VERDICT_STATUSES).toEqual(['verified', 'disputed', 'unverifiable'])
  })
})
