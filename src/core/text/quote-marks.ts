// The quotation marks news text uses, grouped into families that pair with each other.
// A mark's glyph only suggests a direction: German „…“ closes with “, Swedish ”…” opens with ”,
// German »…« reverses guillemets, so the extractor decides direction from the mark's neighbours.

export type QuoteFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet'
export type GlyphDirection = 'open' | 'close' | 'either'

export interface QuoteMark {
  family: QuoteFamily
  direction: GlyphDirection
}

export const QUOTE_MARKS: ReadonlyMap<string, QuoteMark> = new Map<string, QuoteMark>([
  ['\u201C', { family: 'double', direction: 'open' }], // “
  ['\u201D', { family: 'double', direction: 'close' }], // ”
  ['"', { family: 'double', direction: 'either' }],
  ['\u201E', { family: 'double', direction: 'open' }], // „
  ['\u201F', { family: 'double', direction: 'open' }], // ‟
  ['\uFF02', { family: 'double', direction: 'either' }], // ＂
  ['\u2018', { family: 'single', direction: 'open' }], // ‘
  ['\u2019', { family: 'single', direction: 'close' }], // ’ (also the apostrophe)
  ["'", { family: 'single', direction: 'either' }],
  ['\u201A', { family: 'single', direction: 'open' }], // ‚
  ['\u201B', { family: 'single', direction: 'open' }], // ‛
  ['\u00AB', { family: 'guillemet', direction: 'open' }], // «
  ['\u00BB', { family: 'guillemet', direction: 'close' }], // »
  ['\u2039', { family: 'single-guillemet', direction: 'open' }], // ‹
  ['\u203A', { family: 'single-guillemet', direction: 'close' }], // ›
])

/** True for any character in QUOTE_MARKS. */
export function isQuoteMark(char: string): boolean {
  return QUOTE_MARKS.has(char)
}

/** Every quote mark, for use inside a RegExp character class. */
export const QUOTE_MARK_CLASS = '\u201C\u201D"\u201E\u201F\uFF02\u2018\u2019\'\u201A\u201B\u00AB\u00BB\u2039\u203A'
