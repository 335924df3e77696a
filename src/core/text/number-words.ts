// English number words, so "twenty-five thousand" and "25,000" can be compared as the same value.

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
}

const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}

const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
}

export type NumberWordKind = 'small' | 'tens' | 'scale'

/** What part a lower-case word plays in a spelled-out number, or null if it is not a number word. */
const KINDS: ReadonlyMap<string, NumberWordKind> = new Map<string, NumberWordKind>([
  ...Object.keys(SMALL).map((word) => [word, 'small'] as const),
  ...Object.keys(TENS).map((word) => [word, 'tens'] as const),
  ...Object.keys(SCALES).map((word) => [word, 'scale'] as const),
])

export function numberWordKind(word: string): NumberWordKind | null {
  return KINDS.get(word) ?? null
}

/** The value of a single lower-case number word ("seven" → 7, "forty" → 40), or null. */
export function numberWordValue(word: string): number | null {
  return SMALL[word] ?? TENS[word] ?? SCALES[word] ?? null
}

/**
 * The value of a sequence of number words and digit strings as written in running text
 * (["twenty", "five", "thousand"] → 25000, ["2.5", "million"] → 2500000), or null when the
 * sequence does not read as one number (["five", "six"]).
 */
export function numberSequenceValue(parts: readonly string[]): number | null {
  let total = 0
  let current = 0
  let last: 'none' | 'small' | 'tens' | 'scale' | 'digits' = 'none'
  let lastScale = Infinity
  for (const part of parts) {
    if (/^\d+(\.\d+)?$/.test(part)) {
      if (last !== 'none') return null
      current = Number(part)
      last = 'digits'
      continue
    }
    const small = SMALL[part]
    const tens = TENS[part]
    const scale = SCALES[part]
    if (small !== undefined) {
      if (last === 'small' || last === 'digits' || (last === 'tens' && small >= 10)) return null
      current += small
      last = 'small'
    } else if (tens !== undefined) {
      if (last === 'small' || last === 'tens' || last === 'digits') return null
      current += tens
      last = 'tens'
    } else if (scale !== undefined) {
      if (last === 'none' || last === 'scale' || current === 0) return null
      if (scale === 100) {
        if (current >= 100) return null
        current *= 100
      } else {
        if (scale >= lastScale) return null
        total += current * scale
        current = 0
        lastScale = scale
      }
      last = 'scale'
    } else {
      return null
    }
  }
  return last === 'none' ? null : total + current
}
