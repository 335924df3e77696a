// Character classes used when scanning text one character at a time. Written as code-unit tests
// for ASCII, falling back to Unicode regular expressions, because the scanners call them per mark.

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u
const UPPER = /\p{Lu}/u

/** White space, including no-break and thin spaces; the empty string (a text edge) counts as space. */
export function isSpaceChar(char: string): boolean {
  if (char === '') return true
  const code = char.charCodeAt(0)
  if (code === 32 || (code >= 9 && code <= 13)) return true
  return code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x200a || code === 0x2007 || code === 0x3000 || code === 0x200b || code === 0x2028 || code === 0x2029
}

export function isLetterOrDigit(char: string): boolean {
  if (char === '') return false
  const code = char.charCodeAt(0)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return LETTER_OR_DIGIT.test(char)
}

export function isUpperLetter(char: string): boolean {
  if (char === '') return false
  const code = char.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return UPPER.test(char)
}
