import { fireEvent, render, screen, waitFor } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import VerdictControls from '../../src/renderer/src/components/VerdictControls.svelte'
import { ApiCallError } from '../../src/renderer/src/api/api-error'
import { Desk } from '../../src/renderer/src/state/desk.svelte'
import { claimDetail, stubApi, verdict, WIRE_SENTENCE } from './desk-fixtures'
import type { ClaimDetail } from '../../src/shared/api-contract'

async function deskShowing(detail: ClaimDetail) {
  const api = stubApi()
  vi.mocked(api.getClaim).mockResolvedValue(detail)
  const desk = new Desk(api)
  await desk.select(detail.quote.id)
  return { api, desk }
}

describe('VerdictControls', () => {
  it('records a verdict with the note, the source on screen as evidence, and the decision it replaces', async () => {
    const piotr = verdict({ id: 'v-piotr', status: 'verified' })
    const { api, desk } = await deskShowing(claimDetail({ heads: [piotr], history: [piotr] }))
    const mine = verdict({ id: 'v-anna', status: 'disputed', reviewer: 'Anna Kowalska', note: 'MPA has "may", not "could".', supersedes: ['v-piotr'], createdAt: '2025-03-09T11:00:00.000Z' })
    vi.mocked(api.giveVerdict).mockResolvedValue(claimDetail({ heads: [mine], history: [piotr, mine] }))
    render(VerdictControls, { desk })

    expect(screen.getByText('Piotr Nowak')).toBeTruthy()
    await fireEvent.input(screen.getByRole('textbox', { name: /Note/ }), { target: { value: 'MPA has "may", not "could".' } })
    await fireEvent.click(screen.getByRole('button', { name: /^Disputed/ }))

    expect(api.giveVerdict).toHaveBeenCalledWith({
      quoteId: 'q-korvalev-1',
      status: 'disputed',
      note: 'MPA has "may", not "could".',
      evidence: { article: 'a-wire', quote: 'q-wire-7', start: 410, end: 410 + WIRE_SENTENCE.length, text: WIRE_SENTENCE },
      supersedes: ['v-piotr'],
    })
    await waitFor(() => expect(screen.getByTestId('standing-note').textContent).toBe('MPA has "may", not "could".'))
    expect((screen.getByRole('textbox', { name: /Note/ }) as HTMLTextAreaElement).value).toBe('')
  })

  it('records unverifiable without evidence, replacing nothing on an open claim', async () => {
    const { api, desk } = await deskShowing(claimDetail())
    vi.mocked(api.giveVerdict).mockResolvedValue(claimDetail({ heads: [verdict({ status: 'unverifiable' })] }))
    render(VerdictControls, { desk })
    expect(screen.getByText('Open: no verdict yet.')).toBeTruthy()
    await fireEvent.click(screen.getByRole('button', { name: /^Unverifiable/ }))
    expect(api.giveVerdict).toHaveBeenCalledWith(expect.objectContaining({ status: 'unverifiable', evidence: null, supersedes: [], note: '' }))
  })

  it('shows both sides of a conflict and settles it by keeping one, replacing both', async () => {
    const piotr = verdict({ id: 'v-piotr', status: 'verified', note: 'Close enough to the wire.' })
    const maria = verdict({ id: 'v-maria', status: 'disputed', reviewer: 'Maria Lind', note: '"may" is not "could".', createdAt: '2025-03-09T10:16:00.000Z' })
    const { api, desk } = await deskShowing(claimDetail({ heads: [piotr, maria], history: [piotr, maria] }))
    vi.mocked(api.giveVerdict).mockResolvedValue(claimDetail({ heads: [verdict({ id: 'v-settled', status: 'disputed', supersedes: ['v-piotr', 'v-maria'] })] }))
    render(VerdictControls, { desk })

    const conflict = screen.getByRole('group', { name: 'Conflicting decisions' })
    expect(conflict.textContent).toContain('Close enough to the wire.')
    expect(conflict.textContent).toContain('"may" is not "could".')
    const keep = screen.getAllByRole('button', { name: 'Keep this decision' })
    await fireEvent.click(keep[1])
    expect(api.giveVerdict).toHaveBeenCalledWith(expect.objectContaining({ status: 'disputed', note: '"may" is not "could".', supersedes: ['v-piotr', 'v-maria'] }))
  })

  it('says what went wrong where it happened, and keeps the note', async () => {
    const { api, desk } = await deskShowing(claimDetail())
    vi.mocked(api.giveVerdict).mockRejectedValue(new ApiCallError('busy', 'The workspace is busy: someone else is saving. Try again in a moment.'))
    render(VerdictControls, { desk })
    const note = screen.getByRole('textbox', { name: /Note/ }) as HTMLTextAreaElement
    await fireEvent.input(note, { target: { value: 'Checked against the MPA copy.' } })
    await fireEvent.click(screen.getByRole('button', { name: /^Verified/ }))
    expect((await screen.findByRole('alert')).textContent).toContain('someone else is saving')
    expect(note.value).toBe('Checked against the MPA copy.')
  })

  it('offers no verdict buttons in a read-only workspace', async () => {
    const { desk } = await deskShowing(claimDetail())
    desk.handleEvent({ type: 'workspace-status', status: 'read-only', message: null })
    render(VerdictControls, { desk })
    expect(screen.queryByRole('button', { name: /^Verified/ })).toBeNull()
    expect(screen.getByText(/read-only here/)).toBeTruthy()
  })

  it('opens the claim’s history one click away', async () => {
    const first = verdict({ id: 'v-1', status: 'verified', note: 'First look.' })
    const second = verdict({ id: 'v-2', status: 'disputed', reviewer: 'Maria Lind', supersedes: ['v-1'], createdAt: '2025-03-09T12:00:00.000Z' })
    const { desk } = await deskShowing(claimDetail({ heads: [second], history: [first, second] }))
    render(VerdictControls, { desk })
    await fireEvent.click(screen.getByRole('button', { name: /Show history \(2\)/ }))
    const items = screen.getByRole('list', { name: 'History of this claim' }).querySelectorAll('li')
    expect([...items].map((item) => item.querySelector('.badge')?.textContent)).toEqual(['Disputed', 'Verified'])
    expect(items[1].textContent).toContain('First look.')
  })
})

describe('Desk.giveVerdict', () => {
  it('decides on the claim just selected, even when its details are still on their way', async () => {
    const first = claimDetail()
    const second = claimDetail({ quote: { ...first.quote, id: 'q-korvalev-2', text: 'constructive' } })
    const api = stubApi()
    let arrive: (detail: ClaimDetail) => void = () => {}
    vi.mocked(api.getClaim).mockResolvedValueOnce(first).mockImplementationOnce(() => new Promise((resolve) => (arrive = resolve))).mockResolvedValue(second)
    vi.mocked(api.giveVerdict).mockResolvedValue(second)
    const desk = new Desk(api)
    await desk.select('q-korvalev-1')
    void desk.select('q-korvalev-2')
    const deciding = desk.giveVerdict('verified')
    arrive(second)
    await deciding
    expect(api.giveVerdict).toHaveBeenCalledTimes(1)
    expect(vi.mocked(api.giveVerdict).mock.calls[0][0].quoteId).toBe('q-korvalev-2')
  })
})
