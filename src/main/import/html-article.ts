import { Readability } from '@mozilla/readability'
import { JSDOM } from 'jsdom'
import type { ArticleDraft } from '../../core/model'
import { ImportError } from './import-error'

type HtmlParts = Pick<ArticleDraft, 'text' | 'title' | 'byline' | 'outlet' | 'url' | 'publishedAt'>

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dt, dd'

/**
 * An HTML page to an article: Readability finds the story among navigation and footers; the
 * text keeps its headline and paragraphs (blank line between them) so quotes that run over
 * paragraphs and headline quotes are still found. The page is only parsed: no script runs and
 * nothing is fetched.
 */
export function parseHtmlArticle(html: string, name: string): HtmlParts {
  let dom: JSDOM
  try {
    dom = new JSDOM(html)
  } catch (error) {
    throw new ImportError('unparseable', `${name} could not be read as HTML.`, { cause: error })
  }
  const document = dom.window.document
  // Code and embedded objects are never article text.
  for (const element of document.querySelectorAll('script, style, noscript, template, iframe, object, embed, svg, canvas')) element.remove()
  const meta = readMetadata(document)
  let parsed: ReturnType<Readability['parse']>
  try {
    parsed = new Readability(document.cloneNode(true) as Document, { keepClasses: false }).parse()
  } catch (error) {
    throw new ImportError('unparseable', `${name} could not be read as an article.`, { cause: error })
  }
  const body = parsed?.content ? paragraphsOf(new JSDOM(parsed.content).window.document.body) : paragraphsOf(document.body)
  const title = headline(clean(parsed?.title ?? ''), meta.title, clean(parsed?.siteName ?? '') || meta.outlet)
  if (body.length === 0 && !title) {
    throw new ImportError('empty', `${name} has no article text.`)
  }
  const paragraphs = title && body[0] !== title ? [title, ...body] : body
  return {
    text: paragraphs.join('\n\n'),
    title: title || null,
    byline: clean(parsed?.byline ?? '') || meta.byline,
    outlet: clean(parsed?.siteName ?? '') || meta.outlet,
    url: meta.url,
    publishedAt: normaliseDate(parsed?.publishedTime ?? meta.publishedAt),
  }
}

/** The story's own headline: the page's <h1> when the <title> is that plus the site's name. */
function headline(pageTitle: string, h1: string | null, siteName: string | null): string | null {
  if (h1 && (!pageTitle || pageTitle.startsWith(h1) || pageTitle.includes(h1))) return h1
  if (siteName && pageTitle) {
    const stripped = pageTitle.replace(new RegExp(`\\s*[|–—-]\\s*${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`), '')
    if (stripped) return stripped
  }
  return pageTitle || h1
}

function paragraphsOf(root: Element | null): string[] {
  if (!root) return []
  const paragraphs: string[] = []
  for (const element of root.querySelectorAll(BLOCKS)) {
    // Take the innermost blocks only, so a <blockquote><p>… is one paragraph, not two.
    if (element.querySelector(BLOCKS)) continue
    const text = clean(element.textContent ?? '')
    if (text) paragraphs.push(text)
  }
  if (paragraphs.length === 0) {
    const text = clean(root.textContent ?? '')
    if (text) paragraphs.push(text)
  }
  return paragraphs
}

function readMetadata(document: Document) {
  const content = (selector: string) => clean(document.querySelector(selector)?.getAttribute('content') ?? '') || null
  return {
    title: clean(document.querySelector('h1')?.textContent ?? document.title ?? '') || null,
    byline: content('meta[name="author"]') ?? content('meta[property="article:author"]'),
    outlet: content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]'),
    url: httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? content('meta[property="og:url"]')),
    publishedAt:
      content('meta[property="article:published_time"]') ??
      content('meta[name="date"]') ??
      content('meta[name="pubdate"]') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  }
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** Dates as ISO strings; a value we cannot read is dropped rather than stored wrong. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null
  const trimmed = value.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed
  const time = Date.parse(trimmed)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}
