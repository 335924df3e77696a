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
  // jsdom builds a tree in time that grows with the square of its depth, and Readability worse:
  // 50,000 nested <div>s took minutes. The cheap estimate guards the parse, the real depth Readability.
  if (estimatedDepth(html) > MAX_DEPTH * 4) throw tooDeep(name)
  let dom: JSDOM
  try {
    dom = new JSDOM(html)
  } catch (error) {
    throw new ImportError('unparseable', `${name} could not be read as HTML.`, { cause: error })
  }
  const document = dom.window.document
  if (elementDepth(document.documentElement) > MAX_DEPTH) throw tooDeep(name)
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

/** Far deeper than real pages nest (Lighthouse warns past 32 levels). */
const MAX_DEPTH = 256
// Elements that cannot hold themselves: void elements, and those whose end tag the parser implies
// when the next one starts (<p>, <li>, <td>…), so unclosed ones sit side by side, not nested.
const NOT_NESTING = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rp', 'rt', 'rtc', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'html', 'head', 'body',
])
// Elements whose content is text to their end tag, whatever it looks like.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext'])
// '<' and '>' end a tag's attributes, so no match scans past the next tag: linear in the page.
const TAG = /<(?:!--|(\/?)([a-zA-Z][^\s/<>]*)([^<>]*)>)/g

/**
 * How deep the page's elements nest, estimated from its tags without building the tree, stopping
 * once past the limit. End tags close only elements that are open (stray ones are ignored, as the
 * parser ignores them); implied end tags are not modelled, so tables and lists count a level per
 * table or list rather than per row or item.
 */
function estimatedDepth(html: string): number {
  const open: string[] = []
  let deepest = 0
  TAG.lastIndex = 0
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match[0] === '<!--') {
      const close = html.indexOf('-->', TAG.lastIndex)
      if (close < 0) break
      TAG.lastIndex = close + 3
      continue
    }
    const tag = match[2].toLowerCase()
    if (match[1]) {
      const at = open.lastIndexOf(tag)
      if (at >= 0) open.length = at
    } else if (RAW_TEXT.has(tag)) {
      const end = new RegExp(`</${tag}`, 'gi')
      end.lastIndex = TAG.lastIndex
      if (!end.exec(html)) break
      TAG.lastIndex = end.lastIndex
    } else if (!NOT_NESTING.has(tag) && !match[3].endsWith('/')) {
      open.push(tag)
      deepest = Math.max(deepest, open.length)
      if (deepest > MAX_DEPTH * 4) break
    }
  }
  return deepest
}

/** The depth of the deepest element under `root`, walked without recursion. */
function elementDepth(root: Element): number {
  let deepest = 0
  const stack: Array<[Element, number]> = [[root, 1]]
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [element, depth] = next
    if (depth > deepest) deepest = depth
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1])
  }
  return deepest
}

function tooDeep(name: string): ImportError {
  return new ImportError(
    'unparseable',
    `${name} nests its elements more than ${MAX_DEPTH} deep, as no article page does; Verbatim does not read it. Paste the article's text instead.`,
  )
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
