// The review desk's state: what is open, what is selected, what the editor has half-typed, and
// the calls that change it. Components read it and call its methods; only this talks to the Api.
import type { Evidence, VerdictStatus } from '../../../core/model'
import type {
  AliasProposal,
  Api,
  ApiEvent,
  ArticleDetail,
  ArticleSummary,
  ClaimDetail,
  ClaimFilter,
  ClaimSummary,
  MatchView,
  PresenceEntry,
  SessionInfo,
  SpeakerSummary,
  WorkspaceInfo,
} from '../../../shared/api-contract'
import { errorMessage } from '../api/api-error'

export type Screen = 'start' | 'articles' | 'article' | 'claims' | 'speakers'

/** Where an error happened, so it is shown there. */
export type ErrorArea = 'start' | 'reviewer' | 'articles' | 'article' | 'claims' | 'claim' | 'verdict' | 'speakers'

export interface ChangeNotice {
  text: string
  more: number
}

export type WorkspaceStatus = Extract<ApiEvent, { type: 'workspace-status' }>

const REFRESH_DELAY_MS = 150

export class Desk {
  readonly api: Api

  session = $state.raw<SessionInfo | null>(null)
  starting = $state(true)
  screen = $state<Screen>('start')

  articles = $state.raw<ArticleSummary[]>([])
  articleCursor = $state(0)
  article = $state.raw<ArticleDetail | null>(null)

  claims = $state.raw<ClaimSummary[]>([])
  claimsLoading = $state(false)
  filter = $state<ClaimFilter>({})

  selectedId = $state<string | null>(null)
  detail = $state.raw<ClaimDetail | null>(null)
  /** The candidate source the editor chose per claim, by a key that survives refreshes. */
  sourceChoice = $state<Record<string, string>>({})
  /** Notes being typed, per claim: kept through refreshes and moves between claims. */
  notes = $state<Record<string, string>>({})
  historyOpen = $state(false)
  savingVerdict = $state(false)

  speakers = $state.raw<SpeakerSummary[]>([])
  proposals = $state.raw<AliasProposal[]>([])

  notice = $state.raw<ChangeNotice | null>(null)
  workspaceStatus = $state.raw<WorkspaceStatus | null>(null)
  presence = $state.raw<PresenceEntry[]>([])
  errors = $state<Partial<Record<ErrorArea, string>>>({})
  toast = $state<string | null>(null)

  /** Quotes the editor gave verdicts on in this session, latest last: what z undoes. */
  private undoTrail: string[] = []
  private claimsLoaded = false
  private requestSeq: Record<string, number> = {}
  private refreshTimer: ReturnType<typeof setTimeout> | null = null
  private toastTimer: ReturnType<typeof setTimeout> | null = null
  private stopEvents: (() => void) | null = null

  constructor(api: Api) {
    this.api = api
  }

  readonly workspace = $derived<WorkspaceInfo | null>(this.session?.workspace ?? null)
  readonly readOnly = $derived(Boolean(this.session?.workspace?.readOnly) || this.workspaceStatus?.status === 'read-only' || this.workspaceStatus?.status === 'missing')
  readonly articleClaims = $derived(this.article ? this.article.claims.toSorted((a, b) => a.quote.start - b.quote.start) : [])
  /** The list j and k move through: the open article's quotes in reading order, or the claims list. */
  readonly reviewList = $derived(this.screen === 'article' ? this.articleClaims : this.claims)
  readonly selectedIndex = $derived(this.selectedId === null ? -1 : this.reviewList.findIndex((claim) => claim.quote.id === this.selectedId))
  readonly currentMatch = $derived.by<MatchView | null>(() => {
    const detail = this.detail
    if (!detail || detail.matches.length === 0) return null
    const key = this.sourceChoice[detail.quote.id]
    return detail.matches.find((match) => sourceKey(match) === key) ?? detail.matches[0]
  })
  readonly currentMatchIndex = $derived(this.detail && this.currentMatch ? this.detail.matches.indexOf(this.currentMatch) : -1)

  // ---- Session and workspace ------------------------------------------------------------

  async start(): Promise<void> {
    this.stopEvents ??= this.api.onEvent((event) => this.handleEvent(event))
    try {
      this.session = await this.api.getSession({})
      if (this.session.workspace) await this.enterWorkspace()
    } catch (error) {
      this.fail('start', error)
    } finally {
      this.starting = false
    }
  }

