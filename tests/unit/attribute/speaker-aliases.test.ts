import { describe, expect, it } from 'vitest'
import { nameKey, proposeAliases } from '../../../src/core/attribute/speaker-aliases'

const proposal = (a: string, b: string) => proposeAliases([{ id: 'a', name: a }, { id: 'b', name: b }])[0] ?? null

describe('nameKey', () => {
  it('ignores case, diacritics, punctuation, a leading "the" and titles', () => {
    expect(nameKey('The Kremlin')).toBe('kremlin')
    expect(nameKey('Dr. José Müller-Grün')).toBe('jose muller grun')
    expect(nameKey('United Port Workers’ Union')).toBe(nameKey("United Port Workers' Union"))
  })
})

describe('proposeAliases', () => {
  it('joins transliteration variants of one person', () => {
    expect(proposal('Yury Ushakov', 'Yuri Ushakov')).toMatchObject({ reason: 'given name spelt differently' })
    expect(proposal('Volodymyr Zelensky', 'Volodymyr Zelenskyy')).toMatchObject({ reason: 'surname spelt differently' })
    expect(proposal('Alexander Belovin', 'Aleksandr Belovin')?.score).toBeGreaterThan(0.7)
  })

  it('joins a surname alone, or an initial, to the full name', () => {
    expect(proposal('Zelenskyy', 'Volodymyr Zelenskyy')).toMatchObject({ from: 'a', to: 'b', reason: 'surname only' })
    expect(proposal('J. Okafor', 'Joy Okafor')?.score).toBeGreaterThanOrEqual(0.75)
  })

  it('never joins two different first names with one surname', () => {
    expect(proposal('Maria Mendez', 'Ana Mendez')).toBeNull()
    expect(proposal('Hunter Biden', 'Joe Biden')).toBeNull()
    expect(proposal('Maria Lopez', 'Mario Lopez')).toBeNull()
  })

  it('does not join Ana Mendez and Ana Mendes-Lopez, and only weakly joins an exact double-barrelled part', () => {
    expect(proposal('Ana Mendez', 'Ana Mendes-Lopez')).toBeNull()
    expect(proposal('Ana Mendes', 'Ana Mendes-Lopez')?.score).toBeLessThan(0.7)
  })

  it('joins organisations by acronym or word order', () => {
    expect(proposal('UPWU', 'United Port Workers’ Union')).toMatchObject({ from: 'a', reason: 'acronym' })
    expect(proposal('Ministry of Labour', 'Labour Ministry')).toMatchObject({ reason: 'same words in another order' })
    expect(proposal('Labour Ministry', 'Health Ministry')).toBeNull()
  })

  it('compares many names quickly, best proposals first', () => {
    const speakers = Array.from({ length: 3000 }, (_, i) => ({ id: String(i), name: `Person${i} Surname${i % 500}` }))
    speakers.push({ id: 'x', name: 'Yuri Ushakov' }, { id: 'y', name: 'Yury Ushakov' })
    const started = performance.now()
    const proposals = proposeAliases(speakers)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(proposals.some((p) => (p.from === 'x' && p.to === 'y') || (p.from === 'y' && p.to === 'x'))).toBe(true)
    for (let i = 1; i < proposals.length; i++) expect(proposals[i - 1].score).toBeGreaterThanOrEqual(proposals[i].score)
  })
})
