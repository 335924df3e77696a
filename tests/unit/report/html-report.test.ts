import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { renderHtmlReport } from '../../../src/core/report/html-report'
import { strikeReport } from './report-fixtures'

function parse(html: string): Document {
  return new JSDOM(html).window.document
}

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim()
}

function claimByQuote(doc: Document, quote: string): Element {
  const claim = [...doc.querySelectorAll('article.claim')].find((el) => text(el.querySelector('blockquote.quote')).includes(quote))
  if (!claim) throw new Error(`no claim quoting ${quote}`)
  return claim
}

function fact(claim: Element, term: string): string {
  const row = [...claim.querySelectorAll('dl.facts > div')].find((div) => text(div.querySelector('dt')) === term)
  return text(row?.querySelector('dd') ?? null)
}

describe('renderHtmlReport', () => {
  const doc = parse(renderHtmlReport(strikeReport()))

  it('is one self-contained English document: no script, no external resource, a CSP that forbids both', () => {
    const html = renderHtmlReport(strikeReport())
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(doc.documentElement.lang).toBe('en')
    expect(doc.title).toBe('Verdict report: Europe desk: Kaldavia ports')
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed, [src]')).toHaveLength(0)
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')
    expect(csp).toContain("default-src 'none'")
    for (const link of doc.querySelectorAll('a[href]')) expect(link.getAttribute('href')).toMatch(/^(#|https:\/\/)/)
  })

  it('has a print stylesheet that starts each article on a new page and keeps claims whole', () => {
    const css = doc.querySelector('style')?.textContent ?? ''
    const print = css.slice(css.indexOf('@media print'))
    expect(print).toContain('.article{break-before:page}')
    expect(print).toMatch(/\.claim[^{]*\{break-inside:avoid\}/)
  })

  it('orders articles by publication date and numbers the claims of each by their place in the text', () => {
    const headings = [...doc.querySelectorAll('h2')].map(text)
    expect(headings).toEqual([
      'Summary',
      'How to read the differences',
      'Port authority insists cranes will not cost jobs',
      'Dockers’ strike: minister calls offer “very good” as talks stall',
    ])
    const strike = doc.querySelectorAll('section.article')[1]
    expect([...strike.querySelectorAll('article.claim h3')].map(text)).toEqual([
      'Claim 1 Verified',
      'Claim 2 Disputed',
      'Claim 3 Open',
      'Claim 4 Disputed Conflict',
      'Claim 5 Open',
      'Claim 6 Unverifiable',
      'Claim 7 Disputed',
    ])
  })

  it('sums the claims per verdict, per article and per reviewer in real tables', () => {
    const byStatus = [...doc.querySelectorAll('table.by-status tbody tr')].map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))])
    expect(byStatus).toEqual([
      ['Verified', '2'],
      ['Disputed', '3'],
      ['Unverifiable', '1'],
      ['Open', '2'],
      ['All claims', '8'],
    ])
    expect(text(doc.querySelector('table.by-status caption'))).toBe('Claims by verdict')
    expect(doc.querySelectorAll('table.by-status thead th[scope="col"]')).toHaveLength(2)

    const strikeRow = [...doc.querySelectorAll('table.by-article tbody tr')][1]
    expect([...strikeRow.querySelectorAll('th, td')].map(text)).toEqual([
      'Dockers’ strike: minister calls offer “very good” as talks stall',
      'Northbridge Post',
      '7', '1', '3', '1', '2', '1',
    ])

    const reviewers = [...doc.querySelectorAll('table.by-reviewer tbody tr')].map((tr) => [...tr.children].map(text))
    expect(reviewers).toEqual([
      ['Ana Mendez', '3', '5'],
      ['Piotr Kowal', '3', '4'],
    ])
    expect(text(doc.querySelector('section.summary'))).toContain('Verdicts given between 2025-05-21 08:00 UTC and 2025-05-24 13:15 UTC.')
  })

  it('lists the open claims, each linking to its place in the report', () => {
    const items = [...doc.querySelectorAll('ol.open-claims li')]
    expect(items.map(text)).toEqual([
      '“Smart Quay” Unknown speaker, Dockers’ strike: minister calls offer “very good” as talks stall',
      '“The government has been lying to us from the first day.” Yury Tamashov, Dockers’ strike: minister calls offer “very good” as talks stall',
    ])
    for (const item of items) {
      const target = item.querySelector('a')!.getAttribute('href')!.slice(1)
      expect(text(doc.getElementById(target)!.querySelector('blockquote.quote'))).toContain(text(item.querySelector('a')).slice(1, 20))
    }
  })

  it('shows each claim as published with speaker, verdict, reviewer, time and note', () => {
    const offer = claimByQuote(doc, 'The offer on the table')
    expect(text(offer.querySelector('blockquote.quote'))).toBe(
      '“The offer on the table is a very good one, and I would urge the union to put it to its members,”',
    )
    expect(fact(offer, 'Speaker')).toBe('Irena Dovan')
    expect(fact(offer, 'Verdict')).toBe('Disputed by Piotr Kowal, 2025-05-24 11:02 UTC')
    expect(offer.querySelector('dd time')?.getAttribute('datetime')).toBe('2025-05-24T11:02:00Z')
    expect(fact(offer, 'Note')).toBe('Minister said “a good one”, not “a very good one”, and “I urge”, not “I would urge”.')
    expect(fact(offer, 'Suggested')).toBe('Disputed (the matcher’s suggestion): Reworded: “very” and “would” added.')
    expect(fact(claimByQuote(doc, 'no compulsory redundancies'), 'Speaker')).toBe('Brennhaven Port Authority (organisation)')
    expect(fact(claimByQuote(doc, 'lying to us'), 'Verdict')).toBe('Open: no verdict yet')
  })

  it('marks the word diff with <ins> and <del>, styled by decoration as well as colour, with a legend', () => {
    const offer = claimByQuote(doc, 'The offer on the table')
    const diff = offer.querySelector('blockquote.diff')!
    expect([...diff.querySelectorAll('ins')].map((el) => el.textContent)).toEqual(['very ', 'would ', ','])
    expect([...diff.querySelectorAll('del')].map((el) => el.textContent)).toEqual(['.'])
    expect(text(diff)).toBe('The offer on the table is a very good one, and I would urge the union to put it to its members.,')
    expect(text(offer.querySelector('.relation'))).toBe('Relation: Reworded · score 0.84')

    const css = doc.querySelector('style')?.textContent ?? ''
    expect(css).toMatch(/ins\{[^}]*background:[^}]*text-decoration:underline/)
    expect(css).toMatch(/del\{[^}]*background:[^}]*text-decoration:line-through/)
    const legend = doc.querySelector('section.legend')!
    expect(text(legend.querySelector('ins'))).toBe('Underlined, green')
    expect(text(legend.querySelector('del'))).toBe('Struck through, red')
  })

  it('names the source of the evidence and says when no diff could be drawn or the speaker differs', () => {
    const jobs = claimByQuote(doc, 'no intention of cutting')
    expect(text(jobs.querySelector('.source-meta'))).toBe(
      'Statement on the Smart Quay programme · Brennhaven Port Authority · 2025-05-19 · https://brennhaven-port.example/news/smart-quay',
    )
    expect(text(jobs.querySelector('.evidence'))).toContain('No word comparison: diff exceeded 2000 edits.')
    expect(text(jobs.querySelector('blockquote.source-text'))).toBe('We have no intention of cutting permanent jobs as a result of automation.')

    const cited = claimByQuote(doc, 'no compulsory redundancies')
    expect(text(cited.querySelector('.evidence'))).toContain('Cited by the reviewer; not aligned by the matcher')

    const misattributed = claimByQuote(doc, 'Nobody wants')
    expect(text(misattributed.querySelector('.flag'))).toBe('Different speaker in the source: Pavel Roos')
    expect(text(claimByQuote(doc, 'lying to us').querySelector('.evidence p'))).toBe('No source passage found for this quote.')
  })

  it('flags a conflict with the verdicts that disagree', () => {
    const backDown = claimByQuote(doc, 'We will not back down')
    expect(backDown.classList.contains('in-conflict')).toBe(true)
    const rows = [...backDown.querySelectorAll('.conflict-box tbody tr')].map((tr) => [...tr.children].map(text))
    expect(rows).toEqual([
      ['2025-05-24 10:12 UTC', 'Ana Mendez', 'Verified', ''],
      ['2025-05-24 10:14 UTC', 'Piotr Kowal', 'Disputed', 'Wire has “We will not step back”; translation differs.'],
    ])
    expect(doc.querySelectorAll('.conflict-box')).toHaveLength(1)
  })

  it('prints the verdict history, withdrawals included, only when asked', () => {
    expect(doc.querySelectorAll('section.history')).toHaveLength(0)
    const withHistory = parse(renderHtmlReport(strikeReport(), { includeHistory: true }))
    const jobs = claimByQuote(withHistory, 'no intention of cutting')
    expect([...jobs.querySelectorAll('section.history tbody tr')].map((tr) => [...tr.children].map(text))).toEqual([
      ['2025-05-24 12:00 UTC', 'Piotr Kowal', 'Verified', ''],
      ['2025-05-24 12:05 UTC', 'Piotr Kowal', 'Withdrawn', ''],
      ['2025-05-24 12:40 UTC', 'Ana Mendez', 'Unverifiable', 'Only the port’s own statement; asked the press office for the recording.'],
    ])
    expect(withHistory.querySelectorAll('section.history')).toHaveLength(8)
  })

  it('prints the filters a report was made with', () => {
    const filtered = parse(renderHtmlReport({ ...strikeReport(), filters: { status: ['disputed', 'open'], reviewer: 'Piotr Kowal', since: '2025-05-24' } }))
    expect(text(filtered.querySelectorAll('header .meta')[1])).toBe('Filtered by status Disputed, Open; reviewer Piotr Kowal; verdicts since 2025-05-24.')
    const oneArticle = strikeReport()
    oneArticle.articles = oneArticle.articles.filter((entry) => entry.article.id === 'art-draft-automation')
    oneArticle.filters = { article: 'art-draft-automation' }
    expect(text(parse(renderHtmlReport(oneArticle)).querySelectorAll('header .meta')[1])).toBe(
      'Filtered by article “Port authority insists cranes will not cost jobs”.',
    )
  })
})
