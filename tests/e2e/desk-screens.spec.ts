// Every screen of the desk with realistic content from the in-page stub: states that take long to
// reach for real (a conflict between two colleagues, someone else's change, another reviewer
// present). Screenshots go to test-results/screens/ to be looked at.
import { expect, test, watchPageProblems } from './browser-mode'
import { borderSummitScene } from './stub-scenes'

test('the desk’s screens, driven from the keyboard', async ({ page, openStubDesk, snap }) => {
  const problems = watchPageProblems(page)
  const scene = borderSummitScene()
  await openStubDesk(scene)

  await expect(page.getByRole('button', { name: /Moravec hails/ })).toBeVisible()
  await expect(page.getByText('Piotr Nowak')).toBeVisible()
  await snap('articles')

  await page.keyboard.press('Enter')
  const reader = page.getByRole('article', { name: 'Article text' })
  await expect(reader.locator('a.mark').first()).toBeVisible()
  expect(await reader.locator('a.mark').count()).toBe(scene.claims.length)
  await snap('article')

  // Move to the claim two colleagues decided differently.
  const contested = scene.claims.findIndex((claim) => claim.conflict)
  for (let step = 0; step < contested; step += 1) await page.keyboard.press('j')
  await expect(page.getByRole('group', { name: 'Conflicting decisions' })).toBeVisible()
  await snap('conflict')

  await page.keyboard.press('2')
  const list = page.getByRole('listbox', { name: 'Claims' })
  await expect(list.getByRole('option', { selected: true })).toContainText('will reopen to freight')
  await snap('claims')

  await page.evaluate(() =>
    (window as unknown as { emitStubEvent: (event: unknown) => void }).emitStubEvent({
      type: 'changed',
      changes: [{ seq: 9, at: new Date().toISOString(), reviewer: 'Piotr Nowak', kind: 'verdict', subject: 'q-draft-3', summary: 'marked “very good” disputed' }],
    }),
  )
  await expect(page.getByText('Piotr Nowak marked “very good” disputed')).toBeVisible()
  await snap('change-banner')

  await page.evaluate(() =>
    (window as unknown as { emitStubEvent: (event: unknown) => void }).emitStubEvent({ type: 'workspace-status', status: 'missing', message: null }),
  )
  await expect(page.getByRole('alert').filter({ hasText: 'Workspace missing.' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Verified/ })).toHaveCount(0)
  await snap('workspace-missing')
  await page.evaluate(() =>
    (window as unknown as { emitStubEvent: (event: unknown) => void }).emitStubEvent({ type: 'workspace-status', status: 'ok', message: null }),
  )
  await expect(page.getByRole('alert').filter({ hasText: 'Workspace missing.' })).toHaveCount(0)

  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await snap('shortcuts')
  await page.keyboard.press('Escape')

  await page.keyboard.press('3')
  await expect(page.getByText('is the same person as')).toBeVisible()
  await snap('speakers')

  await page.keyboard.press('i')
  await expect(page.getByRole('dialog', { name: 'Import articles' })).toBeVisible()
  await page.getByRole('button', { name: 'Paste text…' }).click()
  await snap('import')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Export' }).click()
  await expect(page.getByRole('dialog', { name: 'Export a report' })).toBeVisible()
  await snap('export')
  await page.keyboard.press('Escape')

  expect(problems).toEqual([])
})

test('the start screen asks for a workspace path in browser mode', async ({ page, openStubDesk, snap }) => {
  const scene = borderSummitScene()
  scene.session = { ...scene.session, workspace: null, reviewer: null }
  await openStubDesk(scene)
  await expect(page.getByRole('dialog', { name: 'Your name on verdicts' })).toBeVisible()
  await snap('reviewer-name')
  await page.getByRole('textbox', { name: 'Name' }).fill('Anna Kowalska')
  await page.getByRole('button', { name: 'Save name' }).click()
  await expect(page.getByLabel('Workspace file')).toBeVisible()
  await snap('start')
})
