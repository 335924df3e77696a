// An HTML article built to attack the desk (scripts, handlers, javascript: links, frames, SVG,
// style sheets that fetch, a refresh, a <base>, and quotes inside all of them), imported and read
// in the real app in browser mode: nothing runs, nothing is fetched from anywhere but the desk,
// the words show as plain text, and no report exported from it carries anything executable.
import { JSDOM } from 'jsdom'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import type { ReportFile } from '../../src/shared/api-contract'
import { parseCsv } from '../unit/report/parse-csv'
import { expect, test, watchPageProblems } from './browser-mode'

const HOSTILE = 'tests/fixtures/hostile'
const ARTICLE = join(HOSTILE, 'script-laden-article.html')
const WIRE = join(HOSTILE, 'wire-with-markup.txt')
const TITLE = 'Dockers reject “final” offer'

/** Quotes whose words are markup: they must read as written, never become elements. */
const SCRIPT_QUOTE = "<script>alert('quoted')</script> with a strike"
const IMAGE_QUOTE = "<img src=x onerror=alert('banner')>"
const FORMULA_QUOTE = '=2+5 per cent or nothing'
const NOTE = "<img src=x onerror=alert('note')> Checked against the wire: “answer” is theirs."

const claimPanel = (page: Page) => page.getByRole('region', { name: 'Selected claim' })

async function importFile(dialog: Locator, role: string, file: string): Promise<void> {
  await dialog.getByLabel('Role of the imported articles').selectOption(role)
  await dialog.locator('input[type=file]').setInputFiles([file])
  await expect(dialog.getByText('Done: 1 imported, 0 already here, 0 failed')).toBeVisible({ timeout: 60_000 })
}

