import type { Verdict, VerdictStatus } from '../model'

export interface ResolvedVerdicts {
  /** Verdicts nobody has replaced yet, oldest first. */
  heads: Verdict[]
  /** The latest head; null while the claim is open. */
  current: (Verdict & { status: VerdictStatus }) | null
  /** Two heads that say different things (status or note): made without seeing each other. */
  conflict: boolean
}

/**
 * The state of a claim from its append-only history. Each verdict replaces the heads its reviewer
 * saw; a withdrawal removes the verdict it names and brings back what that verdict had replaced.
 * Entries from merged copies may arrive in any order, so they are sorted by time, then id.
 */
export function resolveVerdicts(history: readonly Verdict[]): ResolvedVerdicts {
  const byId = new Map(history.map((verdict) => [verdict.id, verdict]))
  const ordered = [...history].sort(compareVerdicts)
  const withdrawn = new Set<string>()
  const replacedBy = new Map<string, Verdict[]>()
  let heads: Verdict[] = []
  for (const entry of ordered) {
    for (const old of entry.supersedes) replacedBy.set(old, [...(replacedBy.get(old) ?? []), entry])
    heads = heads.filter((head) => !entry.supersedes.includes(head.id))
    if (entry.status === 'withdrawn') {
      for (const withdrawnId of entry.supersedes) {
        withdrawn.add(withdrawnId)
        for (const restoredId of byId.get(withdrawnId)?.supersedes ?? []) {
          const restored = byId.get(restoredId)
          // Bring it back only if nothing still standing replaced it too.
          const stillReplaced = (replacedBy.get(restoredId) ?? []).some((by) => by.status !== 'withdrawn' && !withdrawn.has(by.id))
          if (restored && restored.status !== 'withdrawn' && !stillReplaced && !heads.includes(restored)) heads.push(restored)
        }
      }
    } else {
      heads.push(entry)
    }
  }
  heads.sort(compareVerdicts)
  const latest = heads.at(-1) ?? null
  const conflict = heads.some((head) => head.status !== latest?.status || head.note.trim() !== latest?.note.trim())
  return { heads, current: latest as ResolvedVerdicts['current'], conflict }
}

export function compareVerdicts(a: Verdict, b: Verdict): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
