// Pairs quotation marks into spans, paragraph by paragraph, in one left-to-right pass.
//
// A mark's role (opening, closing, apostrophe) comes from its neighbours first and its glyph second,
// so mixed, reversed and straight marks all pair. Only the outermost quote of a nest is kept.
// A mark left open at the end of a paragraph never reaches into the next one: it becomes a span to
// the end of its paragraph when the next paragraph opens the same kind of quote (a quote running
// over several paragraphs) or when it opened the paragraph; otherwise it is dropped as stray.
// Every mark is looked at a bounded number of times, so the pass is linear in the text.

import { isLetterOrDigit, isSpaceChar } from '../text/characters'
import type { ParagraphSpan } from '../text/paragraphs'
import { QUOTE_MARK_CLASS, QUOTE_MARKS, type QuoteFamily } from '../text/quote-marks'

export interface RawQuoteSpan {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or -1 when the span runs to the end of its paragraph. */
  close: number
  /** First and one-past-last offset of the quoted words, white space trimmed. */
  start: number
  end: number
  paragraph: number
  /** Index of the previous span of the same multi-paragraph quote, or -1. */
  continues: number
}

const enum Role {
  None,
  Open,
  Close,
  /** Could open or close: closes if a quote of its family is open, else opens. */
  Either,
  /** ’ or ' after a plural noun: closes only if no later mark would close the open quote. */
  Possessive,
}

const FAMILY_INDEX: Record<QuoteFamily, number> = { double: 0, single: 1, guillemet: 2, 'single-guillemet': 3 }
const SINGLE = FAMILY_INDEX.single

const MARK_CODES = new Set([...QUOTE_MARK_CLASS].map((char) => char.charCodeAt(0)))
const OPEN_CONTEXT = new Set(['(', '[', '{', '<', '—', '–', '/', '*', '_', '…', '\u2011', '-'])
const AFTER_CLOSE_ONLY = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}'])
const CLOSE_CONTEXT = new Set([')', ']', '}', '>', '.', ',', ';', ':', '!', '?', '—', '–', '-', '…', '/', '*', '_'])
// An apostrophe in place of left-out letters: ’90s, ’em, ’til, rock ’n’ roll.
const ELISION = /(?:\d\ds?|em|til|tis|twas|cause|n)(?![\p{L}\p{N}])/uy
// Markdown quote markers, list bullets and numbering before a paragraph's words.
const PARAGRAPH_LEAD = /(?:[>\s]|[-*+•]\s|\d{1,3}[.)]\s)*/y

interface OpenMark {
  pos: number
  family: number
  continues: number
}

/** Offset of the first word character of a paragraph, past Markdown quote and list markers. */
export function paragraphContentStart(text: string, paragraph: ParagraphSpan): number {
  PARAGRAPH_LEAD.lastIndex = paragraph.start
  PARAGRAPH_LEAD.exec(text)
  return Math.min(PARAGRAPH_LEAD.lastIndex, paragraph.end)
}

/** All outermost quotation spans of `text`, in text order. */
export function findQuoteSpans(text: string, paragraphs: readonly ParagraphSpan[]): RawQuoteSpan[] {
  const spans: RawQuoteSpan[] = []
  let pending: { family: number; span: number } | null = null

  const allMarks: number[] = []
  for (let i = 0; i < text.length; i++) if (MARK_CODES.has(text.charCodeAt(i))) allMarks.push(i)
  let nextMark = 0

  const stack: OpenMark[] = []
  const openCount = [0, 0, 0, 0]
  const positions: number[] = []
  const roles: Role[] = []
  const families: number[] = []
  const nextSingle: Role[] = []

  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]
    const contentStart = paragraphContentStart(text, paragraph)
    positions.length = 0
    roles.length = 0
    families.length = 0

    while (nextMark < allMarks.length && allMarks[nextMark] < paragraph.start) nextMark++
    for (; nextMark < allMarks.length && allMarks[nextMark] < paragraph.end; nextMark++) {
      const pos = allMarks[nextMark]
      const family = FAMILY_INDEX[QUOTE_MARKS.get(text[pos])!.family]
      positions.push(pos)
      families.push(family)
      roles.push(markRole(text, pos, paragraph, family))
    }

    // For each mark, the role of the next single mark that clearly opens or closes.
    nextSingle.length = positions.length
    let upcoming = Role.None
    for (let k = positions.length - 1; k >= 0; k--) {
      nextSingle[k] = upcoming
      if (families[k] === SINGLE && (roles[k] === Role.Open || roles[k] === Role.Close || roles[k] === Role.Either)) upcoming = roles[k]
    }

    stack.length = 0
    openCount.fill(0)
    const continuing = pending
    pending = null
    // A quote that runs on into the next paragraph has no closing mark here to find.
    const singleRunsOn = paragraphs[p + 1] !== undefined && opensParagraph(text, paragraphs[p + 1], SINGLE)

    for (let k = 0; k < positions.length; k++) {
      const pos = positions[k]
      const family = families[k]
      let role = roles[k]
      if (role === Role.Possessive) {
        const laterCloses = nextSingle[k] === Role.Close || nextSingle[k] === Role.Either
        role = openCount[family] > 0 && !laterCloses && !singleRunsOn ? Role.Close : Role.None
      } else if (role === Role.Either) {
        role = openCount[family] > 0 ? Role.Close : Role.Open
      }
      if (role === Role.Open) {
        if (openCount[family] > 0) popThrough(stack, openCount, family)
        const continues = continuing !== null && pos === contentStart && continuing.family === family ? continuing.span : -1
        stack.push({ pos, family, continues })
        openCount[family]++
      } else if (role === Role.Close && openCount[family] > 0) {
        const opener = popThrough(stack, openCount, family)
        if (stack.length === 0) dropNestedSpans(spans, opener.pos)
        pushSpan(text, spans, opener, pos, opener.pos + 1, pos, p)
      }
    }

    if (stack.length > 0) {
      const outer = stack[0]
      const next = paragraphs[p + 1]
      const runsOn = next !== undefined && opensParagraph(text, next, outer.family)
      if (runsOn || outer.continues >= 0 || outer.pos === contentStart) {
        dropNestedSpans(spans, outer.pos)
        const index = pushSpan(text, spans, outer, -1, outer.pos + 1, paragraph.end, p)
        if (runsOn && index >= 0) pending = { family: outer.family, span: index }
      }
    }
  }
  return spans
}

