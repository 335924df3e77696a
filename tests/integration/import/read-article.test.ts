import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ImportError, MAX_ARTICLE_BYTES } from '../../../src/main/import/import-error'
import { articleFromPaste, parseArticleBytes, readArticleFile } from '../../../src/main/import/read-article'
import { makeDocx } from '../../support/make-docx'
import { useTempDir } from '../../support/temp-dir'

const tempDir = useTempDir()
const bytes = (text: string) => new TextEncoder().encode(text)

async function expectImportError(promise: Promise<unknown> | (() => unknown), code: string, words: RegExp): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).code).toBe(code)
    expect((error as Error).message).toMatch(words)
    return
  }
  throw new Error('expected an ImportError')
}

const WIRE_STORY = `Port strike enters third week as talks stall

By Lena Ortiz

VALMORA — Dock workers extended their strike on Monday. “We are not going back until the ministry listens,” union leader Piotr Kowal said.\r\n`

describe('reading article files', () => {
  it('keeps a text article exactly, with its headline and byline, and line endings made \\n', async () => {
    const path = join(tempDir(), 'wire.txt')
    writeFileSync(path, `\uFEFF${WIRE_STORY}`)
    const draft = await readArticleFile(path, { role: 'source', outlet: 'Meridian Wire' })
    expect(draft.text).toBe(WIRE_STORY.replace('\r\n', '\n'))
    expect(draft.title).toBe('Port strike enters third week as talks stall')
    expect(draft.byline).toBe('Lena Ortiz')
    expect(draft).toMatchObject({ outlet: 'Meridian Wire', role: 'source', format: 'txt', fileName: 'wire.txt' })
  })

  it('takes a Markdown headline without its #', async () => {
    const draft = await parseArticleBytes(bytes('# Minister says ‘no deal yet’\n\nThe talks resumed.'), 'brief.md')
    expect(draft.title).toBe('Minister says ‘no deal yet’')
    expect(draft.text.startsWith('# Minister')).toBe(true)
    expect(draft.format).toBe('md')
  })

  it('finds the story, title, byline, date and URL in an HTML page, without running its scripts', async () => {
    const html = `<!doctype html><html><head><title>Strike talks collapse | Cargo Ledger</title>
      <meta name="author" content="Tomas Reyes"><meta property="og:site_name" content="Cargo Ledger">
      <meta property="article:published_time" content="2026-03-04T08:30:00Z">
      <link rel="canonical" href="https://cargoledger.example/strike-talks">
      <script>document.title = 'hacked'</script></head>
      <body><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
      <article><h1>Strike talks collapse</h1>
      <p>Negotiations between the dockers’ union and the ministry broke down late on Tuesday after nine hours.</p>
      <p>“We gave them every chance,” said union leader Piotr Kowal, who has led the walkout since May.</p>
      <p>“It is now up to the ministry,</p><p>“and the ministry alone.”</p>
      <p>Labour Minister Ana Mendez described the talks as “useful but incomplete” and said a new offer would follow within days. Shipping firms warned of losses running into the millions.</p>
      </article><footer>© Cargo Ledger</footer></body></html>`
    const draft = await parseArticleBytes(bytes(html), 'ledger.html')
    expect(draft.title).toBe('Strike talks collapse')
    expect(draft.byline).toBe('Tomas Reyes')
    expect(draft.outlet).toBe('Cargo Ledger')
    expect(draft.url).toBe('https://cargoledger.example/strike-talks')
    expect(draft.publishedAt).toBe('2026-03-04T08:30:00.000Z')
    expect(draft.text.split('\n\n')[0]).toBe('Strike talks collapse')
    expect(draft.text).toContain('“We gave them every chance,” said union leader Piotr Kowal')
    expect(draft.text).toContain('“It is now up to the ministry,\n\n“and the ministry alone.”')
    expect(draft.text).not.toMatch(/Markets|hacked|©/)
  })

  it('reads a Word document’s paragraphs', async () => {
    const docx = await makeDocx(['Mayor says ‘we were warned’', 'The inquiry heard from engineer Rui Okafor on Friday.', '“The river gauge failed twice,” he said.'])
    const draft = await parseArticleBytes(docx, 'inquiry.docx', { role: 'draft' })
    expect(draft.title).toBe('Mayor says ‘we were warned’')
    expect(draft.text).toBe('Mayor says ‘we were warned’\n\nThe inquiry heard from engineer Rui Okafor on Friday.\n\n“The river gauge failed twice,” he said.')
    expect(draft.role).toBe('draft')
  })

  it('takes pasted text with the metadata typed beside it', () => {
    const draft = articleFromPaste('Kowal: “We will not back down.”\r\nMore to follow.', { title: 'Union statement', outlet: 'Desk notes', role: 'transcript' })
    expect(draft).toMatchObject({ title: 'Union statement', outlet: 'Desk notes', role: 'transcript', format: 'paste', fileName: null })
    expect(draft.text).toBe('Kowal: “We will not back down.”\nMore to follow.')
  })
})

describe('bad input gets a clear error', () => {
  it('an empty file', () => expectImportError(parseArticleBytes(new Uint8Array(), 'empty.txt'), 'empty', /empty/))
  it('a file of white space', () => expectImportError(parseArticleBytes(bytes('  \n\n \t'), 'blank.md'), 'empty', /no text/))
  it('a binary file', () => expectImportError(parseArticleBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'photo.txt'), 'binary', /binary/))
  it('invalid UTF-8', () => expectImportError(parseArticleBytes(new Uint8Array([0x4d, 0x61, 0xf1, 0x61, 0x6e, 0x61, 0xff]), 'latin1.txt'), 'invalid-utf8', /not valid UTF-8/))
  it('an unknown extension', () => expectImportError(parseArticleBytes(bytes('hello'), 'story.pdf'), 'unknown-type', /imports .txt, .md, .html, .docx/))
  it('a file over the size limit', async () => {
    const path = join(tempDir(), 'huge.txt')
    writeFileSync(path, Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a'))
    await expectImportError(readArticleFile(path), 'too-large', /over 5\.0 MB/)
  })
  it('a huge paste', () => expectImportError(() => articleFromPaste('x'.repeat(MAX_ARTICLE_BYTES + 10)), 'too-large', /pasted text/))
  it('a .docx that is not a Word document', () => expectImportError(parseArticleBytes(bytes('PK\u0003\u0004 not really a zip'), 'broken.docx'), 'unparseable', /Word document/))
  it('an .html file with no article in it', () => expectImportError(parseArticleBytes(bytes('<html><body><script>x()</script></body></html>'), 'empty.html'), 'empty', /no article text/))
  it('a file that is not there', () => expectImportError(readArticleFile(join(tempDir(), 'gone.txt')), 'unreadable', /cannot be read/))
})
