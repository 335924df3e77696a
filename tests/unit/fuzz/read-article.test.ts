// The importers on hostile bytes and names: every file either becomes an article whose text is
// clean, or is refused with an ImportError that names the file and says why. Pages built to be
// slow (HTML nested thousands deep, a Word file that unpacks to gigabytes) are refused promptly.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ImportError, MAX_ARTICLE_BYTES, type ImportErrorCode } from '../../../src/main/import/import-error'
import { IMPORTABLE_EXTENSIONS, articleFromPaste, parseArticleBytes } from '../../../src/main/import/read-article'
import { ARTICLE_FORMATS } from '../../../src/core/model'
import { makeDocx } from '../../support/make-docx'
import { hostileArticle, hostileText } from './hostile-text'

const CODES: ImportErrorCode[] = ['empty', 'binary', 'invalid-utf8', 'unknown-type', 'too-large', 'unparseable', 'unreadable']
const encode = (text: string) => new TextEncoder().encode(text)
/** Lone surrogates replaced, as a UTF-8 encoder replaces them (String.prototype.toWellFormed is ES2024). */
const wellFormed = (text: string) => new TextDecoder().decode(encode(text))
const normalised = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')

/** An article or an ImportError naming the file; anything else is a bug. */
async function importOrRefuse(bytes: Uint8Array, name: string) {
  try {
    return { draft: await parseArticleBytes(bytes, name) }
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    expect(CODES).toContain((error as ImportError).code)
    expect((error as Error).message).toContain(name)
    return { error: error as ImportError }
  }
}

const fileName = fc.oneof(
  fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom(...IMPORTABLE_EXTENSIONS, '.TXT', '.Html', '.pdf', '.exe', '', '.')).map(([stem, ext]) => stem + ext),
  fc.constantFrom('../../etc/passwd.txt', 'C:\\Windows\\win.ini.md', 'story.txt\u0000.exe', '\u202etxt.exe', '.txt', 'a'.repeat(300) + '.html'),
)