/** Pops the stack down to and including the innermost opener of `family`, and returns that opener. */
function popThrough(stack: OpenMark[], openCount: number[], family: number): OpenMark {
  for (;;) {
    const top = stack.pop()!
    openCount[top.family]--
    if (top.family === family) return top
  }
}

/** Removes spans nested inside a quote that opened at `openPos` (they are part of its text). */
function dropNestedSpans(spans: RawQuoteSpan[], openPos: number): void {
  while (spans.length > 0 && spans[spans.length - 1].open > openPos) spans.pop()
}

function pushSpan(text: string, spans: RawQuoteSpan[], opener: OpenMark, close: number, from: number, to: number, paragraph: number): number {
  let start = from
  let end = to
  while (start < end && isSpaceChar(text[start])) start++
  while (end > start && isSpaceChar(text[end - 1])) end--
  // Marks around nothing but other marks and spaces quote nobody.
  let wordy = start
  while (wordy < end && !isLetterOrDigit(text[wordy])) wordy++
  if (wordy === end) return -1
  spans.push({ open: opener.pos, close, start, end, paragraph, continues: opener.continues })
  return spans.length - 1
}

function opensParagraph(text: string, paragraph: ParagraphSpan, family: number): boolean {
  const first = paragraphContentStart(text, paragraph)
  const mark = QUOTE_MARKS.get(text[first])
  if (mark === undefined || FAMILY_INDEX[mark.family] !== family) return false
  const role = markRole(text, first, paragraph, family)
  return role === Role.Open || role === Role.Either
}

function markRole(text: string, pos: number, paragraph: ParagraphSpan, family: number): Role {
  const char = text[pos]
  const prev = pos > paragraph.start ? text[pos - 1] : ''
  const next = pos + 1 < paragraph.end ? text[pos + 1] : ''
  const prevSpace = isSpaceChar(prev)
  const nextSpace = isSpaceChar(next)

  if (family === SINGLE) {
    // Inside a word: don’t, O’Brien, and a ‘ typed for an apostrophe (Trump‘s).
    if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return Role.None
    if (!isLetterOrDigit(prev)) {
      ELISION.lastIndex = pos + 1
      if (ELISION.test(text)) return Role.None
    }
    // The second mark of "rock ’n’ roll", "pick ’n’ mix".
    if ((prev === 'n' || prev === 'N') && QUOTE_MARKS.get(text[pos - 2] ?? '')?.family === 'single' && isSpaceChar(text[pos - 3] ?? '')) return Role.None
  }

  // A mark followed by a comma or full stop closes (« Nous restons », a-t-il dit).
  const canOpen = !nextSpace && !AFTER_CLOSE_ONLY.has(next) && (prevSpace || OPEN_CONTEXT.has(prev) || QUOTE_MARKS.has(prev))
  const canClose = !prevSpace && (nextSpace || CLOSE_CONTEXT.has(next) || QUOTE_MARKS.has(next))
  if (canOpen && !canClose) return Role.Open
  if (canClose && !canOpen) {
    if (family === SINGLE && nextSpace && (prev === 's' || prev === 'S') && isLetterOrDigit(text[pos - 2] ?? '')) return Role.Possessive
    return Role.Close
  }
  const direction = QUOTE_MARKS.get(char)!.direction
  if (!canOpen && !canClose && isLetterOrDigit(prev) && isLetterOrDigit(next)) {
    // Between two letters only a curly double mark can be a quote ("called“Zeitenwende”").
    return direction === 'open' && family !== SINGLE ? Role.Open : Role.None
  }
  if (direction === 'open') return Role.Open
  if (direction === 'close') return Role.Close
  return Role.Either
}
