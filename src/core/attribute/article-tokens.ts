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

const TOKEN = /(?:\p{Lu}\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}\p{M}]+(?:['’‘\-.][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu
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

function wordsBetween(text: string, from: number, to: number, tokens: ArticleToken[]): void {
  TOKEN.lastIndex = from
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    let word = m[0]
    let end = m.index + word.length
    if (end > to) {
      word = word.slice(0, to - m.index)
      end = to
    }
    const first = word[0]
    const isWord = /[\p{L}\p{N}]/u.test(first)
    let lower = word.toLowerCase()
    // Keep the full stop of "Mr." or an initial ("J.") so it is not read as the end of a sentence.
    if (isWord && text[end] === '.' && end < to && (ABBREVIATIONS.has(lower) || (word.length === 1 && isUpperLetter(word)))) {
      word += '.'
      end += 1
      TOKEN.lastIndex = end
    }
    lower = lower.replace(/[’‘]/g, "'")
    tokens.push({ type: isWord ? WORD : PUNCT, text: word, lower, start: m.index, end, quote: -1, paragraph: 0, sentence: 0, capitalised: isWord && isUpperLetter(first) })
  }
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
