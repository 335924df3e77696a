// One comparison key per word, so two outlets' renderings of the same words compare equal:
// case, curly and straight marks, dashes, diacritics, British/American spelling and number words.

import { numberWordValue } from './number-words'
import { americanSpelling } from './spelling-variants'

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u02BB\u0060\u00B4\u2032]/g
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g
const COMBINING_MARKS = /\p{M}+/gu
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu
const THOUSANDS_SEPARATOR = /^\d{1,3}(,\d{3})+(\.\d+)?$/

// Letters that Unicode decomposition leaves alone but writers replace by plain letters.
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h',
}
const FOLDABLE = /[ßæœøđðþłıħ]/g

const cache = new Map<string, string>()
const CACHE_LIMIT = 50_000

/**
 * The comparison key of one word: lower case, no diacritics, straight apostrophe, ASCII hyphen,
 * American spelling, number words and grouped digits as plain digits ("Harbour’s" → "harbor's",
 * "Zelenskyy" → "zelenskyy", "five" → "5", "5,000" → "5000", "per" stays "per").
 * Leading and trailing punctuation is dropped; an all-punctuation word becomes "".
 */
export function normaliseWord(word: string): string {
  const cached = cache.get(word)
  if (cached !== undefined) return cached
  const key = computeKey(word)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, key)
  return key
}

function computeKey(word: string): string {
  if (word === '%') return 'percent'
  let key = word.toLowerCase()
  if (/[^\x00-\x7F]/.test(key)) {
    key = key
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
      .replace(APOSTROPHES, "'")
      .replace(DASHES, '-')
      .normalize('NFC')
  } else if (key.includes('`')) {
    key = key.replace(APOSTROPHES, "'")
  }
  key = key.replace(EDGE_PUNCTUATION, '')
  if (key === '') return key
  if (THOUSANDS_SEPARATOR.test(key)) return key.replace(/,/g, '')
  const value = numberWordValue(key)
  if (value !== null) return String(value)
  if (key.includes('-')) {
    const compound = compoundNumber(key)
    if (compound !== null) return compound
  }
  return americanSpelling(key)
}

/** "twenty-five" → "25"; anything else → null. */
function compoundNumber(key: string): string | null {
  const parts = key.split('-')
  if (parts.length !== 2) return null
  const tens = numberWordValue(parts[0])
  const unit = numberWordValue(parts[1])
  if (tens === null || unit === null || tens < 20 || tens > 90 || tens % 10 !== 0 || unit < 1 || unit > 9) return null
  return String(tens + unit)
}