  stop(): void {
    this.stopEvents?.()
    this.stopEvents = null
    if (this.refreshTimer) clearTimeout(this.refreshTimer)
  }

  async setReviewer(name: string): Promise<boolean> {
    return this.attempt('reviewer', async () => {
      this.session = await this.api.setReviewer({ name })
    })
  }

  async openWorkspace(path: string, create: boolean): Promise<boolean> {
    return this.attempt('start', async () => {
      await this.api.openWorkspace({ path, create })
      await this.afterWorkspaceOpened()
    })
  }

  async chooseWorkspace(mode: 'open' | 'create'): Promise<boolean> {
    return this.attempt('start', async () => {
      const info = await this.api.chooseWorkspace({ mode })
      if (info) await this.afterWorkspaceOpened()
    })
  }

  async closeWorkspace(): Promise<void> {
    await this.attempt('start', async () => {
      this.session = await this.api.closeWorkspace({})
      this.resetWorkspaceView()
      this.screen = 'start'
    })
  }

  private async afterWorkspaceOpened(): Promise<void> {
    this.session = await this.api.getSession({})
    this.resetWorkspaceView()
    await this.enterWorkspace()
  }

  private resetWorkspaceView(): void {
    this.articles = []
    this.article = null
    this.claims = []
    this.claimsLoaded = false
    this.selectedId = null
    this.detail = null
    this.filter = {}
    this.notice = null
    this.workspaceStatus = null
    this.undoTrail = []
  }

  private async enterWorkspace(): Promise<void> {
    this.screen = 'articles'
    await Promise.all([this.loadArticles(), this.loadPresence()])
  }

  // ---- Articles -------------------------------------------------------------------------

  async loadArticles(): Promise<void> {
    const seq = this.nextSeq('articles')
    try {
      const articles = await this.api.listArticles({})
      if (!this.isLatest('articles', seq)) return
      this.articles = articles
      this.articleCursor = Math.min(this.articleCursor, Math.max(0, articles.length - 1))
      this.clearError('articles')
    } catch (error) {
      this.fail('articles', error)
    }
  }

  async openArticle(id: string, quoteId?: string): Promise<void> {
    this.screen = 'article'
    const index = this.articles.findIndex((article) => article.id === id)
    if (index >= 0) this.articleCursor = index
    if (this.article?.article.id !== id) this.article = null
    await this.loadArticle(id)
    const claims = this.articleClaims
    const keep = quoteId ?? (claims.some((claim) => claim.quote.id === this.selectedId) ? this.selectedId : null)
    const target = keep ?? claims[0]?.quote.id ?? null
    if (target) await this.select(target)
    else this.clearSelection()
  }

  private async loadArticle(id: string): Promise<void> {
    const seq = this.nextSeq('article')
    try {
      const detail = await this.api.getArticle({ id })
      if (!this.isLatest('article', seq)) return
      this.article = detail
      this.clearError('article')
    } catch (error) {
      this.fail('article', error)
    }
  }

  async deleteArticle(id: string): Promise<void> {
    await this.attempt('article', async () => {
      await this.api.deleteArticle({ id })
      if (this.article?.article.id === id) {
        this.article = null
        this.clearSelection()
      }
      this.screen = 'articles'
      this.claimsLoaded = false
      await this.loadArticles()
    })
  }

  // ---- Claims -------------------------------------------------------------------------

  async showClaims(filter?: ClaimFilter): Promise<void> {
    this.screen = 'claims'
    if (filter) this.filter = filter
    if (filter || !this.claimsLoaded) await this.loadClaims({ reselect: true })
  }

  async setFilter(patch: Partial<ClaimFilter>): Promise<void> {
    const next: ClaimFilter = { ...this.filter, ...patch }
    for (const key of Object.keys(next) as (keyof ClaimFilter)[]) {
      if (next[key] === undefined || next[key] === '') delete next[key]
    }
    this.filter = next
    await this.loadClaims({ reselect: true })
  }

  /** Background refreshes keep the selection even when the claim left the list, so no one loses their place. */
  async loadClaims(options: { reselect: boolean }): Promise<void> {
    const seq = this.nextSeq('claims')
    this.claimsLoading = true
    try {
      const claims = await this.api.listClaims($state.snapshot(this.filter))
      if (!this.isLatest('claims', seq)) return
      const previousIndex = this.selectedIndex
      this.claims = claims
      this.claimsLoaded = true
      this.clearError('claims')
      if (this.screen === 'claims' && options.reselect && !claims.some((claim) => claim.quote.id === this.selectedId)) {
        const next = claims[Math.min(Math.max(previousIndex, 0), claims.length - 1)]
        if (next) await this.select(next.quote.id)
        else this.clearSelection()
      }
    } catch (error) {
      this.fail('claims', error)
    } finally {
      if (this.isLatest('claims', seq)) this.claimsLoading = false
    }
  }

