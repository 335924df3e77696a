// Paragraphs of an article's text. Articles separate paragraphs by blank lines or by single line
// breaks; some plain-text files are hard-wrapped, so a single line break can also be a soft wrap.

export interface ParagraphSpan {
  start: number
  end: number
  /** text.slice(start, end), without surrounding white space; may hold line breaks if hard-wrapped. */
  text: string
}

const TERMINAL = /[.!?:;"”’'»›)\]]$/
const MARKDOWN_LINE = /^\s*(?:[#>*+•|-]|\d+[.)]\s|—|–)/

/**
 * The paragraphs of `text` in order. A blank line (or a Markdown quote line holding only `>`)
 * always separates paragraphs; a single line break does too, unless the block it is in reads as
 * hard-wrapped prose (lines of similar length that stop mid-sentence), where it is a soft wrap.
 * Linear in the length of the text.
 */
export function paragraphs(text: string): ParagraphSpan[] {
  const out: ParagraphSpan[] = []
  let block: Array<{ start: number; end: number }> = []
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    const { start, end } = trimmed(text, lineStart, lineEnd)
    if (start === end || isQuoteMarkerOnly(text, start, end)) {
      flushBlock(text, block, out)
      block = []
    } else {
      block.push({ start, end })
    }
    lineStart = lineEnd + 1
  }
  flushBlock(text, block, out)
  return out
}

function flushBlock(text: string, lines: Array<{ start: number; end: number }>, out: ParagraphSpan[]): void {
  if (lines.length === 0) return
  if (lines.length > 1 && isHardWrapped(text, lines)) {
    const start = lines[0].start
    const end = lines[lines.length - 1].end
    out.push({ start, end, text: text.slice(start, end) })
    return
  }
  for (const line of lines) out.push({ start: line.start, end: line.end, text: text.slice(line.start, line.end) })
}

function isHardWrapped(text: string, lines: Array<{ start: number; end: number }>): boolean {
  if (lines.length === 2) {
    // Two lines are a headline and a byline as often as one wrapped paragraph.
    const first = text.slice(lines[0].start, lines[0].end)
    return first.length >= 40 && first.length <= 100 && (/^\p{Ll}/u.test(text[lines[1].start]) || /[,-]$/.test(first))
  }
  let longest = 0
  for (let i = 0; i < lines.length - 1; i++) longest = Math.max(longest, lines[i].end - lines[i].start)
  if (longest > 100) return false
  let midSentenceBreaks = 0
  let lowerStarts = 0
  for (let i = 0; i < lines.length - 1; i++) {
    const length = lines[i].end - lines[i].start
    if (length < 40 || length < longest * 0.6) return false
    const line = text.slice(lines[i].start, lines[i].end)
    const next = text.slice(lines[i + 1].start, lines[i + 1].start + 2)
    if (MARKDOWN_LINE.test(next) && !MARKDOWN_LINE.test(line)) return false
    if (/^\p{Ll}/u.test(next)) lowerStarts++
    if (!TERMINAL.test(line) || /^\p{Ll}/u.test(next)) midSentenceBreaks++
  }
  // A headline, standfirst and byline stacked without blank lines also stop mid-sentence;
  // wrapped prose shows itself by a line that continues in lower case.
  return lowerStarts > 0 && midSentenceBreaks * 2 >= lines.length - 1
}

function isQuoteMarkerOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text[i]
    if (c !== '>' && c !== ' ' && c !== '\t') return false
  }
  return true
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return { start, end }
}
