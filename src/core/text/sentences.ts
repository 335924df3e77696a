// Sentences of a text with offsets, from Intl.Segmenter (ICU rules: fast, handles closing quotes
// after a full stop and line breaks), then rejoined where ICU broke after a title or initial
// ("Mr. Smith", "Dr. Jane Doe", "J. R. Smith", "Jan. 5") which it does not know as abbreviations.

export interface SentenceSpan {
  start: number
  end: number
  /** text.slice(start, end): the sentence without surrounding white space. */
  text: string
}

// Abbreviations after which a capitalised word continues the same sentence.
const TITLE_ABBREVIATION = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Rev|Hon|Fr|St|Supt|Insp|Det|Cpl|Pte|Amb|Pres|Sec|Atty|Messrs|Mmes|Gens|Sens|Reps|vs|v|Ft|Mt)\.$/
const INITIAL = /(?:^|[\s(])\p{Lu}\.$/u
// Abbreviations after which a number continues the sentence ("Jan. 5", "No. 10").
const NUMBER_ABBREVIATION = /(?:^|\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Art|Sec|Fig|p|pp|para)\.$/
const ACRONYM = /(?:^|\s)(?:\p{Lu}\.){2,}$/u
// After an acronym ("U.S."), a following title or institution word is part of the same sentence.
const AFTER_ACRONYM = /^(?:President|Secretary|Senator|Ambassador|Army|Navy|Air|Embassy|Department|Treasury|Congress|Attorney|Supreme|Court|officials?|forces|troops|government|administration|envoy|Representative|State|House|Senate|[a-z])/

let segmenter: Intl.Segmenter | null = null

/**
 * The sentences of `text`, in order, each trimmed of surrounding white space, with offsets into `text`.
 * A line break always ends a sentence (a headline has no full stop). Text with no letters or digits
 * yields no sentence.
 */
export function sentences(text: string): SentenceSpan[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' })
  const out: SentenceSpan[] = []
  let pendingStart = -1
  let pendingEnd = -1
  for (const segment of segmenter.segment(text)) {
    const raw = segment.segment
    let start = segment.index
    let end = start + raw.length
    while (start < end && isSpace(text.charCodeAt(start))) start++
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    if (start === end) continue
    if (pendingStart >= 0) {
      const between = text.slice(pendingEnd, start)
      if (!between.includes('\n') && continuesSentence(text.slice(Math.max(pendingStart, pendingEnd - 40), pendingEnd), text.slice(start, start + 40))) {
        pendingEnd = end
        continue
      }
      pushSentence(text, pendingStart, pendingEnd, out)
    }
    pendingStart = start
    pendingEnd = end
  }
  if (pendingStart >= 0) pushSentence(text, pendingStart, pendingEnd, out)
  return out
}

function pushSentence(text: string, start: number, end: number, out: SentenceSpan[]): void {
  const slice = text.slice(start, end)
  if (/[\p{L}\p{N}]/u.test(slice)) out.push({ start, end, text: slice })
}

function continuesSentence(tail: string, next: string): boolean {
  if (TITLE_ABBREVIATION.test(tail) && /^\p{Lu}/u.test(next)) return true
  if (INITIAL.test(tail) && /^\p{Lu}/u.test(next)) return true
  if (NUMBER_ABBREVIATION.test(tail) && /^\d/.test(next)) return true
  if (ACRONYM.test(tail) && AFTER_ACRONYM.test(next)) return true
  return false
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x200b || code === 0x3000 || code === 12 || code === 11
}
