// Whether the sentences around a quote and around a source passage are about the same thing.
// Short common phrases ("a step in the right direction") are said about many events; only the
// surrounding words tell them apart.
import { wordSequence, type WordSequence } from './word-sequence'

/** Content words both contexts must share (beyond the quote's own words) to agree. */
const AGREE_SHARED = 3
const AGREE_SHARE = 0.25
/** With at least this many content words on each side and none shared, they disagree. */
const DISAGREE_MIN_WORDS = 6

function contentSet(sequence: WordSequence, exclude: Set<number>): Set<number> {
  const set = new Set<number>()
  for (let i = 0; i < sequence.length; i++) {
    if (sequence.content[i] && !exclude.has(sequence.loose[i])) set.add(sequence.loose[i])
  }
  return set
}

/**
 * true when the two contexts share enough content words, false when both say enough to tell
 * and share none, null when there is too little to judge. The words of the quoted texts and the
 * speakers' names are left out: the quote cannot vouch for its own context, and the speaker is
 * judged on its own.
 */
export function contextsAgree(
  quoteContext: string | undefined,
  sourceContext: string | undefined,
  quotedTexts: WordSequence[],
  names: (string | null)[] = [],
): boolean | null {
  if (!quoteContext || !sourceContext) return null
  const exclude = new Set<number>()
  for (const sequence of quotedTexts) for (const id of sequence.loose) exclude.add(id)
  for (const name of names) if (name) for (const id of wordSequence(name).loose) exclude.add(id)
  const a = contentSet(wordSequence(quoteContext), exclude)
  const b = contentSet(wordSequence(sourceContext), exclude)
  const smaller = Math.min(a.size, b.size)
  if (smaller === 0) return null
  let shared = 0
  for (const id of a) if (b.has(id)) shared++
  if (shared >= AGREE_SHARED || (shared >= 2 && shared / smaller >= AGREE_SHARE)) return true
  if (smaller >= DISAGREE_MIN_WORDS && shared === 0) return false
  return null
}
