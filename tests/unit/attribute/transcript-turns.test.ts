import { describe, expect, it } from 'vitest'
import { transcriptTurns } from '../../../src/core/attribute/transcript-turns'

const BRIEFING = `# Briefing on the harbour talks

**Moderator (Ilona Marek, Deputy Press Secretary):** Good evening. Mr Kowal will speak first.

**Piotr Kowal:** Thank you. We will not back down.

That is all I can say tonight.

**Tomas Brandt (Radio Kestria):** Will the strike go on?

DR SOFIA REINHOLT (Director-General, CMA): The risk is very, very low.

Q: And the ministry?`

describe('transcriptTurns', () => {
  it('gives each stretch of speech to the person its label names, across paragraphs', () => {
    const turns = transcriptTurns(BRIEFING)
    expect(turns.map((t) => t.speaker)).toEqual(['Ilona Marek', 'Piotr Kowal', 'Tomas Brandt', 'Sofia Reinholt'])
    const kowal = turns[1]
    expect(BRIEFING.slice(kowal.start, kowal.end)).toContain('That is all I can say tonight.')
    expect(BRIEFING.slice(kowal.start, kowal.end)).not.toContain('Radio Kestria')
  })

  it('finds no turns in ordinary prose with a colon in it', () => {
    expect(transcriptTurns('The minister said: “We are not there yet.” Talks resume on Monday.')).toEqual([])
  })
})
