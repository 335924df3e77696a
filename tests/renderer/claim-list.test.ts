import { fireEvent, render, screen, within } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import ClaimList from '../../src/renderer/src/components/ClaimList.svelte'
import { manyClaims } from './desk-fixtures'

describe('ClaimList', () => {
  it('keeps only the rows in view in the page, even for 5,000 claims', () => {
    const claims = manyClaims(5_000)
    render(ClaimList, { claims, selectedId: null, onselect: vi.fn(), onopen: vi.fn() })
    const rows = screen.getAllByRole('option')
    expect(rows.length).toBeGreaterThan(5)
    expect(rows.length).toBeLessThan(40)
    expect(rows[0].getAttribute('aria-setsize')).toBe('5000')
  })

  it('says each claim’s state in words, with its speaker and quote', () => {
    const claims = manyClaims(4)
    render(ClaimList, { claims, selectedId: null, onselect: vi.fn(), onopen: vi.fn() })
    const rows = screen.getAllByRole('option')
    expect(rows.map((row) => row.querySelector('.badge')?.textContent)).toEqual(['Verified', 'Disputed', 'Unverifiable', 'Open'])
    expect(within(rows[1]).getByText('Liisa Moravec')).toBeTruthy()
    expect(rows[3].textContent).toContain('Statement number 4 about the river water quota')
    expect(rows[3].textContent).toContain('suggests disputed')
  })

  it('selects a claim by click and by arrow key, and opens it by double click', async () => {
    const claims = manyClaims(10)
    const onselect = vi.fn()
    const onopen = vi.fn()
    render(ClaimList, { claims, selectedId: 'q-3', onselect, onopen })
    const selected = screen.getByRole('option', { selected: true })
    expect(selected.textContent).toContain('Statement number 3 ')

    await fireEvent.click(screen.getAllByRole('option')[6])
    expect(onselect).toHaveBeenLastCalledWith('q-7')

    await fireEvent.keyDown(screen.getByRole('listbox', { name: 'Claims' }), { key: 'ArrowDown' })
    expect(onselect).toHaveBeenLastCalledWith('q-4')

    await fireEvent.dblClick(screen.getAllByRole('option')[1])
    expect(onopen).toHaveBeenCalledWith('q-2')
  })
})
