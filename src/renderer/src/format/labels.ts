// The words the desk uses for statuses, relations and roles, in one place.
import type { ArticleRole, Relation, VerdictEntryStatus, VerdictStatus } from '../../../core/model'
import type { ClaimSummary } from '../../../shared/api-contract'

export const STATUS_LABEL: Record<VerdictEntryStatus, string> = {
  verified: 'Verified',
  disputed: 'Disputed',
  unverifiable: 'Unverifiable',
  withdrawn: 'Withdrawn',
}

export const RELATION_LABEL: Record<Relation, string> = {
  identical: 'Identical',
  minor: 'Minor differences',
  fragment: 'Fragment',
  reworded: 'Reworded',
}

export const RELATION_HINT: Record<Relation, string> = {
  identical: 'the same words',
  minor: 'only punctuation, case or spelling differ',
  fragment: 'one is a contiguous part of the other',
  reworded: 'the same statement in changed words',
}

export const ROLE_LABEL: Record<ArticleRole, string> = {
  draft: 'Draft',
  source: 'Source',
  transcript: 'Transcript',
}

/** What a claim's colour says: the editor's verdict when there is one, else the suggestion (marked as such). */
export type ClaimTone = VerdictStatus | 'conflict' | `suggest-${VerdictStatus}`

export function claimTone(claim: Pick<ClaimSummary, 'current' | 'conflict' | 'suggestion'>): ClaimTone {
  if (claim.conflict) return 'conflict'
  const status = claim.current?.status
  if (status && status !== 'withdrawn') return status
  return `suggest-${claim.suggestion.status}`
}

/** A badge says the decision only: an open claim is neutral, whatever is suggested. */
export function badgeTone(claim: Pick<ClaimSummary, 'current' | 'conflict'>): VerdictStatus | 'conflict' | 'open' {
  if (claim.conflict) return 'conflict'
  const status = claim.current?.status
  return status && status !== 'withdrawn' ? status : 'open'
}

export function claimStateLabel(claim: Pick<ClaimSummary, 'current' | 'conflict' | 'suggestion'>): string {
  if (claim.conflict) return 'Conflict'
  const status = claim.current?.status
  if (status && status !== 'withdrawn') return STATUS_LABEL[status]
  return 'Open'
}

export function percent(score: number): string {
  return `${Math.round(score * 100)}%`
}
