import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { ArticleDraft, ArticleFormat, ArticleRole } from '../../core/model'
import { decodeArticleText, normaliseArticleText } from './decode-text'
import { parseDocxArticle } from './docx-article'
import { normaliseDate, parseHtmlArticle } from './html-article'
import { ImportError, MAX_ARTICLE_BYTES } from './import-error'
import { parseTextArticle } from './text-article'

/** What the editor says about an article; anything given wins over what the file itself says. */
export interface ArticleMetadata {
  role?: ArticleRole
  title?: string | null
  outlet?: string | null
  url?: string | null
  publishedAt?: string | null
}

const FORMAT_BY_EXTENSION: Record<string, Exclude<ArticleFormat, 'paste'>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
}

export const IMPORTABLE_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION)

export async function readArticleFile(path: string, metadata: ArticleMetadata = {}): Promise<ArticleDraft> {
  const name = basename(path)
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new ImportError('unreadable', `${name} is not a file.`)
    size = info.size
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw new ImportError('unreadable', `${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`, { cause: error })
  }
  if (size > MAX_ARTICLE_BYTES) throw tooLarge(name, size)
  const bytes = await readFile(path)
  return parseArticleBytes(bytes, name, metadata)
}

/** The bytes of a file named `name` (from disk, a drop or an upload) to an article. */
export async function parseArticleBytes(bytes: Uint8Array, name: string, metadata: ArticleMetadata = {}): Promise<ArticleDraft> {
  const format = FORMAT_BY_EXTENSION[extname(name).toLowerCase()]
  if (!format) {
    throw new ImportError(
      'unknown-type',
      `${name}: Verbatim imports ${IMPORTABLE_EXTENSIONS.filter((e) => e !== '.text' && e !== '.markdown' && e !== '.htm').join(', ')} files, not "${extname(name) || 'files without an extension'}".`,
    )
  }
  if (bytes.length > MAX_ARTICLE_BYTES) throw tooLarge(name, bytes.length)
  if (bytes.length === 0) throw new ImportError('empty', `${name} is empty.`)

  let parts: Partial<ArticleDraft> & { text: string }
  if (format === 'docx') {
    parts = await parseDocxArticle(bytes, name)
  } else {
    const text = decodeArticleText(bytes, name)
    parts = format === 'html' ? parseHtmlArticle(text, name) : parseTextArticle(text)
  }
  return finish(parts, format, name, metadata)
}

/** Text pasted by the editor, with the metadata typed beside it. */
export function articleFromPaste(text: string, metadata: ArticleMetadata = {}): ArticleDraft {
  const size = new TextEncoder().encode(text).length
  if (size > MAX_ARTICLE_BYTES) throw tooLarge('The pasted text', size)
  return finish(parseTextArticle(normaliseArticleText(text)), 'paste', null, metadata)
}

function finish(parts: Partial<ArticleDraft> & { text: string }, format: ArticleFormat, fileName: string | null, metadata: ArticleMetadata): ArticleDraft {
  if (parts.text.trim().length === 0) {
    throw new ImportError('empty', `${fileName ?? 'The pasted text'} has no text.`)
  }
  return {
    text: parts.text,
    title: pick(metadata.title, parts.title),
    outlet: pick(metadata.outlet, parts.outlet),
    byline: parts.byline ?? null,
    url: pick(metadata.url, parts.url),
    publishedAt: normaliseDate(pick(metadata.publishedAt, parts.publishedAt)),
    role: metadata.role ?? 'source',
    format,
    fileName,
  }
}

function pick(given: string | null | undefined, found: string | null | undefined): string | null {
  const value = given?.trim() ? given.trim() : found?.trim()
  return value ? value : null
}

function tooLarge(name: string, size: number): ImportError {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
  return new ImportError('too-large', `${name} is ${mb(size)} MB; articles over ${mb(MAX_ARTICLE_BYTES)} MB are not imported.`)
}
