// The verdict the matches point to, with the reason in words. A suggestion only: the editor decides.
import { changeInWords, describeChanges, type WordChange } from '../diff/word-changes'
import type { Match, Relation, Suggestion } from '../model'

export interface SuggestOptions {
  /** How to name a source article in the reason (its outlet, its title); defaults to the article id. */
  sourceLabel?: (article: string) => string
}

const STRENGTH: Record<Relation, number> = { identical: 3, minor: 2, fragment: 1, reworded: 0 }
/** How many changes to name before summarising the rest. */
const CHANGES_NAMED = 3

function strongestFirst(a: Match, b: Match): number {
  return STRENGTH[b.relation] - STRENGTH[a.relation] || b.score - a.score
}

/**
 * identical / minor / fragment → verified; reworded with meaning-bearing changes, or a different
 * speaker → disputed; no match → unverifiable. Matches with the right (or an unknown) speaker
 * come before a misattributed one.
 */
export function suggestVerdict(matches: readonly Match[], opts: SuggestOptions = {}): Suggestion {
  const label = (m: Match) => (opts.sourceLabel ?? ((id: string) => id))(m.source.article)
  if (matches.length === 0) return { status: 'unverifiable', reason: 'not found in any source in the workspace' }

  const attributed = matches.filter((m) => m.speakerAgrees !== false).sort(strongestFirst)
  const best = attributed[0]
  if (!best) {
    const other = [...matches].sort(strongestFirst)[0]
    return { status: 'disputed', reason: `${misattribution(other)} (${relationInWords(other)} in ${label(other)})` }
  }

  const speakerNote = unconfirmedSpeaker(best)
  if (best.relation !== 'reworded') {
    return { status: 'verified', reason: `${verifiedReason(best, label(best))}${speakerNote}` }
  }
  if (best.diffTooLarge) {
    return { status: 'disputed', reason: `reworded in ${label(best)}; the difference is too large to list (${best.diffTooLarge})` }
  }
  const changes = describeChanges(best.diff)
  const meaningful = changes.filter((c) => c.meaningful)
  if (meaningful.length > 0) {
    return { status: 'disputed', reason: `${listChanges(meaningful)} (in ${label(best)})${speakerNote}` }
  }
  const wording = changes.length > 0 ? `: ${listChanges(changes)}` : ''
  return { status: 'verified', reason: `same statement in other words in ${label(best)}${wording}${speakerNote}` }
}

function verifiedReason(m: Match, source: string): string {
  if (m.relation === 'identical') return `found verbatim in ${source}`
  if (m.relation === 'minor') return `found in ${source}; only punctuation, case or spelling differ`
  // A fragment: the diff (source span → quote) shows quote words the source lacks when the source has only a part.
  const missing = describeChanges(m.diff).filter((c) => !c.source && c.meaningful)
  if (missing.length > 0) return `${source} quotes only part of it: '${m.source.text}'`
  return `found in ${source} as part of a longer statement`
}

function relationInWords(m: Match): string {
  if (m.relation === 'identical') return 'same words'
  if (m.relation === 'minor') return 'same words but for punctuation or spelling'
  if (m.relation === 'fragment') return 'part of the same words'
  return 'similar words'
}

function misattribution(m: Match): string {
  const source = m.speakers?.source
  const quote = m.speakers?.quote
  if (source && quote) return `attributed to ${source} in the source, to ${quote} here`
  return 'attributed to a different speaker in the source'
}

function unconfirmedSpeaker(m: Match): string {
  if (m.speakerAgrees !== null) return ''
  if (m.speakers && !m.speakers.source) return '; the source does not name the speaker'
  return '; the speaker could not be compared'
}

function listChanges(changes: WordChange[]): string {
  const named = changes.slice(0, CHANGES_NAMED).map(changeInWords)
  const more = changes.length - named.length
  return more > 0 ? `${named.join('; ')}; and ${more} more` : named.join('; ')
}
