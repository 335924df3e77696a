// Word-level local alignment (Smith–Waterman) of a quote against a passage, so that a quote is
// found inside a longer passage and a short source quote inside a longer draft quote.
// Cost is bounded: beyond CELL_BUDGET cells only a diagonal band around the densest run of shared
// words is searched, so a 200 KB text against another stays well under a second.
import { BREAK_NONE, wordSequence, type WordSequence } from './word-sequence'

export type PairKind = 'equal' | 'related' | 'changed' | 'quoteOnly' | 'sourceOnly'

/** One step of the alignment; a word index is -1 on the side that has no word. */
export interface AlignedPair {
  kind: PairKind
  quoteWord: number
  passageWord: number
}

export interface WordRange {
  from: number
  to: number
}

export interface TextSpan {
  start: number
  end: number
}

export interface Alignment {
  quote: WordSequence
  passage: WordSequence
  /** Words [from, to) of the quote and of the passage that take part in the alignment. */
  quoteWords: WordRange
  passageWords: WordRange
  /** UTF-16 offsets of those words in the quote's text and in the passage's text. */
  quoteSpan: TextSpan
  passageSpan: TextSpan
  /** Every word of the quote and every word of the passage span, in reading order. */
  pairs: AlignedPair[]
  /** Words equal after normalisation. */
  matched: number
  /** Words with the same stem or a listed synonym. */
  related: number
  /** matched / words in the quote. */
  quoteCoverage: number
  /** matched / words in the passage span. */
  spanCoverage: number
  /** The raw alignment score (higher is better); comparable only for the same quote. */
  score: number
  /** True when the texts were too large for a full alignment and only a band was searched. */
  banded: boolean
}

// Scores in small integers: content words count more than function words, and a changed word
// costs less than dropping one word and adding another, so substitutions show as substitutions.
export interface AlignmentScoring {
  equalContent: number
  equalFunction: number
  relatedContent: number
  relatedFunction: number
  changed: number
  gapContent: number
  gapFunction: number
}

/** For quotes and sources that keep the words: the span found is the span that holds them. */
export const STRICT_SCORING: AlignmentScoring = {
  equalContent: 5, equalFunction: 2, relatedContent: 3, relatedFunction: 1, changed: -2, gapContent: 2, gapFunction: 1,
}

/**
 * For a statement in other words (a translation, a paraphrase): the content words in the same
 * order count, whatever stands between them, so "the forecast from upstream, which announced the
 * peak for Thursday" still lines up with "the upstream forecast, which said the peak would come
 * on the Thursday". Whether that is enough is for classifyRelation to say.
 */
export const LOOSE_SCORING: AlignmentScoring = {
  equalContent: 5, equalFunction: 1, relatedContent: 4, relatedFunction: 1, changed: -1, gapContent: 1, gapFunction: 0,
}

const STOP = 0
const DIAGONAL = 1
const UP = 2 // a quote word with no passage word
const LEFT = 3 // a passage word with no quote word

/** Cells above which alignment switches from the full matrix to a band. */
export const CELL_BUDGET = 2_500_000
/** How many words either side of the aligned span may be paired as changed words. */
const END_REACH = 2
/** Passage words repeated more often than this are not used to choose the band. */
const SEED_REPEAT_LIMIT = 64

// Working memory reused across calls: alignment is called thousands of times per draft.
let rowA = new Int32Array(1024)
let rowB = new Int32Array(1024)
let directions = new Uint8Array(1 << 16)

function ensureCapacity(columns: number, cells: number): void {
  if (rowA.length < columns + 2) {
    rowA = new Int32Array(columns + 2)
    rowB = new Int32Array(columns + 2)
  }
  if (directions.length < cells) directions = new Uint8Array(cells)
}

/**
 * Align a quote with a passage. Returns null when no word of the quote can be aligned.
 * Accepts text or a WordSequence (from wordSequence) so callers can tokenise a passage once.
 */
