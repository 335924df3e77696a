// The article as a stream of tokens in which each quotation is one opaque token, so attribution
// patterns ("…,” said X", "X said: “…”") are read on the writer's own words only, and sentence
// boundaries are never found inside a quotation.

import type { ParagraphSpan } from '../text/paragraphs'
import { isQuoteMark } from '../text/quote-marks'
import { isSpaceChar, isUpperLetter } from '../text/characters'

export const WORD = 0
export const PUNCT = 1
export const QUOTE = 2
export type TokenType = typeof WORD | typeof PUNCT | typeof QUOTE

export interface ArticleToken {
  type: TokenType
  text: string
  /** Lower case text, for lexicon look-ups. */
  lower: string
  start: number
  end: number
  /** Index of the quotation this token stands for, or -1. */
  quote: number
  paragraph: number
  sentence: number
  /** Starts with an upper-case letter. */
  capitalised: boolean
}

export interface ArticleTokens {
  tokens: ArticleToken[]
  /** Token index of each quotation. */
  quoteToken: number[]
  /** First token index of each paragraph (paragraphs without tokens point at the next one). */
  paragraphStart: number[]
  /** First token index of each sentence. */
  sentenceStart: number[]
}

export interface QuoteRegion {
  /** From the opening mark (or the first quoted character if there is none)... */
  from: number
  /** ...to just after the closing mark (or the last quoted character). */
  to: number
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u
/** Abbreviations that keep their full stop, so it does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'rev', 'hon', 'fr', 'st', 'supt', 'insp', 'det', 'cpl', 'jr', 'sr', 'no', 'vs', 'v', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'etc', 'approx',
  'cllr', 'messrs', 'mt', 'ft', 'ave', 'rd', 'pres', 'atty', 'amb',
])

/** Where the marks of a quotation are: the quoted words plus the marks around them, if any. */
export function quoteRegion(text: string, start: number, end: number): QuoteRegion {
  let from = start
  let i = start - 1
  while (i >= 0 && isSpaceChar(text[i]) && text[i] !== '\n') i--
  if (i >= 0 && isQuoteMark(text[i])) from = i
  let to = end
  let j = end
  while (j < text.length && isSpaceChar(text[j]) && text[j] !== '\n') j++
  if (j < text.length && isQuoteMark(text[j])) to = j + 1
  return { from, to }
}

/** Tokens of `text`; `regions` (one per quotation, in text order) become single QUOTE tokens. */
export function tokeniseArticle(text: string, paragraphs: readonly ParagraphSpan[], regions: readonly QuoteRegion[]): ArticleTokens {
  const tokens: ArticleToken[] = []
  const quoteToken: number[] = []
  let cursor = 0
  for (let q = 0; q < regions.length; q++) {
    const region = regions[q]
    if (region.from > cursor) wordsBetween(text, cursor, region.from, tokens)
    quoteToken.push(tokens.length)
    const from = Math.max(region.from, cursor)
    tokens.push({ type: QUOTE, text: text.slice(from, region.to), lower: '', start: from, end: region.to, quote: q, paragraph: 0, sentence: 0, capitalised: false })
    cursor = Math.max(cursor, region.to)
  }
  if (cursor < text.length) wordsBetween(text, cursor, text.length, tokens)

  const paragraphStart: number[] = []
  let t = 0
  for (let p = 0; p < paragraphs.length; p++) {
    while (t < tokens.length && tokens[t].end <= paragraphs[p].start) t++
    paragraphStart.push(t)
    while (t < tokens.length && tokens[t].start < paragraphs[p].end) tokens[t++].paragraph = p
  }
  const sentenceStart = assignSentences(tokens)
  return { tokens, quoteToken, paragraphStart, sentenceStart }
}

function isWordCode(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  if (code >= 0xd800 && code <= 0xdfff) return true
  return NON_ASCII_WORD.test(text[i])
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * Words and punctuation of text[from, to): acronyms with points (U.S.), numbers with thousands
 * separators (6,400), words with inner apostrophes, hyphens and points (don’t, 58-year-old, 3.5),
 * and every other non-space character alone. Written out by hand: it runs over every article.
 */
function wordsBetween(text: string, from: number, to: number, tokens: ArticleToken[]): void {
  let i = from
  while (i < to) {
    const code = text.charCodeAt(i)
    if (code === 32 || code === 10 || code === 13 || code === 9 || isSpaceChar(text[i])) {
      i++
      continue
    }
    const start = i
    // A stray quote mark outside any quotation says nothing about who speaks; an apostrophe
    // attached to a word stays ("Workers’ Union").
    if (isQuoteMark(text[i]) && !((code === 0x2019 || code === 39) && i > from && isWordCode(text, i - 1))) {
      i++
      continue
    }
    if (!isWordCode(text, i)) {
      tokens.push({ type: PUNCT, text: text[i], lower: text[i], start, end: i + 1, quote: -1, paragraph: 0, sentence: 0, capitalised: false })
      i++
      continue
    }
    let end = scanWord(text, i, to)
    let word = text.slice(start, end)
    let lower = word.toLowerCase()
    // Keep the full stop of "Mr." or an initial ("J.") so it is not read as the end of a sentence.
    if (end < to && text.charCodeAt(end) === 46 && (ABBREVIATIONS.has(lower) || (word.length === 1 && isUpperLetter(word)))) {
      word += '.'
      end += 1
    }
    if (lower.includes('’') || lower.includes('‘')) lower = lower.replace(/[’‘]/g, "'")
    tokens.push({ type: WORD, text: word, lower, start, end, quote: -1, paragraph: 0, sentence: 0, capitalised: isUpperLetter(word[0]) })
    i = end
  }
}

/** The end of the word starting at `i`. */
function scanWord(text: string, i: number, to: number): number {
  // U.S., U.K.: capitals each followed by a point.
  if (isUpperLetter(text[i]) && text.charCodeAt(i + 1) === 46 && i + 3 < to && isUpperLetter(text[i + 2]) && text.charCodeAt(i + 3) === 46) {
    let j = i
    while (j + 1 < to && isUpperLetter(text[j]) && text.charCodeAt(j + 1) === 46) j += 2
    return j
  }
  // 6,400 and 1,250,000.5
  if (isDigitCode(text.charCodeAt(i))) {
    let j = i
    while (j < to && isDigitCode(text.charCodeAt(j))) j++
    if (j - i <= 3 && text.charCodeAt(j) === 44 && isThreeDigits(text, j + 1, to)) {
      while (text.charCodeAt(j) === 44 && isThreeDigits(text, j + 1, to)) j += 4
      if (text.charCodeAt(j) === 46 && j + 1 < to && isDigitCode(text.charCodeAt(j + 1))) {
        j++
        while (j < to && isDigitCode(text.charCodeAt(j))) j++
      }
      return j
    }
  }
  let j = i
  for (;;) {
    while (j < to && isWordCode(text, j)) j++
    const joiner = text.charCodeAt(j)
    const joins = joiner === 39 || joiner === 0x2019 || joiner === 0x2018 || joiner === 45 || joiner === 46
    if (joins && j + 1 < to && isWordCode(text, j + 1)) {
      j++
      continue
    }
    return j
  }
}

function isThreeDigits(text: string, at: number, to: number): boolean {
  return at + 3 <= to && isDigitCode(text.charCodeAt(at)) && isDigitCode(text.charCodeAt(at + 1)) && isDigitCode(text.charCodeAt(at + 2)) && !(at + 3 < to && isDigitCode(text.charCodeAt(at + 3)))
}

function assignSentences(tokens: ArticleToken[]): number[] {
  const starts: number[] = []
  let sentence = -1
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    const previous = tokens[i - 1]
    let boundary = previous === undefined || previous.paragraph !== token.paragraph
    if (!boundary && previous.type === PUNCT && (previous.text === '.' || previous.text === '!' || previous.text === '?')) {
      boundary = token.type === QUOTE || token.capitalised || /^[\d(“"‘«]/.test(token.text)
    }
    if (boundary) {
      sentence++
      starts.push(i)
    }
    token.sentence = sentence
  }
  return starts
}
