import { render, screen } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import DiffView from '../../src/renderer/src/components/DiffView.svelte'
import SourceComparison from '../../src/renderer/src/components/SourceComparison.svelte'
import { claimDetail, DRAFT_SENTENCE, WIRE_SENTENCE, wireMatch, wordDiff } from './desk-fixtures'

const diff = wordDiff(WIRE_SENTENCE, DRAFT_SENTENCE)
const texts = (elements: Element[]) => elements.map((element) => element.textContent?.trim())

describe('DiffView', () => {
  it('shows the article’s words with the ones the source lacks underlined as insertions', () => {
    const { container } = render(DiffView, { parts: diff, side: 'article' })
    expect(container.textContent).toBe(DRAFT_SENTENCE)
    expect(texts([...container.querySelectorAll('ins')])).toEqual(['could', 'by'])
    expect(container.querySelectorAll('del')).toHaveLength(0)
  })

  it('shows the source’s words with the ones the article dropped struck through', () => {
    const { container } = render(DiffView, { parts: diff, side: 'source' })
    expect(container.textContent).toBe(WIRE_SENTENCE)
    // "summer" survives; its comma and the article before "technical" do not.
    expect(texts([...container.querySelectorAll('del')])).toEqual(['may', 'before the', ',', 'the'])
    expect(container.querySelectorAll('ins')).toHaveLength(0)
  })

  it('marks nothing when the quote is word for word the source', () => {
    const { container } = render(DiffView, { parts: wordDiff(WIRE_SENTENCE, WIRE_SENTENCE), side: 'article' })
    expect(container.textContent).toBe(WIRE_SENTENCE)
    expect(container.querySelectorAll('ins, del')).toHaveLength(0)
  })
})

describe('SourceComparison', () => {
  it('puts the quote beside its source, lists the changed words and shows the source in its paragraph', () => {
    const detail = claimDetail()
    render(SourceComparison, { detail, match: detail.matches[0], matchIndex: 0, onchoose: () => {} })
    expect(screen.getByTestId('article-side').textContent?.trim()).toBe(DRAFT_SENTENCE)
    expect(screen.getByTestId('source-side').textContent?.trim()).toBe(WIRE_SENTENCE)
    expect(screen.getByText('Reworded')).toBeTruthy()
    const changes = screen.getByRole('list', { name: 'Changed words' })
    expect(changes.textContent).toMatch(/may\s*→\s*could/)
    expect(document.querySelector('.context mark')?.textContent).toBe(WIRE_SENTENCE)
  })

  it('warns when the source gives the words to someone else', () => {
    const detail = claimDetail({ matches: [wireMatch({ speakerAgrees: false, sourceSpeaker: 'Anatol Grevin' })] })
    render(SourceComparison, { detail, match: detail.matches[0], matchIndex: 0, onchoose: () => {} })
    const warning = screen.getByRole('note')
    expect(warning.textContent).toContain('Different speaker')
    expect(warning.textContent).toContain('Anatol Grevin')
  })

  it('says why there is no word comparison when the diff hit its bound', () => {
    const detail = claimDetail({ matches: [wireMatch({ diff: [], diffTooLarge: 'the passages are too long to compare word by word' })] })
    render(SourceComparison, { detail, match: detail.matches[0], matchIndex: 0, onchoose: () => {} })
    expect(screen.getByText(/No word comparison: the passages are too long/)).toBeTruthy()
    expect(screen.getByTestId('source-side').textContent?.trim()).toBe(WIRE_SENTENCE)
  })
})
