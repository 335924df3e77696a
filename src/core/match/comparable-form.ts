// The one place that decides when two written words count as the same word for matching.
// Until src/core/text/ provides normaliseWord, this is our own minimal version; swapping it
// means changing comparableForm only.
import { americanSpelling } from './spelling-variants'

/** Letters that Unicode decomposition leaves alone but readers treat as plain Latin letters. */
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't',
}
const APOSTROPHES = /['\u2018\u2019\u201B\u02BC\u2032\u0060\u00B4]/g
const MARKS = /\p{M}/gu
const FOLDABLE = /[ßæœøłđðþıħŧ]/g
const PLAIN = /^[a-z0-9]+$/

const cache = new Map<string, string>()
const CACHE_LIMIT = 50_000

/**
 * The form of one word used for comparison: lower case, no diacritics, no apostrophes,
 * American spelling. "Organisés" → "organizes", "Colour" → "color", "don’t" → "dont".
 */
export function comparableForm(word: string): string {
  const known = cache.get(word)
  if (known !== undefined) return known
  let form = word.toLowerCase()
  if (!PLAIN.test(form)) {
    form = form
      .normalize('NFKD')
      .replace(MARKS, '')
      .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
      .replace(APOSTROPHES, '')
  }
  form = americanSpelling(form)
  // The cache is only a speed-up; dropping it wholesale keeps memory bounded on odd input.
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, form)
  return form
}

/** Quote marks and apostrophes made straight, dashes made hyphens: typography, not wording. */
export function plainTypography(text: string): string {
  return text
    .replace(APOSTROPHES, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
}
