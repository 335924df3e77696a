// Words of a text with their offsets and comparison keys: the unit that matching aligns on.

import { normaliseWord } from './normalise-word'
import { numberSequenceValue, numberWordKind } from './number-words'

export interface WordToken {
  /** The word as written: text.slice(start, end). */
  text: string
  /** Its comparison key (see normaliseWord); a spelled-out number merged into one token has its value. */
  norm: string
  start: number
  end: number
}

// Acronyms with dots (U.S.), numbers with separators and unit suffixes (5,000 / 3.5 / 1990s / 3rd),
// words with inner apostrophes (don’t, O’Brien), and the percent sign. Hyphens split words.
const WORD = /(?:\p{Lu}\.){2,}|\d+(?:[.,]\d+)*\p{L}*|[\p{L}\p{M}\p{N}]+(?:['’‘ʼ][\p{L}\p{M}\p{N}]+)*|%/gu
const NUMBER_GAP = /^[\s\-‐‑‒–]*$/
const PLAIN_NUMBER = /^\d+(\.\d+)?$/
const MAX_NUMBER_WORDS = 12

/**
 * The words of `text` in order, with offsets (UTF-16 units) and comparison keys.
 * Spelled-out numbers become one token ("twenty-five thousand" → norm "25000"), and so does
 * "per cent" (norm "percent", like "%"). Linear in the length of the text.
 */
export function wordTokens(text: string): WordToken[] {
  const raw: WordToken[] = []
  WORD.lastIndex = 0
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = match[0]
    const norm = word.length > 2 && word.endsWith('.') && /^(?:\p{Lu}\.)+$/u.test(word) ? word.replace(/\./g, '').toLowerCase() : normaliseWord(word)
    if (norm !== '') raw.push({ text: word, norm, start: match.index, end: match.index + word.length })
  }
  return mergeMultiWordUnits(text, raw)
}

function isNumberPart(token: WordToken): boolean {
  return PLAIN_NUMBER.test(token.norm) || numberWordKind(token.text.toLowerCase()) !== null
}

function numberPart(token: WordToken): string {
  const lower = token.text.toLowerCase()
  return numberWordKind(lower) !== null ? lower : token.norm
}

function mergeMultiWordUnits(text: string, raw: WordToken[]): WordToken[] {
  const out: WordToken[] = []
  let i = 0
  while (i < raw.length) {
    const token = raw[i]
    if (token.norm === 'per' && i + 1 < raw.length && raw[i + 1].norm === 'cent' && /^\s+$/.test(text.slice(token.end, raw[i + 1].start))) {
      out.push({ text: text.slice(token.start, raw[i + 1].end), norm: 'percent', start: token.start, end: raw[i + 1].end })
      i += 2
      continue
    }
    if (isNumberPart(token)) {
      const merged = longestNumber(text, raw, i)
      if (merged !== null) {
        out.push(merged.token)
        i = merged.next
        continue
      }
    }
    out.push(token)
    i += 1
  }
  return out
}

/** The longest run of tokens from `first` that reads as one number, if it has more than one word. */
function longestNumber(text: string, raw: WordToken[], first: number): { token: WordToken; next: number } | null {
  const parts = [numberPart(raw[first])]
  let best: { value: number; last: number } | null = null
  let j = first + 1
  while (j < raw.length && parts.length < MAX_NUMBER_WORDS) {
    const gap = text.slice(raw[j - 1].end, raw[j].start)
    let candidate = raw[j]
    let skip = 0
    // "one hundred and twenty": "and" joins only after hundred/thousand/...
    if (candidate.norm === 'and' && numberWordKind(parts[parts.length - 1]) === 'scale' && j + 1 < raw.length && isNumberPart(raw[j + 1]) && !PLAIN_NUMBER.test(raw[j + 1].text)) {
      if (!/^\s+$/.test(gap) || !/^\s+$/.test(text.slice(candidate.end, raw[j + 1].start))) break
      candidate = raw[j + 1]
      skip = 1
    } else if (!NUMBER_GAP.test(gap) || gap.length > 3) {
      break
    }
    if (!isNumberPart(candidate)) break
    parts.push(numberPart(candidate))
    const value = numberSequenceValue(parts)
    if (value === null) break
    best = { value, last: j + skip }
    j += 1 + skip
  }
  if (best === null) return null
  const start = raw[first].start
  const end = raw[best.last].end
  const value = Number.isInteger(best.value) ? best.value : Number(best.value.toPrecision(12))
  return { token: { text: text.slice(start, end), norm: String(value), start, end }, next: best.last + 1 }
}
