import { describe, expect, it } from 'vitest'
import { diffMarkdown, escapeMarkdown, renderMarkdownReport } from '../../../src/core/report/markdown-report'
import { HOSTILE, strikeReport } from './report-fixtures'

/** What a CommonMark renderer shows for escaped text: backslash escapes and the three entities undone. */
function shown(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** Splits a GFM table row on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim())
}

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`no section ${heading}`)
  const next = markdown.indexOf('\n### ', start + heading.length + 2)
  return markdown.slice(start + 1, next < 0 ? undefined : next)
}

describe('renderMarkdownReport', () => {
  const md = renderMarkdownReport(strikeReport())

  it('has a title, a summary with tables, then one section per article and one per claim', () => {
    expect(md.split('\n')[0]).toBe('# Verdict report: Europe desk: Kaldavia ports')
    expect(md.match(/^## .*/gm)).toEqual([
      '## Summary',
      '## Port authority insists cranes will not cost jobs',
      '## Dockers’ strike: minister calls offer “very good” as talks stall',
    ])
    expect(md.match(/^### Claim .*/gm)).toEqual([
      '### Claim 1: Verified',
      '### Claim 1: Verified',
      '### Claim 2: Disputed',
      '### Claim 3: Open',
      '### Claim 4: Disputed (conflict)',
      '### Claim 5: Open',
      '### Claim 6: Unverifiable',
      '### Claim 7: Disputed',
    ])
    const table = md.split('\n').filter((line) => line.startsWith('| Verified |') || line.startsWith('| **All claims**'))
    expect(table).toEqual(['| Verified | 2 |', '| **All claims** | **8** |'])
  })

  it('writes the quote as a blockquote and the facts as a list', () => {
    const offer = section(md, '### Claim 2: Disputed')
    expect(offer).toContain('> “The offer on the table is a very good one, and I would urge the union to put it to its members,”')
    expect(offer).toContain('- **Verdict:** Disputed by Piotr Kowal, 2025-05-24 11:02 UTC')
    expect(offer).toContain('- **Note:** Minister said “a good one”, not “a very good one”, and “I urge”, not “I would urge”.')
    expect(offer).toContain(
      '> The offer on the table is a <ins>very</ins> good one, and I <ins>would</ins> urge the union to put it to its members<del>.</del><ins>,</ins>',
    )
    expect(offer).toContain('<https://mpa.example/wire/2025-05-23-kaldavia>')
  })

  it('lists the verdicts of a conflict under the claim', () => {
    const conflict = section(md, '### Claim 4: Disputed (conflict)')
    expect(conflict).toContain(
      '- **Conflicting verdicts, to be settled:**\n' +
        '  - Verified by Ana Mendez, 2025-05-24 10:12 UTC\n' +
        '  - Disputed by Piotr Kowal, 2025-05-24 10:14 UTC: Wire has “We will not step back”; translation differs.',
    )
  })

  it('adds the history only when asked', () => {
    expect(md).not.toContain('**History:**')
    const withHistory = renderMarkdownReport(strikeReport(), { includeHistory: true })
    expect(section(withHistory, '### Claim 6: Unverifiable')).toContain(
      '**History:**\n\n1. Verified by Piotr Kowal, 2025-05-24 12:00 UTC\n2. Withdrawn by Piotr Kowal, 2025-05-24 12:05 UTC\n' +
        '3. Unverifiable by Ana Mendez, 2025-05-24 12:40 UTC: Only the port’s own statement; asked the press office for the recording.',
    )
  })

  it('keeps every table row as wide as its header', () => {
    const rows = md.split('\n').filter((line) => line.startsWith('|'))
    expect(rows.length).toBeGreaterThan(10)
    let width = 0
    for (const row of rows) {
      if (row.startsWith('| Verdict |') || row.startsWith('| Article |') || row.startsWith('| Reviewer |')) width = cells(row).length
      expect(cells(row)).toHaveLength(width)
    }
  })
})

describe('escapeMarkdown', () => {
  it.each(Object.entries(HOSTILE))('leaves %s readable but inert', (_, value) => {
    const escaped = escapeMarkdown(value)
    expect(shown(escaped)).toBe(value.replace(/\s+/g, ' ').trim())
    expect(escaped).not.toMatch(/[<>]/)
    expect(escaped).not.toMatch(/(^|[^\\])[[\]|*_`~#@]/)
    expect(escaped).not.toMatch(/&(?!amp;|lt;|gt;)/)
  })

  it('keeps text that opens a line from becoming a list, heading or underline', () => {
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list')
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list')
    expect(escapeMarkdown('=====')).toBe('\\=====')
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading')
    expect(escapeMarkdown('Mr. Dovan said - twice')).toBe('Mr. Dovan said - twice')
  })
})

describe('diffMarkdown', () => {
  it('keeps the spaces between words outside the marks', () => {
    expect(
      diffMarkdown([
        { op: 'equal', text: 'talks were ' },
        { op: 'delete', text: 'useful' },
        { op: 'insert', text: 'very useful' },
        { op: 'equal', text: ' today' },
      ]),
    ).toBe('talks were <del>useful</del><ins>very useful</ins> today')
    expect(diffMarkdown([{ op: 'equal', text: 'we will ' }, { op: 'insert', text: 'not ' }, { op: 'equal', text: 'sign' }])).toBe(
      'we will <ins>not</ins> sign',
    )
  })
})

describe('the summary of a report with one verdict', () => {
  it('gives the one time instead of a range', () => {
    const data = strikeReport()
    data.articles = data.articles.filter((entry) => entry.article.id === 'art-draft-automation')
    expect(renderMarkdownReport(data)).toContain('\nVerdicts given at 2025-05-21 08:00 UTC.\n')
  })
})