export function alignQuote(quote: string | WordSequence, passage: string | WordSequence, scoring: AlignmentScoring = STRICT_SCORING): Alignment | null {
  const q = typeof quote === 'string' ? wordSequence(quote) : quote
  const p = typeof passage === 'string' ? wordSequence(passage) : passage
  const n = q.length
  const m = p.length
  if (n === 0 || m === 0) return null

  // Band: diagonals j - i in [low, high]; the full matrix is the band that covers everything.
  let low = -(n - 1)
  let high = m - 1
  let banded = false
  if (n * m > CELL_BUDGET) {
    const centre = densestDiagonal(q, p)
    if (centre === null) return null
    const half = Math.max(8, Math.floor(CELL_BUDGET / (2 * n)))
    low = centre - half
    high = centre + half
    banded = true
  }
  const firstRow = Math.max(0, -high)
  const lastRow = Math.min(n - 1, m - 1 - low)
  if (firstRow > lastRow) return null

  const rowFrom = new Int32Array(n)
  const rowTo = new Int32Array(n)
  const rowOffset = new Int32Array(n + 1)
  let cells = 0
  for (let i = firstRow; i <= lastRow; i++) {
    rowFrom[i] = Math.max(0, i + low)
    rowTo[i] = Math.min(m - 1, i + high)
    rowOffset[i] = cells
    cells += rowTo[i] - rowFrom[i] + 1
  }
  ensureCapacity(m, cells)

  const best = fillMatrix(q, p, scoring, firstRow, lastRow, rowFrom, rowTo, rowOffset)
  const bestRow = best.row
  const bestColumn = best.column
  if (bestRow < 0) return null


  // Trace back from the best cell to where the alignment starts.
  const reversed: AlignedPair[] = []
  let i = bestRow
  let j = bestColumn
  while (i >= firstRow && i <= lastRow && j >= rowFrom[i] && j <= rowTo[i]) {
    const d = directions[rowOffset[i] + j - rowFrom[i]]
    if (d === STOP) break
    if (d === DIAGONAL) {
      reversed.push({ kind: pairKind(q, p, i, j), quoteWord: i, passageWord: j })
      i--
      j--
    } else if (d === UP) {
      reversed.push({ kind: 'quoteOnly', quoteWord: i, passageWord: -1 })
      i--
    } else {
      reversed.push({ kind: 'sourceOnly', quoteWord: -1, passageWord: j })
      j--
    }
  }
  const core = reversed.reverse()
  return describe(q, p, core, best.score, banded)
}

let passageGaps = new Int32Array(1024)

/**
 * Fill the score matrix row by row (two rows kept) and the direction matrix (all cells in the
 * band), returning the best cell. Kept apart and small so the engine optimises the hot loop.
 */
function fillMatrix(
  q: WordSequence,
  p: WordSequence,
  scoring: AlignmentScoring,
  firstRow: number,
  lastRow: number,
  rowFrom: Int32Array,
  rowTo: Int32Array,
  rowOffset: Int32Array,
): { score: number; row: number; column: number } {
  const m = p.length
  if (passageGaps.length < m) passageGaps = new Int32Array(Math.max(m, passageGaps.length * 2))
  const gaps = passageGaps
  const { changed } = scoring
  for (let j = 0; j < m; j++) gaps[j] = p.content[j] ? scoring.gapContent : scoring.gapFunction
  const pForm = p.form
  const pLoose = p.loose
  const dir = directions
  let prev = rowA
  let cur = rowB
  prev.fill(0, 0, m + 2)
  cur.fill(0, 0, m + 2)

  let best = 0
  let bestRow = -1
  let bestColumn = -1
  // H[j + 1] holds column j; H[lo] (column lo - 1) and H[hi + 2] are kept at zero for the next row.
  for (let i = firstRow; i <= lastRow; i++) {
    const lo = rowFrom[i]
    const hi = rowTo[i]
    const offset = rowOffset[i] - lo
    const form = q.form[i]
    const loose = q.loose[i]
    const content = q.content[i] === 1
    const equal = content ? scoring.equalContent : scoring.equalFunction
    const related = content ? scoring.relatedContent : scoring.relatedFunction
    const gapQuote = content ? scoring.gapContent : scoring.gapFunction
    cur[lo] = 0
    let diagonal = prev[lo]
    let left = 0
    for (let j = lo; j <= hi; j++) {
      const above = prev[j + 1]
      let h = diagonal + (pForm[j] === form ? equal : pLoose[j] === loose ? related : changed)
      let d = DIAGONAL
      if (above - gapQuote > h) {
        h = above - gapQuote
        d = UP
      }
      if (left - gaps[j] > h) {
        h = left - gaps[j]
        d = LEFT
      }
      if (h <= 0) {
        h = 0
        d = STOP
      } else if (h > best) {
        best = h
        bestRow = i
        bestColumn = j
      }
      cur[j + 1] = h
      dir[offset + j] = d
      left = h
      diagonal = above
    }
    cur[hi + 2] = 0
    const swap = prev
    prev = cur
    cur = swap
  }
  return { score: best, row: bestRow, column: bestColumn }
}

