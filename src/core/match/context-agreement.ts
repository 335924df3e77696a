// Whether the sentences around a quote and around a source passage are about the same thing.
// Short common phrases ("a step in the right direction") are said about many events; only the
// surrounding words tell them apart.
import { wordSequence, type WordSequence } from './word-sequence'

/** Content words both contexts must share (beyond the quoted words themselves) to agree. */
const AGREE_SHARED = 3
const AGREE_SHARE = 0.25
/** With at least this many content words on each side and none shared, they disagree. */
const DISAGREE_MIN_WORDS = 6

/** The content words of a context, leaving out the passage itself and the given word ids. */
function contentSet(context: string, own: string, exclude: Set<number>): Set<number> {
  const sequence: WordSequence = wordSequence(context)
  // The passage's own words cannot vouch for its context: they are cut out where they stand,
  // so the same words said elsewhere in the paragraph or headline still count.
  const at = own.length > 0 ? context.indexOf(own) : -1
  const from = at < 0 ? 0 : at
  const to = at < 0 ? 0 : at + own.length
  const set = new Set<number>()
  for (let i = 0; i < sequence.length; i++) {
    if (!sequence.content[i] || exclude.has(sequence.loose[i])) continue
    if (sequence.start[i] >= from && sequence.end[i] <= to) continue
    set.add(sequence.loose[i])
  }
  return set
}

/**
 * true when the two contexts share enough content words, false when both say enough to tell
 * and share none, null when there is too little to judge. The quote and the passage are cut out
 * of their own contexts (where a context does not hold its passage, the passage's words are left
 * out instead), and the speakers' names are left out: the speaker is judged on its own.
 */
export function contextsAgree(
  quoteContext: string | undefined,
  sourceContext: string | undefined,
  quoteText: string,
  sourceText: string,
  names: (string | null)[] = [],
): boolean | null {
  if (!quoteContext || !sourceContext) return null
  const exclude = new Set<number>()
  for (const name of names) if (name) for (const id of wordSequence(name).loose) exclude.add(id)
  const quoteExclude = quoteContext.includes(quoteText) ? exclude : withWordsOf(exclude, quoteText, sourceText)
  const sourceExclude = sourceContext.includes(sourceText) ? exclude : withWordsOf(exclude, quoteText, sourceText)
  const a = contentSet(quoteContext, quoteText, quoteExclude)
  const b = contentSet(sourceContext, sourceText, sourceExclude)
  const smaller = Math.min(a.size, b.size)
  if (smaller === 0) return null
  let shared = 0
  for (const id of a) if (b.has(id)) shared++
  if (shared >= AGREE_SHARED || (shared >= 2 && shared / smaller >= AGREE_SHARE)) return true
  if (smaller >= DISAGREE_MIN_WORDS && shared === 0) return false
  return null
}

function withWordsOf(exclude: Set<number>, ...texts: string[]): Set<number> {
  const wider = new Set(exclude)
  for (const text of texts) for (const id of wordSequence(text).loose) wider.add(id)
  return wider
}