  async select(quoteId: string): Promise<void> {
    if (this.selectedId !== quoteId) {
      this.selectedId = quoteId
      this.historyOpen = false
    }
    await this.loadDetail()
  }

  private clearSelection(): void {
    this.selectedId = null
    this.detail = null
  }

  async move(step: 1 | -1): Promise<void> {
    const list = this.reviewList
    if (list.length === 0) return
    const index = this.selectedIndex
    const next = index < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, index + step))
    if (next === index) return
    await this.select(list[next].quote.id)
  }

  async loadDetail(): Promise<void> {
    const quoteId = this.selectedId
    if (!quoteId) return
    const seq = this.nextSeq('detail')
    try {
      const detail = await this.api.getClaim({ quoteId })
      if (!this.isLatest('detail', seq) || this.selectedId !== quoteId) return
      this.detail = detail
      this.clearError('claim')
    } catch (error) {
      if (this.isLatest('detail', seq)) this.fail('claim', error)
    }
  }

  cycleSource(step: 1 | -1): void {
    const detail = this.detail
    if (!detail || detail.matches.length < 2) return
    const count = detail.matches.length
    const index = (Math.max(this.currentMatchIndex, 0) + step + count) % count
    this.chooseSource(index)
  }

  chooseSource(index: number): void {
    const detail = this.detail
    const match = detail?.matches[index]
    if (!detail || !match) return
    this.sourceChoice[detail.quote.id] = sourceKey(match)
  }

  // ---- Verdicts -------------------------------------------------------------------------

  /**
   * Records a verdict on the selected claim, citing the source on screen, replacing exactly the
   * decisions the editor saw (all heads, so settling a conflict replaces both sides).
   */
  async giveVerdict(status: VerdictStatus, options: { note?: string; evidence?: Evidence | null } = {}): Promise<boolean> {
    if (this.readOnly || this.savingVerdict) return false
    // A key pressed right after j may come before the new claim has loaded: never decide on the old one.
    if (this.selectedId !== null && this.detail?.quote.id !== this.selectedId) await this.loadDetail()
    const detail = this.detail
    if (!detail || detail.quote.id !== this.selectedId) return false
    const quoteId = detail.quote.id
    const note = (options.note ?? this.notes[quoteId] ?? '').trim()
    const match = this.currentMatch
    const evidence =
      options.evidence !== undefined
        ? options.evidence
        : status === 'unverifiable' || !match
          ? null
          : { article: match.sourceArticle.id, quote: match.source.quote, start: match.source.start, end: match.source.end, text: match.source.text }
    this.savingVerdict = true
    try {
      const updated = await this.api.giveVerdict({ quoteId, status, note, evidence, supersedes: detail.heads.map((head) => head.id) })
      this.notes[quoteId] = ''
      this.undoTrail.push(quoteId)
      this.applyDetail(updated)
      this.clearError('verdict')
      void this.loadArticles()
      return true
    } catch (error) {
      this.fail('verdict', error)
      return false
    } finally {
      this.savingVerdict = false
    }
  }

  /** Withdraws the editor's latest verdict of this session (or on the selected claim), and shows that claim. */
  async undo(): Promise<void> {
    if (this.readOnly) return
    const quoteId = this.undoTrail.at(-1) ?? this.detail?.quote.id
    if (!quoteId) return
    try {
      const updated = await this.api.undoVerdict({ quoteId })
      if (this.undoTrail.at(-1) === quoteId) this.undoTrail.pop()
      if (this.reviewList.some((claim) => claim.quote.id === quoteId)) this.selectedId = quoteId
      this.applyDetail(updated)
      this.clearError('verdict')
      this.showToast(`Withdrew your verdict on “${shorten(updated.quote.text, 60)}”.`)
      void this.loadArticles()
    } catch (error) {
      this.fail('verdict', error)
    }
  }

  private applyDetail(updated: ClaimDetail): void {
    if (this.selectedId === updated.quote.id) this.detail = updated
    const summary: ClaimSummary = {
      quote: updated.quote,
      article: updated.article,
      best: updated.best,
      suggestion: updated.suggestion,
      current: updated.current,
      conflict: updated.conflict,
    }
    const replace = (list: ClaimSummary[]) => list.map((claim) => (claim.quote.id === summary.quote.id ? summary : claim))
    if (this.claims.some((claim) => claim.quote.id === summary.quote.id)) this.claims = replace(this.claims)
    if (this.article?.claims.some((claim) => claim.quote.id === summary.quote.id)) {
      this.article = { ...this.article, claims: replace(this.article.claims) }
    }
  }

  // ---- Speakers -------------------------------------------------------------------------

  async showSpeakers(): Promise<void> {
    this.screen = 'speakers'
    await this.loadSpeakers()
  }

  async loadSpeakers(): Promise<void> {
    try {
      const [speakers, proposals] = await Promise.all([this.api.listSpeakers({}), this.api.listAliasProposals({})])
      this.speakers = speakers
      this.proposals = proposals
      this.clearError('speakers')
    } catch (error) {
      this.fail('speakers', error)
    }
  }

  async decideAlias(from: string, to: string, decision: 'confirm' | 'reject'): Promise<void> {
    await this.attempt('speakers', async () => {
      this.proposals = await this.api.decideAlias({ from, to, decision })
      this.speakers = await this.api.listSpeakers({})
      this.claimsLoaded = false
    })
  }

  async renameSpeaker(id: string, name: string): Promise<boolean> {
    return this.attempt('speakers', async () => {
      this.speakers = await this.api.renameSpeaker({ id, name })
      this.proposals = await this.api.listAliasProposals({})
      this.claimsLoaded = false
    })
  }

  // ---- Others' changes --------------------------------------------------------------------

  handleEvent(event: ApiEvent): void {
    switch (event.type) {
      case 'changed': {
        const me = this.session?.reviewer ?? null
        const theirs = event.changes.filter((change) => change.reviewer !== null && change.reviewer !== me)
        if (theirs.length > 0) {
          const latest = theirs.at(-1)!
          const earlier = this.notice ? this.notice.more + 1 : 0
          this.notice = { text: `${latest.reviewer} ${latest.summary}`, more: earlier + theirs.length - 1 }
        }
        this.scheduleRefresh()
        break
      }
      case 'presence':
        this.presence = event.presence
        break
      case 'workspace-status':
        this.workspaceStatus = event.status === 'ok' ? null : event
        if (event.status === 'ok') this.scheduleRefresh()
        break
      case 'import-progress':
        break
    }
  }

  dismissNotice(): void {
    this.notice = null
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer)
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null
      void this.refresh()
    }, REFRESH_DELAY_MS)
  }

  /** Reloads what is on screen; the selection, the chosen sources and the notes being typed stay. */
  async refresh(): Promise<void> {
    if (!this.workspace) return
    const work: Promise<unknown>[] = [this.loadArticles()]
    if (this.article) work.push(this.loadArticle(this.article.article.id))
    if (this.claimsLoaded) work.push(this.loadClaims({ reselect: false }))
    if (this.selectedId) work.push(this.loadDetail())
    if (this.screen === 'speakers') work.push(this.loadSpeakers())
    await Promise.all(work)
  }

  async loadPresence(): Promise<void> {
    try {
      this.presence = await this.api.listPresence({})
    } catch {
      // Presence is a courtesy: the desk works without it.
      this.presence = []
    }
  }

  // ---- Plumbing ---------------------------------------------------------------------------

  showToast(text: string): void {
    this.toast = text
    if (this.toastTimer) clearTimeout(this.toastTimer)
    this.toastTimer = setTimeout(() => (this.toast = null), 5_000)
  }

  clearError(area: ErrorArea): void {
    if (this.errors[area] !== undefined) delete this.errors[area]
  }

  private fail(area: ErrorArea, error: unknown): void {
    this.errors[area] = errorMessage(error)
  }

  private async attempt(area: ErrorArea, work: () => Promise<void>): Promise<boolean> {
    try {
      await work()
      this.clearError(area)
      return true
    } catch (error) {
      this.fail(area, error)
      return false
    }
  }

  private nextSeq(name: string): number {
    this.requestSeq[name] = (this.requestSeq[name] ?? 0) + 1
    return this.requestSeq[name]
  }

  private isLatest(name: string, seq: number): boolean {
    return this.requestSeq[name] === seq
  }
}

export function sourceKey(match: MatchView): string {
  return `${match.sourceArticle.id}:${match.source.start}:${match.source.end}`
}

export function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`
}