describe('parseArticleBytes on hostile bytes', () => {
  it('turns random bytes under any name into an article or a readable refusal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fileName, async (bytes, name) => {
        const { draft } = await importOrRefuse(bytes, name)
        if (!draft) return
        expect(draft.text.trim().length).toBeGreaterThan(0)
        expect(draft.text).not.toMatch(/\r|^\uFEFF|\u0000/)
        expect(ARTICLE_FORMATS).toContain(draft.format)
        expect(draft.fileName).toBe(name)
      }),
      { numRuns: 300 },
    )
  })

  it('keeps any valid UTF-8 text exactly, but for the byte-order mark and line endings', async () => {
    await fc.assert(
      fc.asyncProperty(hostileArticle, fc.constantFrom('story.txt', 'story.md'), async (text, name) => {
        // Text with lone surrogates cannot be UTF-8; the encoder would have replaced them.
        const clean = wellFormed(text).replace(/\u0000/g, '')
        const { draft, error } = await importOrRefuse(encode(clean), name)
        if (error) {
          expect(error.code).toBe('empty')
          expect(normalised(clean).trim()).toBe('')
          return
        }
        expect(draft.text).toBe(normalised(clean))
      }),
      { numRuns: 200 },
    )
  })

  it('refuses every kind of malformed UTF-8, wherever it sits in the file', async () => {
    const MALFORMED = [
      [0xc0, 0xaf], // overlong '/'
      [0xe0, 0x80, 0xaf], // overlong, three bytes
      [0xed, 0xa0, 0x80], // a surrogate encoded as UTF-8
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0x80], // a continuation byte alone
      [0xe2, 0x80], // a sequence cut short
      [0xff],
      [0xfe, 0xff], // a UTF-16 byte-order mark
    ]
    await fc.assert(
      fc.asyncProperty(hostileText(40), fc.constantFrom(...MALFORMED), fc.nat(), async (text, bad, at) => {
        const good = encode(wellFormed(text).replace(/\u0000/g, ''))
        // Cut the good bytes only between characters, never inside one.
        const cuts = [0, ...Array.from(good).flatMap((byte, i) => ((byte & 0xc0) !== 0x80 ? [i] : [])), good.length]
        const cut = cuts[at % cuts.length]
        const bytes = new Uint8Array([...good.slice(0, cut), ...bad, ...good.slice(cut)])
        const { error } = await importOrRefuse(bytes, 'latin1-export.txt')
        expect(error?.code).toBe('invalid-utf8')
        expect(error?.message).toMatch(/not valid UTF-8.*Save it as UTF-8/)
      }),
      { numRuns: 150 },
    )
  })

  it('takes the words of hostile HTML, never the code: no script, style or handler text reaches the article', async () => {
    const CODE = '__CODE__'
    const words = fc.array(fc.constantFrom('The', 'offer', 'was', '“fair', 'and', 'final,”', 'Mendez', 'said.', '&amp;', '&lt;b&gt;', '&#x202e;'), { minLength: 3, maxLength: 12 }).map((w) => w.join(' '))
    const block = fc.oneof(
      words.map((w) => `<p>${w}</p>`),
      words.map((w) => `<p>${w}<img src=x onerror="${CODE}()"></p>`),
      fc.constant(`<script>${CODE}('<p>not text</p>')</script>`),
      fc.constant(`<style>@import url(//evil.example/${CODE}.css); p { background: url(javascript:${CODE}) }</style>`),
      fc.constant(`<svg onload="${CODE}()"><script>${CODE}()</script><text>${CODE}</text></svg>`),
      fc.constant(`<iframe srcdoc="<script>${CODE}()</script>">${CODE}</iframe>`),
      fc.constant(`<noscript>${CODE}</noscript><template><p>${CODE}</p></template>`),
      fc.constant(`<object data="${CODE}.swf">${CODE}</object><embed src="${CODE}">`),
      words.map((w) => `<a href="javascript:${CODE}()">${w}</a>`),
      fc.constant(`<meta http-equiv="refresh" content="0;url=javascript:${CODE}()"><base href="https://evil.example/">`),
      fc.constantFrom('<div>', '</div>', '<p>', '</span>', '<!--', '-->', '<![CDATA[', ']]>', '<', '>', '&', '<table><tr><td>'),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(block, { maxLength: 14 }), async (blocks) => {
        // A <br> between blocks ends a bogus comment (<![CDATA[ …>) before it eats the next block's first tag.
        const html = `<!doctype html><html><head><title>Strike talks</title></head><body><article>${blocks.join('\n<br>\n')}</article></body></html>`
        const { draft } = await importOrRefuse(encode(html), 'page.html')
        if (!draft) return
        expect(draft.text).not.toContain(CODE)
        expect(draft.url).toBeNull()
      }),
      { numRuns: 120 },
    )
  })

  it('refuses HTML nested thousands deep, promptly, instead of freezing the import', async () => {
    for (const [open, depth] of [
      ['<div>', 50_000],
      ['<span>', 20_000],
      ['<b>', 20_000],
      ['<blockquote>', 5_000],
      ['<table><tr><td>', 3_000],
      ['<ul><li>', 3_000],
      ['<div></b>', 20_000], // stray end tags the parser ignores must not hide the nesting
    ] as const) {
      const html = `<p>“We will not back down,” Kowal said.</p>${open.repeat(depth)}deep`
      const began = performance.now()
      const { error } = await importOrRefuse(encode(html), 'nested.html')
      expect(error?.code, open).toBe('unparseable')
      expect(error?.message).toMatch(/nested.html nests its elements more than \d+ deep/)
      // jsdom needed minutes for 50,000 levels and Readability 17 s for 1,000.
      expect(performance.now() - began, open).toBeLessThan(5_000)
    }
  })

  it('still reads a page nested as deeply as real pages are', async () => {
    const html = `<html><body>${'<div class="wrap">'.repeat(60)}<article><h1>Talks resume</h1><p>“We will not back down,” union leader Piotr Kowal said on Tuesday, as the strike entered a third week.</p></article>${'</div>'.repeat(60)}</body></html>`
    const { draft } = await importOrRefuse(encode(html), 'deep-but-real.html')
    expect(draft?.text).toContain('“We will not back down,” union leader Piotr Kowal said')
  })

  it('refuses a small Word file that unpacks to far more than any article, before unpacking it', async () => {
    // 40 MB of text in a docx of about 50 KB; 80 MB took 17 s and 3 GB of memory to read.
    const bomb = await makeDocx(['Headline', 'a '.repeat(20 * 1024 * 1024)])
    expect(bomb.length).toBeLessThan(MAX_ARTICLE_BYTES)
    const began = performance.now()
    const { error } = await importOrRefuse(bomb, 'bomb.docx')
    expect(error?.code).toBe('too-large')
    expect(error?.message).toMatch(/bomb.docx unpacks to [\d.]+ MB; Word files over 20.0 MB unpacked are not imported/)
    expect(performance.now() - began).toBeLessThan(2_000)
  })

  it('refuses a Word file whose text alone is over the article limit', async () => {
    const { error } = await importOrRefuse(await makeDocx(['Headline', 'word '.repeat(1_100_000)]), 'long.docx')
    expect(error?.code).toBe('too-large')
    expect(error?.message).toMatch(/long.docx .*over 5.0 MB/)
  })
})

describe('articleFromPaste on hostile text', () => {
  it('keeps any pasted text, lone surrogates and control characters included, or says it is empty', () => {
    fc.assert(
      fc.property(fc.oneof(hostileArticle, hostileText(), fc.string({ unit: 'binary' })), (text) => {
        let draft
        try {
          draft = articleFromPaste(text, { title: text.slice(0, 40), outlet: '\u202eevil' })
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError)
          expect((error as ImportError).code).toBe('empty')
          expect(normalised(text).trim()).toBe('')
          return
        }
        expect(draft.text).toBe(normalised(text))
        expect(draft.format).toBe('paste')
        expect(draft.fileName).toBeNull()
      }),
      { numRuns: 300 },
    )
  })

  it('counts the size in UTF-8 bytes, so 2 million emoji are refused though they are 4 million code units', () => {
    expect(() => articleFromPaste('😀'.repeat(1_400_000))).toThrow(/pasted text is 5.3 MB; articles over 5.0 MB/)
  })
})
