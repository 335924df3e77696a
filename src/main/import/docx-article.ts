import mammoth from 'mammoth'
import type { ArticleDraft } from '../../core/model'
import { ImportError, MAX_ARTICLE_BYTES } from './import-error'

/** A Word file's parts may unpack to this much: far above what any article needs, small enough to read in seconds. */
const MAX_UNPACKED_BYTES = 4 * MAX_ARTICLE_BYTES

/** A Word document to an article: its paragraphs, blank line between them; the first one is the headline. */
export async function parseDocxArticle(bytes: Uint8Array, name: string): Promise<Pick<ArticleDraft, 'text' | 'title'>> {
  // A small file can unpack to gigabytes (100 MB of text zipped into 100 KB took 17 s and 3 GB
  // to read), so the sizes the zip declares are checked before anything is unpacked.
  const unpacked = declaredUnpackedSize(bytes)
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new ImportError('too-large', `${name} unpacks to ${megabytes(unpacked)} MB; Word files over ${megabytes(MAX_UNPACKED_BYTES)} MB unpacked are not imported.`)
  }
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
  const text = paragraphs.join('\n\n')
  const size = Buffer.byteLength(text, 'utf8')
  if (size > MAX_ARTICLE_BYTES) {
    throw new ImportError('too-large', `${name} holds ${megabytes(size)} MB of text; articles over ${megabytes(MAX_ARTICLE_BYTES)} MB are not imported.`)
  }
  return { text, title: paragraphs[0] }
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

/**
 * The total size a zip's central directory declares for its entries once unpacked, or 0 when
 * there is no readable directory (mammoth then refuses the file itself). Sizes of 0xFFFFFFFF
 * (ZIP64) count as 4 GB, which is refused: no Word article needs ZIP64.
 */
function declaredUnpackedSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-directory record: 22 bytes, then a comment of up to 65,535 bytes.
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 0xffff); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue
    const entries = view.getUint16(end + 10, true)
    let at = view.getUint32(end + 16, true)
    let total = 0
    for (let i = 0; i < entries && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; i++) {
      total += view.getUint32(at + 24, true)
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    }
    return total
  }
  return 0
}
