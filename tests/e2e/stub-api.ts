// An Api that lives in the page (window.verbatim), for renderer tests that must not depend on the
// service: the scroll-smoothness measurement with thousands of claims, and screens with states
// (conflicts, other reviewers) that are slow to set up for real.
import type { Page } from '@playwright/test'
import type { AliasProposal, ArticleDetail, ArticleSummary, ClaimDetail, PresenceEntry, SessionInfo, SpeakerSummary } from '../../src/shared/api-contract'

export interface StubScene {
  session: SessionInfo
  articles: ArticleSummary[]
  articleDetails: Record<string, ArticleDetail>
  claims: ClaimDetail[]
  speakers: SpeakerSummary[]
  proposals: AliasProposal[]
  presence: PresenceEntry[]
}

export async function installStubApi(page: Page, scene: StubScene): Promise<void> {
  await page.addInitScript(stubApiInPage, scene)
}

/** Runs in the page: serialised by Playwright, so it uses nothing from outside itself. */
function stubApiInPage(scene: StubScene): void {
  type Listener = (event: unknown) => void
  const listeners = new Set<Listener>()
  const claims = new Map(scene.claims.map((claim) => [claim.quote.id, claim]))
  const summary = (claim: ClaimDetail) => ({
    quote: claim.quote,
    article: claim.article,
    best: claim.best,
    suggestion: claim.suggestion,
    current: claim.current,
    conflict: claim.conflict,
  })
  let counter = 0
  const later = <T,>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(structuredClone(value)), 5))
  const api: Record<string, (input: never) => Promise<unknown>> = {
    getSession: () => later(scene.session),
    setReviewer: (input: { name: string }) => later((scene.session = { ...scene.session, reviewer: input.name })),
    listArticles: () => later(scene.articles),
    getArticle: (input: { id: string }) => {
      const detail = scene.articleDetails[input.id]
      return detail ? later({ ...detail, claims: detail.claims.map((claim) => summary(claims.get(claim.quote.id)!)) }) : Promise.reject(new Error('No such article.'))
    },
    listClaims: (input: { articleId?: string; status?: string; search?: string }) => {
      let list = [...claims.values()]
      if (input.articleId) list = list.filter((claim) => claim.article.id === input.articleId)
      if (input.status === 'open') list = list.filter((claim) => !claim.current)
      else if (input.status === 'conflict') list = list.filter((claim) => claim.conflict)
      else if (input.status) list = list.filter((claim) => claim.current?.status === input.status)
      if (input.search) list = list.filter((claim) => claim.quote.text.toLowerCase().includes(input.search!.toLowerCase()))
      return later(list.map(summary))
    },
    getClaim: (input: { quoteId: string }) => later(claims.get(input.quoteId)),
    giveVerdict: (input: { quoteId: string; status: string; note?: string; evidence?: unknown; supersedes: string[] }) => {
      const claim = claims.get(input.quoteId)!
      counter += 1
      const entry = {
        id: `v-stub-${counter}`,
        quote: input.quoteId,
        status: input.status,
        note: input.note ?? '',
        evidence: input.evidence ?? null,
        reviewer: scene.session.reviewer ?? 'someone',
        createdAt: new Date().toISOString(),
        supersedes: input.supersedes,
      }
      const heads = [...claim.heads.filter((head) => !input.supersedes.includes(head.id)), entry]
      const updated = { ...claim, heads, history: [...claim.history, entry], current: entry, conflict: heads.length > 1 } as ClaimDetail
      claims.set(input.quoteId, updated)
      return later(updated)
    },
    undoVerdict: (input: { quoteId: string }) => later(claims.get(input.quoteId)),
    listSpeakers: () => later(scene.speakers),
    listAliasProposals: () => later(scene.proposals),
    listPresence: () => later(scene.presence),
    listChanges: () => later([]),
  }
  const verbatim = new Proxy(api, {
    get(target, name: string) {
      if (name === 'onEvent') {
        return (listener: Listener) => {
          listeners.add(listener)
          return () => listeners.delete(listener)
        }
      }
      return target[name] ?? (() => Promise.reject(new Error(`${name} is not part of this test’s stub.`)))
    },
  })
  Object.assign(window, { verbatim, emitStubEvent: (event: unknown) => listeners.forEach((listener) => listener(event)) })
}