test('a script-laden article reads as inert text, and its reports carry nothing that runs', async ({ page, realDesk }) => {
  const origin = new URL(realDesk.url).origin
  const problems = watchPageProblems(page)
  const requests: string[] = []
  const dialogs: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    await dialog.dismiss()
  })
  page.on('popup', (popup) => dialogs.push(`popup: ${popup.url()}`))

  await page.goto(realDesk.url)
  await page.getByRole('textbox', { name: 'Name' }).fill('Anna Kowalska')
  await page.getByRole('button', { name: 'Save name' }).click()
  await page.getByLabel('Workspace file').fill(join(realDesk.dir, 'hostile.verbatim'))
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible()

  await page.keyboard.press('i')
  const importDialog = page.getByRole('dialog', { name: 'Import articles' })
  await importFile(importDialog, 'source', WIRE)
  await importFile(importDialog, 'draft', ARTICLE)
  await page.keyboard.press('Escape')

  // The outlet and byline the page claimed are shown as the text they are.
  const row = page.getByRole('row').filter({ hasText: TITLE })
  await expect(row).toBeVisible()
  await row.getByRole('button', { name: TITLE }).click()
  const reader = page.getByRole('article', { name: 'Article text' })
  await expect(reader.locator('.meta')).toContainText("Harbour Ledger<script>alert('site')</script>")
  await expect(reader.locator('.meta')).toContainText('Lena Ortiz" onmouseover="alert(\'byline\')')

  // Every quote is marked, the markup among them as words.
  for (const quote of ['We have gone as far as any responsible government can go,', SCRIPT_QUOTE, IMAGE_QUOTE, 'Read our demands before you judge us,', FORMULA_QUOTE]) {
    await expect(reader.getByRole('link', { name: quote, exact: true })).toBeVisible()
  }
  // What the importer dropped stays dropped: scripts, frames, drawings, fallback content.
  for (const gone of ['Written by a script', 'A framed quote', 'A vector quote', 'A fallback quote', 'A noscript quote', 'A template quote', 'Injected by a style sheet']) {
    await expect(reader).not.toContainText(gone)
  }
  // Inside the reader only the app's own elements: paragraphs, marks and the header.
  const tags = await reader.evaluate((element) => [...new Set([...element.querySelectorAll('*')].map((child) => child.tagName.toLowerCase()))].sort())
  expect(tags.filter((tag) => !['a', 'h1', 'header', 'div', 'p', 'span'].includes(tag))).toEqual([])
  for (const href of await reader.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) expect(href).toMatch(/^#q\w+$/)

  // Walk every claim with the keyboard, so each quote, diff and suggestion is drawn once.
  const panel = claimPanel(page)
  const marks = await reader.locator('a.mark').count()
  expect(marks).toBeGreaterThanOrEqual(10)
  for (let step = 0; step < marks; step += 1) {
    await page.keyboard.press('j')
    await page.waitForTimeout(50)
  }

  // The markup quote, its diff against the wire (whose words are markup too), a verdict with a markup note.
  await reader.getByRole('link', { name: SCRIPT_QUOTE, exact: true }).click()
  await expect(panel.locator('blockquote.quote')).toHaveText(`“${SCRIPT_QUOTE}”`)
  await reader.getByRole('link', { name: 'an insult to every family on the quayside', exact: true }).click()
  await expect(panel.getByTestId('source-side')).toContainText("<img src=x onerror=alert('diff')>")
  await reader.getByRole('link', { name: IMAGE_QUOTE, exact: true }).click()
  await page.keyboard.press('n')
  await page.keyboard.type(NOTE)
  await page.keyboard.press('Escape')
  await page.keyboard.press('d')
  await expect(panel.getByTestId('standing-note')).toHaveText(NOTE)

  // Nothing ran, nothing was fetched from elsewhere, nothing was refused by the CSP (which would mean something tried).
  const page_ = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    title: document.title,
    foreign: document.querySelectorAll('iframe, object, embed, svg script, base, meta[http-equiv="refresh"], video, form[action]').length,
    scripts: [...document.scripts].map((script) => script.getAttribute('src')),
    handlers: [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${element.tagName}.${a.name}`)),
  }))
  expect(page_).toEqual({ pwned: null, title: 'Verbatim', foreign: 0, scripts: [expect.stringMatching(/^\.?\/assets\/[\w-]+\.js$/)], handlers: [] })
  expect(dialogs).toEqual([])
  expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([])
  expect(problems).toEqual([])

  // Every report format, through the API as the export dialog asks for it.
  const exportReport = async (format: string): Promise<string> => {
    const response = await fetch(`${origin}/api/exportReport`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-verbatim-token': realDesk.token },
      body: JSON.stringify({ format, includeHistory: true }),
    })
    expect(response.status, format).toBe(200)
    return ((await response.json()) as ReportFile).content
  }

  const html = new JSDOM(await exportReport('html')).window.document
  expect(html.querySelectorAll('script, iframe, img, svg, object, embed, video, audio, form, input, base, math, template, link, meta[http-equiv="refresh"]')).toHaveLength(0)
  for (const element of html.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name, element.tagName).not.toMatch(/^on/i)
      expect(attribute.value, `${element.tagName}.${attribute.name}`).not.toMatch(/javascript:|203\.0\.113\./i)
    }
  }
  for (const link of html.querySelectorAll('a[href]')) expect(link.getAttribute('href')).toMatch(/^#/)
  for (const style of html.querySelectorAll('style')) expect(style.textContent).not.toMatch(/@import|url\(/)
  const words = html.body.textContent ?? ''
  for (const shown of [SCRIPT_QUOTE, IMAGE_QUOTE, FORMULA_QUOTE, NOTE]) expect(words).toContain(shown)

  const markdown = await exportReport('md')
  expect(markdown.replace(/<\/?(ins|del)>/g, '')).not.toMatch(/</)
  expect(markdown).not.toMatch(/\]\(\s*javascript:/i)
  expect(markdown).toContain('&lt;script&gt;alert(\'quoted\')&lt;/script&gt;')

  const [header, ...rows] = parseCsv(await exportReport('csv'))
  const quoteText = header.indexOf('quote_text')
  expect(rows.map((cells) => cells[quoteText])).toContain(`'${FORMULA_QUOTE}`)
  for (const cells of rows) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/)

  // JSON pasted into a page's <script> must not be able to close it: no raw < or >, same strings once parsed.
  const json = await exportReport('json')
  expect(json).not.toMatch(/[<>]/)
  expect(JSON.stringify(JSON.parse(json))).toContain(SCRIPT_QUOTE)
  const claimReview = await exportReport('claimreview')
  expect(claimReview).not.toMatch(/[<>]/)
  // Only claims with a verdict are reviews: the one decided above.
  expect(JSON.parse(claimReview)).toEqual([expect.objectContaining({ claimReviewed: IMAGE_QUOTE })])
})
