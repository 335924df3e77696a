// Why a file could not become an article, in words an editor can act on.

export type ImportErrorCode = 'empty' | 'binary' | 'invalid-utf8' | 'unknown-type' | 'too-large' | 'unparseable' | 'unreadable'

export class ImportError extends Error {
  override readonly name = 'ImportError'
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** The largest article we accept, file or paste: far above any real article, small enough to stay responsive. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024
