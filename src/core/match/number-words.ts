// Numbers written in words become digits, so "forty" = "40" and "three million" = "3 million".
// Works on comparable forms (lower case). "million", "billion" stay words on both sides.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
}
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}

type Part = 'unit' | 'teen' | 'ten' | 'hundred' | 'thousand'

function partOf(form: string): Part | null {
  if (form in UNITS) return 'unit'
  if (form in TEENS) return 'teen'
  if (form in TENS) return 'ten'
  if (form === 'hundred') return 'hundred'
  if (form === 'thousand') return 'thousand'
  return null
}

const PLAIN_INTEGER = /^\d{1,3}$/

/** "3,000" → "3000"; "2,5" → "2.5"; other digit strings unchanged. */
export function plainDigits(form: string): string {
  if (/^\d{1,3}(,\d{3})+$/.test(form)) return form.replace(/,/g, '')
  return form.replace(/,/g, '.')
}

/**
 * Length of the number phrase starting at forms[at] and its value in digits, or null when
 * forms[at] does not start one. "forty two" → 2 words, "42"; "three hundred and ten" → 4, "310".
 */
export function readNumber(forms: readonly string[], at: number): { words: number; digits: string } | null {
  let total = 0
  let current = 0
  let last: Part | null = null
  let k = at
  let end = at
  while (k < forms.length) {
    const form = forms[k]
    const part = partOf(form)
    if (part === null) {
      if (last === null && PLAIN_INTEGER.test(form) && (forms[k + 1] === 'hundred' || forms[k + 1] === 'thousand')) {
        current = Number(form)
        last = 'unit'
        end = ++k
        continue
      }
      // "three hundred and ten": "and" joins only when a number follows
      if (form === 'and' && (last === 'hundred' || last === 'thousand') && k + 1 < forms.length) {
        const next = partOf(forms[k + 1])
        if (next === 'unit' || next === 'teen' || next === 'ten') {
          k++
          continue
        }
      }
      break
    }
    if (part === 'unit' || part === 'teen') {
      const afterTen = last === 'ten' && part === 'unit' && current % 10 === 0
      if (!(last === null || last === 'hundred' || last === 'thousand' || afterTen)) break
      current += part === 'unit' ? UNITS[form] : TEENS[form]
    } else if (part === 'ten') {
      if (!(last === null || last === 'hundred' || last === 'thousand')) break
      current += TENS[form]
    } else if (part === 'hundred') {
      if (last === null || last === 'hundred' || last === 'thousand' || current <= 0 || current >= 100) break
      current *= 100
    } else {
      if (last === null || last === 'thousand' || total > 0 || current <= 0) break
      total = current * 1000
      current = 0
    }
    last = part
    end = ++k
  }
  if (end === at || last === null) return null
  return { words: end - at, digits: String(total + current) }
}