function pairKind(q: WordSequence, p: WordSequence, i: number, j: number): PairKind {
  if (q.form[i] === p.form[j]) return 'equal'
  if (q.loose[i] === p.loose[j]) return 'related'
  return 'changed'
}

/**
 * The diagonal (passage index minus quote index) with the most shared content words nearby,
 * used to place the band when the full matrix would be too large. Null if nothing is shared.
 */
function densestDiagonal(q: WordSequence, p: WordSequence): number | null {
  const positions = new Map<number, number[]>()
  for (let j = 0; j < p.length; j++) {
    if (!p.content[j]) continue
    const list = positions.get(p.form[j])
    if (list) list.push(j)
    else positions.set(p.form[j], [j])
  }
  const n = q.length
  const bin = 16
  const votes = new Int32Array(Math.ceil((n + p.length) / bin) + 1)
  let any = false
  for (let i = 0; i < n; i++) {
    if (!q.content[i]) continue
    const list = positions.get(q.form[i])
    if (!list || list.length > SEED_REPEAT_LIMIT) continue
    for (const j of list) {
      votes[Math.floor((j - i + n) / bin)]++
      any = true
    }
  }
  if (!any) return null
  let bestBin = 0
  for (let b = 1; b < votes.length; b++) if (votes[b] > votes[bestBin]) bestBin = b
  return bestBin * bin + bin / 2 - n
}

/** Pair up to END_REACH words beyond each end of the core as changed words, within a sentence. */
function describe(q: WordSequence, p: WordSequence, core: AlignedPair[], score: number, banded: boolean): Alignment {
  // A local alignment starts and ends on a pair of words (a gap at either end would lower its score).
  let qFrom = core[0].quoteWord
  let pFrom = core[0].passageWord
  let qTo = core[core.length - 1].quoteWord + 1
  let pTo = core[core.length - 1].passageWord + 1

  const before: AlignedPair[] = []
  for (let k = 0; k < END_REACH && qFrom > 0 && pFrom > 0; k++) {
    if (q.breakBefore[qFrom] !== BREAK_NONE || p.breakBefore[pFrom] !== BREAK_NONE) break
    qFrom--
    pFrom--
    before.unshift({ kind: pairKind(q, p, qFrom, pFrom), quoteWord: qFrom, passageWord: pFrom })
  }
  const after: AlignedPair[] = []
  for (let k = 0; k < END_REACH && qTo < q.length && pTo < p.length; k++) {
    if (q.breakBefore[qTo] !== BREAK_NONE || p.breakBefore[pTo] !== BREAK_NONE) break
    after.push({ kind: pairKind(q, p, qTo, pTo), quoteWord: qTo, passageWord: pTo })
    qTo++
    pTo++
  }

  const pairs: AlignedPair[] = []
  for (let i = 0; i < qFrom; i++) pairs.push({ kind: 'quoteOnly', quoteWord: i, passageWord: -1 })
  pairs.push(...before, ...core, ...after)
  for (let i = qTo; i < q.length; i++) pairs.push({ kind: 'quoteOnly', quoteWord: i, passageWord: -1 })

  let matched = 0
  let related = 0
  for (const pair of pairs) {
    if (pair.kind === 'equal') matched++
    else if (pair.kind === 'related') related++
  }
  const spanWords = pTo - pFrom
  return {
    quote: q,
    passage: p,
    quoteWords: { from: qFrom, to: qTo },
    passageWords: { from: pFrom, to: pTo },
    quoteSpan: { start: q.start[qFrom], end: q.end[qTo - 1] },
    passageSpan: { start: p.start[pFrom], end: p.end[pTo - 1] },
    pairs,
    matched,
    related,
    quoteCoverage: matched / q.length,
    spanCoverage: spanWords > 0 ? matched / spanWords : 0,
    score,
    banded,
  }
}
