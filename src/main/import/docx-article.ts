import mammoth from 'mammoth'
import type { ArticleDraft } from '../../core/model'
import { ImportError } from './import-error'

/** A Word document to an article: its paragraphs, blank line between them; the first one is the headline. */
export async function parseDocxArticle(bytes: Uint8Array, name: string): Promise<Pick<ArticleDraft, 'text' | 'title'>> {
  let raw: string
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    raw = result.value
  } catch (error) {
    throw new ImportError('unparseable', `${name} could not be read as a Word document (.docx).`, { cause: error })
  }
  const paragraphs = raw
    .replace(/\r\n?/g, '\n')
    .split(/\n+/)
    .map((paragraph) => paragraph.replace(/[ \t]+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
  if (paragraphs.length === 0) throw new ImportError('empty', `${name} has no text.`)
  return { text: paragraphs.join('\n\n'), title: paragraphs[0] }
}
