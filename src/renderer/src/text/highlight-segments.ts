// An article's text cut into plain runs and quoted runs, from the quotes' offsets, so the reader
// can mark every quote without ever treating the text as HTML.

export interface QuoteSpan {
  id: string
  start: number
  end: number
}

export interface TextSegment {
  start: number
  text: string
  /** The quote this run belongs to, or null for the article's own words. */
  quoteId: string | null
}

/**
 * Quotes are taken in order of their start; where two overlap (a partial quote inside a longer
 * one), the later one is clipped to begin where the earlier ends, so every character shows once.
 */
export function highlightSegments(text: string, quotes: readonly QuoteSpan[]): TextSegment[] {
  const ordered = quotes
    .filter((quote) => quote.end > quote.start && quote.start < text.length)
    .toSorted((a, b) => a.start - b.start || b.end - a.end)
  const segments: TextSegment[] = []
  let position = 0
  for (const quote of ordered) {
    const start = Math.max(quote.start, position)
    const end = Math.min(quote.end, text.length)
    if (end <= start) continue
    if (start > position) segments.push({ start: position, text: text.slice(position, start), quoteId: null })
    segments.push({ start, text: text.slice(start, end), quoteId: quote.id })
    position = end
  }
  if (position < text.length) segments.push({ start: position, text: text.slice(position), quoteId: null })
  return segments
}

/** Paragraphs of segments: the reader lays out one block per paragraph, splitting runs at blank lines. */
export function segmentParagraphs(segments: readonly TextSegment[]): TextSegment[][] {
  const paragraphs: TextSegment[][] = [[]]
  for (const segment of segments) {
    const pieces = segment.text.split(/(\n\s*\n)/)
    let offset = segment.start
    for (const piece of pieces) {
      if (/^\n\s*\n$/.test(piece)) {
        if (paragraphs.at(-1)!.length > 0) paragraphs.push([])
      } else if (piece !== '') {
        paragraphs.at(-1)!.push({ start: offset, text: piece, quoteId: segment.quoteId })
      }
      offset += piece.length
    }
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0)
}
