// A small newsroom scene for component tests: a draft quoting a presidential aide, the wire story
// it took the words from, and a stub Api that answers like the real one.
import { diffWords } from 'diff'
import { vi } from 'vitest'
import type { DiffPart, Quote, Verdict } from '../../src/core/model'
import type { Api, ApiEvent, ClaimDetail, ClaimSummary, MatchView, SessionInfo } from '../../src/shared/api-contract'

export const WIRE_SENTENCE = 'The crossing may reopen to freight before the summer, if the technical teams finish their work'
export const DRAFT_SENTENCE = 'The crossing could reopen to freight by summer if technical teams finish their work'

/** The diff as the matcher stores it: from the source to the quote as published. */
export function wordDiff(source: string, published: string): DiffPart[] {
  return diffWords(source, published).map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }))
}

const DRAFT_TEXT = `Border talks end without a deal\n\nPresidential aide Yury Korvalev said: "${DRAFT_SENTENCE}." He called the talks "constructive".`

export function quote(overrides: Partial<Quote> = {}): Quote {
  const start = DRAFT_TEXT.indexOf(DRAFT_SENTENCE)
  return {
    id: 'q-korvalev-1',
    articleId: 'a-draft',
    utteranceId: 'u-1',
    start,
    end: start + DRAFT_SENTENCE.length,
    text: DRAFT_SENTENCE,
    kind: 'direct',
    utterance: start,
    speaker: 'Yury Korvalev',
    mention: 'Presidential aide Yury Korvalev',
    cue: 'said',
    speakerId: 's-korvalev',
    ...overrides,
  }
}

export function wireMatch(overrides: Partial<MatchView> = {}): MatchView {
  const paragraph = `"${WIRE_SENTENCE}," he said.`
  return {
    quote: 'q-korvalev-1',
    source: { article: 'a-wire', quote: 'q-wire-7', start: 410, end: 410 + WIRE_SENTENCE.length, text: WIRE_SENTENCE },
    relation: 'reworded',
    score: 0.82,
    speakerAgrees: true,
    diff: wordDiff(WIRE_SENTENCE, DRAFT_SENTENCE),
    sourceArticle: { id: 'a-wire', title: 'Velmoran aide says border crossing "may reopen"', outlet: 'Meridian Press Agency', url: null, role: 'source' },
    sourceSpeaker: 'Yury Korvalev',
    context: { text: paragraph, start: 1, end: 1 + WIRE_SENTENCE.length },
    ...overrides,
  }
}

export function verdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    id: 'v-1',
    quote: 'q-korvalev-1',
    status: 'verified',
    note: '',
    evidence: null,
    reviewer: 'Piotr Nowak',
    createdAt: '2025-03-09T10:15:00.000Z',
    supersedes: [],
    ...overrides,
  }
}

export function claimDetail(overrides: Partial<ClaimDetail> = {}): ClaimDetail {
  const heads = overrides.heads ?? []
  return {
    quote: quote(),
    article: { id: 'a-draft', title: 'Border talks end without a deal', outlet: 'Westbrook Herald', },
    best: { relation: 'reworded', score: 0.82, sourceArticle: 'a-wire', sourceTitle: 'Velmoran aide says', speakerAgrees: true },
    suggestion: { status: 'disputed', reason: 'reworded: "may" became "could", "before the" became "by"' },
    current: heads.at(-1) && heads.at(-1)!.status !== 'withdrawn' ? heads.at(-1)! : null,
    conflict: heads.length > 1,
    context: { text: DRAFT_TEXT.split('\n\n')[1], start: 38, end: 38 + DRAFT_SENTENCE.length },
    matches: [wireMatch()],
    heads,
    history: heads,
    ...overrides,
  }
}

export function summaryOf(detail: ClaimDetail): ClaimSummary {
  const { quote: q, article, best, suggestion, current, conflict } = detail
  return { quote: q, article, best, suggestion, current, conflict }
}

/** Many claims, as a large workspace has them. */
export function manyClaims(count: number): ClaimSummary[] {
  const statuses = ['verified', 'disputed', 'unverifiable', null] as const
  return Array.from({ length: count }, (_, index) => {
    const status = statuses[index % statuses.length]
    const text = `Statement number ${index + 1} about the river water quota, as the minister put it`
    return summaryOf(
      claimDetail({
        quote: quote({ id: `q-${index + 1}`, text, start: index * 100, end: index * 100 + text.length, speaker: index % 2 ? 'Liisa Moravec' : 'Anatol Grevin' }),
        heads: status ? [verdict({ id: `v-${index + 1}`, quote: `q-${index + 1}`, status })] : [],
      }),
    )
  })
}

export const SESSION: SessionInfo = {
  workspace: { path: '/desk/border-summit.verbatim', name: 'border-summit', readOnly: false, backupPath: null, articleCount: 2 },
  reviewer: 'Anna Kowalska',
  recentWorkspaces: ['/desk/border-summit.verbatim'],
  nativeDialogs: false,
}

export type StubApi = Api & { emit(event: ApiEvent): void }

/** Every method is a spy; tests give the answers they need with mockResolvedValue. */
export function stubApi(): StubApi {
  const listeners = new Set<(event: ApiEvent) => void>()
  const fail = (name: string) => vi.fn(async () => Promise.reject(new Error(`${name} was not expected in this test`)))
  const api = {
    getSession: vi.fn(async () => SESSION),
    setReviewer: fail('setReviewer'),
    openWorkspace: fail('openWorkspace'),
    chooseWorkspace: fail('chooseWorkspace'),
    closeWorkspace: fail('closeWorkspace'),
    importFiles: fail('importFiles'),
    importUploads: fail('importUploads'),
    importPaste: fail('importPaste'),
    chooseImportFiles: fail('chooseImportFiles'),
    listArticles: vi.fn(async () => []),
    getArticle: fail('getArticle'),
    deleteArticle: fail('deleteArticle'),
    listClaims: vi.fn(async () => []),
    getClaim: fail('getClaim'),
    giveVerdict: fail('giveVerdict'),
    undoVerdict: fail('undoVerdict'),
    listSpeakers: vi.fn(async () => []),
    listAliasProposals: vi.fn(async () => []),
    decideAlias: fail('decideAlias'),
    renameSpeaker: fail('renameSpeaker'),
    exportReport: fail('exportReport'),
    listChanges: vi.fn(async () => []),
    listPresence: vi.fn(async () => []),
    mergeWorkspace: fail('mergeWorkspace'),
    onEvent: (listener: (event: ApiEvent) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    emit: (event: ApiEvent) => {
      for (const listener of listeners) listener(event)
    },
  }
  return api as unknown as StubApi
}
