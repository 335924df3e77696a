// The desk against the real API host in browser mode: from an empty workspace to verdicts that
// survive a reload, with the border-summit fixtures (a draft, four outlets' stories, a transcript).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { parseApiInput, type ApiMethod, type ApiParsedInput } from '../../src/shared/api-contract'
import { expect, test, watchPageProblems } from './browser-mode'

const EVENT = 'tests/fixtures/events/border-summit'
const DRAFT = join(EVENT, 'draft-westbrook-summit.txt')
const SOURCES = ['opa-wire.txt', 'continental-observer.txt', 'grenzbote-en.txt', 'harwick-chronicle.html'].map((name) => join(EVENT, name))
const TRANSCRIPT = join(EVENT, 'amber-palace-briefing-transcript.md')
const DRAFT_TITLE = readFileSync(DRAFT, 'utf8').split('\n')[0]

const REWORDED = 'will reopen to freight before the summer.'
const DECISIONS = [
  { quote: REWORDED, key: 'd', status: 'Disputed', note: 'Every source has “may reopen”; the draft turns a hedge into a promise.' },
  { quote: 'frank, useful', key: 'v', status: 'Verified', note: 'Korvalev at the briefing: “frank, useful and long overdue”.' },
  { quote: 'constructive.', key: 'u', status: 'Unverifiable', note: 'Left for the Dorn stringer to confirm by phone.' },
] as const

const claimPanel = (page: Page) => page.getByRole('region', { name: 'Selected claim' })
const shownQuote = (page: Page) => claimPanel(page).locator('blockquote.quote')

/** Presses j (or k) until the claim panel shows the quote; fails after a whole article's worth of keys. */
async function moveTo(page: Page, quote: string, key: 'j' | 'k' = 'j'): Promise<void> {
  for (let step = 0; step < 40; step += 1) {
    if ((await shownQuote(page).textContent())?.trim() === `“${quote}”`) return
    await page.keyboard.press(key)
    await page.waitForTimeout(60)
  }
  throw new Error(`never reached “${quote}” with ${key}`)
}

async function decide(page: Page, key: string, note: string): Promise<void> {
  await page.keyboard.press('n')
  await page.keyboard.type(note)
  await page.keyboard.press('Escape')
  await page.keyboard.press(key)
}

async function importBatch(dialog: Locator, role: string, files: string[]): Promise<void> {
  await dialog.getByLabel('Role of the imported articles').selectOption(role)
  await dialog.locator('input[type=file]').setInputFiles(files)
  await expect(dialog.getByText(`Done: ${files.length} imported, 0 already here, 0 failed`)).toBeVisible({ timeout: 60_000 })
}

