import { render } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import ArticleReader from '../../src/renderer/src/components/ArticleReader.svelte'
import { ApiCallError, errorMessage } from '../../src/renderer/src/api/api-error'
import { createHttpApi } from '../../src/renderer/src/api/http-api'
import { wordChanges } from '../../src/renderer/src/text/diff-sides'
import { highlightSegments, segmentParagraphs } from '../../src/renderer/src/text/highlight-segments'
import { claimDetail, DRAFT_SENTENCE, quote, summaryOf, WIRE_SENTENCE, wordDiff } from './desk-fixtures'

describe('highlightSegments', () => {
  const text = 'Moravec called the talks "very good" and warned: "We will judge this by Monday."'
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })

  it('cuts the text into plain and quoted runs that add up to the article', () => {
    const segments = highlightSegments(text, [
      { id: 'q2', ...at('We will judge this by Monday.') },
      { id: 'q1', ...at('very good') },
    ])
    expect(segments.map((segment) => [segment.quoteId, segment.text])).toEqual([
      [null, 'Moravec called the talks "'],
      ['q1', 'very good'],
      [null, '" and warned: "'],
      ['q2', 'We will judge this by Monday.'],
      [null, '"'],
    ])
    expect(segments.map((segment) => segment.text).join('')).toBe(text)
  })

  it('shows each character once when a partial quote lies inside a longer one', () => {
    const segments = highlightSegments(text, [
      { id: 'long', ...at('We will judge this by Monday.') },
      { id: 'inner', ...at('judge this') },
    ])
    expect(segments.filter((segment) => segment.quoteId).map((segment) => segment.quoteId)).toEqual(['long'])
    expect(segments.map((segment) => segment.text).join('')).toBe(text)
  })

  it('keeps markup in an article as words: the reader shows it, never runs it', () => {
    const quoted = '<img src=x onerror="window.pwned=1">'
    const hostile = `Title\n\nThe minister said "${quoted}" twice.`
    const start = hostile.indexOf(quoted)
    const claim = summaryOf(claimDetail({ quote: quote({ id: 'q-hostile', start, end: start + quoted.length, text: quoted }) }))
    const article = { ...claimDetail().article, text: hostile, byline: null, url: null, publishedAt: null, role: 'draft' as const, format: 'paste' as const, fileName: null, contentHash: 'h', importedAt: '2025-03-09T08:00:00.000Z', importedBy: null }
    const { container } = render(ArticleReader, { detail: { article, claims: [claim] }, claims: [claim], selectedId: null, onselect: () => {} })
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('a.mark')?.textContent).toBe(quoted)
  })

  it('splits paragraphs at blank lines, carrying offsets', () => {
    const two = 'First "one".\n\nSecond "two".'
    const paragraphs = segmentParagraphs(highlightSegments(two, [{ id: 'q', start: 22, end: 25 }]))
    expect(paragraphs.map((paragraph) => paragraph.map((segment) => segment.text).join(''))).toEqual(['First "one".', 'Second "two".'])
    expect(paragraphs[1].find((segment) => segment.quoteId === 'q')).toEqual({ start: 22, text: 'two', quoteId: 'q' })
  })
})

describe('wordChanges', () => {
  it('reads a diff as replacements, drops and additions', () => {
    expect(wordChanges(wordDiff(WIRE_SENTENCE, DRAFT_SENTENCE))).toEqual([
      { from: 'may', to: 'could' },
      { from: 'before the', to: 'by' },
      { from: ',', to: '' },
      { from: 'the', to: '' },
    ])
  })
})

describe('createHttpApi', () => {
  it('posts each method as JSON to /api/<method> and returns the answer', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ deleted: true }), { status: 200 }))
    const api = createHttpApi({ fetch, token: 'secret' })
    await expect(api.deleteArticle({ id: 'a-draft' })).resolves.toEqual({ deleted: true })
    expect(fetch).toHaveBeenCalledWith('/api/deleteArticle', expect.objectContaining({ method: 'POST', body: '{"id":"a-draft"}' }))
    const headers = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1].headers as Record<string, string>
    expect(headers['X-Verbatim-Token']).toBe('secret')
  })

  it('turns the host’s {error:{code,message}} into an error with those words', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ error: { code: 'invalid-input', message: 'getClaim: quoteId: an id holds letters' } }), { status: 400 }))
    const api = createHttpApi({ fetch })
    const failure = await api.getClaim({ quoteId: 'q 1' }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiCallError)
    expect((failure as ApiCallError).code).toBe('invalid-input')
    expect(errorMessage(failure)).toBe('getClaim: quoteId: an id holds letters')
  })

  it('says the host is gone when the network fails', async () => {
    const api = createHttpApi({ fetch: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) })
    await expect(api.listArticles({})).rejects.toThrow('not answering')
  })

  it('strips Electron’s wrapping from errors that crossed IPC', () => {
    expect(errorMessage(new Error("Error invoking remote method 'giveVerdict': WorkspaceError: The workspace is busy."))).toBe('The workspace is busy.')
  })
})
