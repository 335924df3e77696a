// An article whose every field is an attack (markup, script, javascript: links, formulas, Markdown
// links and images, table pipes), rendered in every format: nothing may run, and the words must still read.

import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { jsonReportSchema } from '../../../src/core/report/json-report-schema'
import { renderReport } from '../../../src/core/report/render-report'
import { parseCsv } from './parse-csv'
import { HOSTILE, hostileReport } from './report-fixtures'

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('a hostile article', () => {
  it('HTML: no element, attribute or link comes from the data, and every text reads as written', () => {
    const html = renderReport('html', hostileReport(), { includeHistory: true })
    const dom = new JSDOM(html)
    const doc = dom.window.document
    expect(doc.querySelectorAll('script, img, svg, iframe, object, embed, b, [src]')).toHaveLength(0)
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/)
    }
    for (const link of doc.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^#(article|claim)-\d/)

    expect(doc.title).toBe(`Verdict report: ${HOSTILE.workspace}`)
    expect(doc.querySelector('h1')?.textContent).toBe(HOSTILE.workspace)
    const page = flat(doc.body.textContent ?? '')
    for (const [field, value] of Object.entries(HOSTILE)) {
      // The source text shows as the word diff, checked part by part below.
      if (field === 'workspace' || field === 'sourceText') continue
      expect(page, field).toContain(flat(value))
    }
    expect(doc.querySelector('blockquote.diff del')?.textContent).toBe('</script><script>alert(9)</script>')
    expect(doc.querySelector('blockquote.diff ins')?.textContent).toBe('<img src=x onerror=alert(12)>')
    // The quote id becomes no id or anchor of the page: anchors are numbered.
    expect([...doc.querySelectorAll('[id]')].every((el) => /^[a-z0-9-]+$/.test(el.id))).toBe(true)
  })

  it('Markdown: no raw tag but our diff marks, no link or image syntax, no extra table cell', () => {
    const md = renderReport('md', hostileReport(), { includeHistory: true })
    const withoutOwnMarkup = md.replace(/<\/?(ins|del)>/g, '').replace(/^>( |$)/gm, '')
    expect(withoutOwnMarkup).not.toMatch(/[<>]/)
    expect(md).not.toMatch(/(^|[^\\])[[\]]/m)
    const articleRow = md.split('\n').find((line) => line.startsWith('| &lt;script'))!
    expect(articleRow.split(/(?<!\\)\|/).length - 2).toBe(8)
    expect(md).toContain('javascript:alert(4)')
    expect(md).not.toContain('<javascript:')
    const shown = md.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    for (const [field, value] of Object.entries(HOSTILE)) {
      if (field !== 'sourceText') expect(shown, field).toContain(flat(value))
    }
    expect(md).toContain('<del>&lt;/script&gt;&lt;script&gt;alert(9)&lt;/script&gt;</del><ins>&lt;img src=x onerror=alert(12)&gt;</ins>')
  })

  it('CSV: every cell a spreadsheet would run as a formula starts with an apostrophe, the rest is intact', () => {
    const [header, row] = parseCsv(renderReport('csv', hostileReport()))
    const cell = (key: string) => row[header.indexOf(key)]
    expect(cell('article_outlet')).toBe(`'${HOSTILE.outlet}`)
    expect(cell('speaker')).toBe(`'${HOSTILE.speaker}`)
    expect(cell('speaker_mention')).toBe(`'${HOSTILE.mention}`)
    expect(cell('verdict_note')).toBe(`'${HOSTILE.note}`)
    expect(cell('evidence_article_outlet')).toBe("'@evil")
    for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/)
    expect(cell('article_title')).toBe(HOSTILE.title)
    expect(cell('quote_text')).toBe(HOSTILE.quote)
    expect(cell('score')).toBe('0.5')
  })

  it('JSON and ClaimReview: no "<" to close a script element they are pasted into, the same strings once parsed', () => {
    const json = renderReport('json', hostileReport())
    const claimReview = renderReport('claimreview', hostileReport(), { baseUrl: 'https://checks.example/q/' })
    for (const text of [json, claimReview]) {
      expect(text).not.toMatch(/[<>&\u2028\u2029]/)
    }
    const report = JSON.parse(json)
    expect(jsonReportSchema.safeParse(report).success).toBe(true)
    expect(report.articles[0].title).toBe(HOSTILE.title)
    expect(report.articles[0].claims[0].quote.text).toBe(HOSTILE.quote)

    const [review] = JSON.parse(claimReview)
    expect(review.claimReviewed).toBe(HOSTILE.quote)
    expect(review.itemReviewed.appearance.headline).toBe(HOSTILE.title)
    // A javascript: article URL is never published as the appearance's url.
    expect(review.itemReviewed.appearance).not.toHaveProperty('url')
    expect(review.url).toBe(`https://checks.example/q/${encodeURIComponent('q-hostile"><script>alert(11)</script>')}`)
  })
})