test('from an empty workspace to verdicts of every kind that survive a reload', async ({ page, realDesk, snap }) => {
  const problems = watchPageProblems(page)
  await page.goto(realDesk.url)

  // Asked once for a name, then for a workspace.
  await page.getByRole('textbox', { name: 'Name' }).fill('Anna Kowalska')
  await page.getByRole('button', { name: 'Save name' }).click()
  const workspacePath = join(realDesk.dir, 'border-summit.verbatim')
  await page.getByLabel('Workspace file').fill(workspacePath)
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible()
  await snap('real-01-empty-workspace')

  // Import the draft, the outlets' stories and the transcript, each with its role.
  await page.keyboard.press('i')
  const dialog = page.getByRole('dialog', { name: 'Import articles' })
  await importBatch(dialog, 'draft', [DRAFT])
  await importBatch(dialog, 'source', SOURCES)
  await expect(dialog.getByRole('list', { name: 'Import results' }).getByText('Imported')).toHaveCount(4)
  await snap('real-02-import-results')
  await importBatch(dialog, 'transcript', [TRANSCRIPT])
  // The same file twice is refused by content, and said so per file.
  await dialog.locator('input[type=file]').setInputFiles([DRAFT])
  await expect(dialog.getByText('Done: 0 imported, 1 already here, 0 failed')).toBeVisible()
  await expect(dialog.getByText(/same text as “Moravec hails/)).toBeVisible()
  await page.keyboard.press('Escape')

  const articles = page.getByRole('table')
  await expect(articles.locator('tbody tr')).toHaveCount(6)
  await snap('real-03-articles')

  // Open the draft: every quote is marked in the text.
  await page.getByRole('button', { name: DRAFT_TITLE }).click()
  const reader = page.getByRole('article', { name: 'Article text' })
  await expect(reader.locator('a.mark').first()).toBeVisible()
  expect(await reader.locator('a.mark').count()).toBeGreaterThanOrEqual(15)
  await snap('real-04-article')

  // Walk to the reworded quote with the keyboard and read the diff.
  await moveTo(page, REWORDED)
  const panel = claimPanel(page)
  await expect(panel.getByTitle('the same statement in changed words')).toHaveText('Reworded')
  await expect(panel.getByTestId('article-side').locator('ins')).toHaveText(['will'])
  await expect(panel.getByTestId('source-side').locator('del')).toHaveText(['may'])
  await expect(panel.getByTestId('source-side')).toContainText('may reopen to freight before the summer')
  await expect(panel.getByRole('note', { name: 'Suggestion' })).toContainText('Disputed')
  await snap('real-05-reworded-diff')

  // A verdict of each kind, each with a note, moving on with j.
  for (const decision of DECISIONS) {
    await moveTo(page, decision.quote)
    await decide(page, decision.key, decision.note)
    await expect(panel.getByTestId('standing-note')).toHaveText(decision.note)
    await expect(panel.locator('.standing .badge')).toHaveText(decision.status)
  }
  await expect(reader.locator('a.mark.tone-disputed')).toHaveText([REWORDED])
  await snap('real-06-verdicts')

  // z withdraws the last verdict given.
  await page.keyboard.press('j')
  await expect(shownQuote(page)).not.toHaveText(`“${DECISIONS[2].quote}”`)
  const undone = (await shownQuote(page).textContent())!.trim()
  await page.keyboard.press('v')
  await expect(panel.locator('.standing .badge')).toHaveText('Verified')
  await page.keyboard.press('z')
  await expect(panel.getByText('Open: no verdict yet.')).toBeVisible()
  await page.keyboard.press('h')
  await expect(panel.getByRole('list', { name: 'History of this claim' }).locator('.badge')).toHaveText(['Withdrawn', 'Verified'])

  // Another reviewer decides on the same file: a banner says so, and the half-typed note stays.
  await page.keyboard.press('n')
  await page.keyboard.type('Half a thought about')
  const piotr = await secondReviewer(join(realDesk.dir, 'piotr.json'), workspacePath, 'Piotr Nowak')
  const water = (await piotr.call('listClaims', { search: 'Water is not a weapon' }))[0]
  await piotr.call('giveVerdict', { quoteId: water.quote.id, status: 'disputed', note: '“not … while I am president”, not “never”.', supersedes: [] })
  await expect(page.getByRole('status').filter({ hasText: 'Piotr Nowak' })).toContainText('Piotr Nowak', { timeout: 15_000 })
  await expect(page.getByRole('list', { name: 'Also in this workspace' })).toContainText('Piotr Nowak', { timeout: 15_000 })
  await expect(reader.locator('a.mark.tone-disputed')).toHaveCount(2)
  await expect(panel.getByRole('textbox', { name: /Note/ })).toHaveValue('Half a thought about')
  await expect(panel.getByRole('textbox', { name: /Note/ })).toBeFocused()
  expect((await shownQuote(page).textContent())!.trim()).toBe(undone)
  await snap('real-07-someone-else-changed')
  await piotr.close()

  // Reload: the workspace, the counts and every verdict with its note are as they were.
  await page.reload()
  const draftRow = page.getByRole('row').filter({ hasText: DRAFT_TITLE })
  await expect(draftRow).toBeVisible()
  await expect(draftRow.locator('td.num')).toHaveText([/\d+/, '1', '2', '1', /\d+/])
  await draftRow.getByRole('button', { name: DRAFT_TITLE }).click()
  for (const decision of DECISIONS) {
    await reader.getByRole('link', { name: decision.quote, exact: true }).click()
    await expect(panel.locator('.standing .badge')).toHaveText(decision.status)
    await expect(panel.getByTestId('standing-note')).toHaveText(decision.note)
  }

  // The claims list, filtered to what is disputed.
  await page.keyboard.press('2')
  await page.getByRole('combobox', { name: 'Verdict' }).selectOption('disputed')
  await expect(page.getByText('2 claims')).toBeVisible()
  await snap('real-08-claims-disputed')

  // A report, downloaded in browser mode.
  await page.getByRole('button', { name: 'Export' }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Export a report' })
  await exportDialog.getByLabel('Format').selectOption('md')
  const download = page.waitForEvent('download')
  await exportDialog.getByRole('button', { name: 'Export and download' }).click()
  const report = readFileSync(await (await download).path(), 'utf8')
  expect(report).toContain('a hedge into a promise')
  await page.keyboard.press('Escape')

  await page.keyboard.press('3')
  await expect(page.getByRole('heading', { name: /^Speakers/ })).toBeVisible()
  await snap('real-09-speakers')

  expect(problems).toEqual([])
})

/** A colleague's copy of the app on the same workspace file: its own API host and reviewer name. */
async function secondReviewer(settingsPath: string, workspacePath: string, name: string) {
  const { createApiHost } = await import('../../src/main/api/create-api-host')
  const host = createApiHost({ settingsPath, heartbeatMs: 1_000 })
  const call = async <M extends ApiMethod>(method: M, input: unknown) =>
    (host.handlers[method] as (input: ApiParsedInput<M>) => unknown)(parseApiInput(method, input)) as Promise<Awaited<ReturnType<(typeof host.handlers)[M]>>>
  await call('setReviewer', { name })
  await call('openWorkspace', { path: workspacePath })
  return { call, close: () => host.close() }
}
