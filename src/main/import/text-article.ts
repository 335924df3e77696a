import type { ArticleDraft } from '../../core/model'

type TextParts = Pick<ArticleDraft, 'text' | 'title' | 'byline'>

/**
 * A plain-text or Markdown article: the text is kept exactly; the headline is its first
 * non-empty line (without Markdown's leading #), the byline a "By …" line near the top.
 */
export function parseTextArticle(text: string): TextParts {
  const lines = text.split('\n').map((line) => line.trim())
  const headline = lines.find((line) => line.length > 0) ?? null
  const title = headline === null ? null : headline.replace(/^#{1,6}\s+/, '').replace(/^\*\*(.*)\*\*$/, '$1').trim() || null
  const byline = lines.slice(0, 8).find((line) => /^(by|written by)\s+\p{Lu}/iu.test(line.replace(/^[*_]+/, '')))
  return { text, title, byline: byline ? byline.replace(/^[*_]*(by|written by)\s+/i, '').replace(/[*_]+$/, '').trim() : null }
}
