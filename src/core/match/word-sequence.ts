// A text turned into the words the matcher compares, once per text: each word's comparable
// form and loose form as small integers, its offsets in the original text, and its weight.
// Passages are tokenised once and reused across quotes (see the cache below).
import { comparableForm } from './comparable-form'
import { isFunctionWord, isMeaningWord } from './function-words'
import { looseForm } from './loose-form'
import { plainDigits, readNumber } from './number-words'

export interface WordSequence {
  readonly text: string
  readonly length: number
  /** Interned id of each word's comparable form. */
  readonly form: Int32Array
  /** Interned id of each word's loose form (stem or synonym group). */
  readonly loose: Int32Array
  /** UTF-16 offsets of each word in text; a folded number ("forty two") spans its words. */
  readonly start: Uint32Array
  readonly end: Uint32Array
  /** 1 for a word that carries meaning, 0 for a function word. */
  readonly content: Uint8Array
  /** What stands between word i-1 and word i: 0 nothing notable, 1 a sentence break, 2 an ellipsis. */
  readonly breakBefore: Uint8Array
}

export const BREAK_NONE = 0
export const BREAK_SENTENCE = 1
export const BREAK_ELLIPSIS = 2

const WORD = /\p{L}(?:\.\p{L})+\.?|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['\u2019\u02BC][\p{L}\p{M}]+)*|[%&]/gu
const APOSTROPHE = /[\u2019\u02BC]/g

const NEGATED_BASES: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'is' }
const IS_AFTER = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how'])
const CONTRACTION_ENDINGS: Record<string, string> = { "'ll": 'will', "'re": 'are', "'ve": 'have', "'m": 'am', "'d": 'would' }

/**
 * A contraction is spelled out so that its words align ("won't" with "will not"), but its first
 * word is marked, so that "won't" and "will not" are related words rather than equal ones:
 * a contraction changes the wording, not only the spelling.
 */
const CONTRACTED = "'"

function contracted(form: string): string {
  return form + CONTRACTED
}

function uncontracted(form: string): string {
  return form.endsWith(CONTRACTED) ? form.slice(0, -1) : form
}

/** The comparable words of one written word: "won't" → will', not; "Russia's" → russias. */
function wordsOf(surface: string, into: string[]): void {
  if (surface === '%') {
    into.push('percent')
    return
  }
  if (surface === '&') {
    into.push('and')
    return
  }
  const lower = surface.toLowerCase()
  if (/^\p{N}/u.test(lower)) {
    into.push(plainDigits(lower))
    return
  }
  if (lower.includes('.')) {
    into.push(comparableForm(lower.replace(/\./g, '')))
    return
  }
  if (lower === 'cannot') {
    into.push('can', 'not')
    return
  }
  const plain = lower.replace(APOSTROPHE, "'")
  if (plain.includes("'")) {
    if (plain.endsWith("n't") && plain.length > 3) {
      const base = plain.slice(0, -3)
      into.push(contracted(comparableForm(NEGATED_BASES[base] ?? base)), 'not')
      return
    }
    for (const ending in CONTRACTION_ENDINGS) {
      if (plain.endsWith(ending) && plain.length > ending.length) {
        into.push(contracted(comparableForm(plain.slice(0, -ending.length))), CONTRACTION_ENDINGS[ending])
        return
      }
    }
    if (plain.endsWith("'s")) {
      const base = plain.slice(0, -2)
      if (IS_AFTER.has(base)) {
        into.push(contracted(base), 'is')
        return
      }
      if (base === 'let') {
        into.push(contracted('let'), 'us')
        return
      }
    }
  }
  into.push(comparableForm(lower))
}

function breakBetween(text: string, from: number, to: number): number {
  let kind = BREAK_NONE
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    // …, or "..." (three full stops), marks words left out
    if (c === 0x2026 || (c === 0x2e && text.charCodeAt(i + 1) === 0x2e && text.charCodeAt(i + 2) === 0x2e)) return BREAK_ELLIPSIS
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a) kind = BREAK_SENTENCE
  }
  return kind
}

const ids = new Map<string, number>()
const names: string[] = []

function intern(form: string): number {
  let id = ids.get(form)
  if (id === undefined) {
    id = names.length
    names.push(form)
    ids.set(form, id)
  }
  return id
}

/** The comparable form behind an interned id. */
export function formName(id: number): string {
  return names[id] ?? ''
}

/** Split and normalise a text without the cache. */
export function tokeniseWords(text: string): WordSequence {
  const forms: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  const breaks: number[] = []
  const parts: string[] = []
  let previousEnd = 0
  for (const m of text.matchAll(WORD)) {
    const start = m.index
    const end = start + m[0].length
    parts.length = 0
    wordsOf(m[0], parts)
    const mark = breakBetween(text, previousEnd, start)
    for (let p = 0; p < parts.length; p++) {
      forms.push(parts[p])
      starts.push(start)
      ends.push(end)
      breaks.push(p === 0 ? mark : BREAK_NONE)
    }
    previousEnd = end
  }
  mergeNumbersAndPercent(forms, starts, ends, breaks)

  const n = forms.length
  const sequence = {
    text,
    length: n,
    form: new Int32Array(n),
    loose: new Int32Array(n),
    start: Uint32Array.from(starts),
    end: Uint32Array.from(ends),
    content: new Uint8Array(n),
    breakBefore: Uint8Array.from(breaks),
  }
  for (let i = 0; i < n; i++) {
    const form = forms[i]
    const word = uncontracted(form)
    sequence.form[i] = intern(form)
    sequence.loose[i] = /\d/.test(form) ? sequence.form[i] : intern(looseForm(word))
    sequence.content[i] = !isFunctionWord(word) || isMeaningWord(word) ? 1 : 0
  }
  return sequence
}

/** Fold "forty two" into "42" and "per cent" into "percent", in place. */
function mergeNumbersAndPercent(forms: string[], starts: number[], ends: number[], breaks: number[]): void {
  let out = 0
  for (let i = 0; i < forms.length; ) {
    let words = 1
    let form = forms[i]
    const number = readNumber(forms, i)
    if (number) {
      words = number.words
      form = number.digits
    } else if (form === 'per' && forms[i + 1] === 'cent') {
      words = 2
      form = 'percent'
    } else if (form === 'pct') {
      form = 'percent'
    }
    forms[out] = form
    starts[out] = starts[i]
    ends[out] = ends[i + words - 1]
    breaks[out] = breaks[i]
    out++
    i += words
  }
  forms.length = out
  starts.length = out
  ends.length = out
  breaks.length = out
}

// Texts are compared many times (every quote of a draft against the same passages), so their
// word sequences are kept, up to a total number of words.
const cache = new Map<string, WordSequence>()
const CACHE_WORDS = 500_000
let cachedWords = 0

/** The word sequence of a text, computed once and then reused. */
export function wordSequence(text: string): WordSequence {
  const known = cache.get(text)
  if (known) return known
  const sequence = tokeniseWords(text)
  if (sequence.length <= CACHE_WORDS) {
    for (const [key, old] of cache) {
      if (cachedWords + sequence.length <= CACHE_WORDS) break
      cache.delete(key)
      cachedWords -= old.length
    }
    cache.set(text, sequence)
    cachedWords += sequence.length
  }
  return sequence
}
