import { ImportError } from './import-error'

/**
 * Bytes of a text file to the article text we store: strict UTF-8, without a byte-order mark,
 * with line endings made \n (offsets of quotes point into this text, so it is fixed here, once).
 */
export function decodeArticleText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) {
    throw new ImportError('binary', `${name} is a binary file, not text.`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    throw new ImportError('invalid-utf8', `${name} is not valid UTF-8 text. Save it as UTF-8 and import it again.`, { cause: error })
  }
  return normaliseArticleText(text)
}

export function normaliseArticleText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}
