// The one contract between the renderer and the main process: every method's name, the schema
// its input must pass, and the type of its answer. Electron IPC, the browser-mode HTTP host and
// direct calls (CLI, tests) all serve exactly this map.
import { z } from 'zod'
import {
  ARTICLE_ROLES,
  QUOTE_KINDS,
  RELATIONS,
  VERDICT_STATUSES,
  type Article,
  type ArticleRole,
  type Evidence,
  type Match,
  type Quote,
  type Relation,
  type SpeakerKind,
  type Suggestion,
  type Verdict,
  type VerdictStatus,
} from '../core/model'

// Limits on what a request may carry: large enough for any real use, small enough that a hostile
// or mistaken payload is refused before it costs anything.
const MAX_ID = 64
const MAX_NAME = 200
const MAX_PATH = 4_096
const MAX_NOTE = 20_000
const MAX_TEXT = 5 * 1024 * 1024
const MAX_UPLOAD_BASE64 = Math.ceil((MAX_TEXT * 4) / 3) + 4

const id = z.string().min(1).max(MAX_ID).regex(/^[A-Za-z0-9_.:-]+$/, 'an id holds letters, digits and _ . : - only')
const name = z.string().trim().min(1).max(MAX_NAME)
const optionalText = (max: number) => z.string().max(max).nullish()
const role = z.enum(ARTICLE_ROLES)
const status = z.enum(VERDICT_STATUSES)
const filePath = z.string().min(1).max(MAX_PATH)

const articleMetadata = {
  role: role.optional(),
  title: optionalText(MAX_NAME * 2),
  outlet: optionalText(MAX_NAME),
  url: z.url({ protocol: /^https?$/ }).max(MAX_PATH).nullish().or(z.literal('')),
  publishedAt: optionalText(40),
}

const evidence = z.object({
  article: id,
  quote: id.nullable(),
  start: z.int().min(0),
  end: z.int().min(0),
  text: z.string().max(MAX_TEXT),
}) satisfies z.ZodType<Evidence>

export const claimFilter = z.object({
  articleId: id.optional(),
  status: z.enum([...VERDICT_STATUSES, 'open', 'conflict']).optional(),
  suggestion: status.optional(),
  relation: z.enum([...RELATIONS, 'none']).optional(),
  speaker: z.string().max(MAX_NAME).optional(),
  kind: z.enum(QUOTE_KINDS).optional(),
  search: z.string().max(1_000).optional(),
})
export type ClaimFilter = z.infer<typeof claimFilter>

export const REPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'json', 'claimreview'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export const reportRequest = z.object({
  format: z.enum(REPORT_FORMATS),
  articleId: id.optional(),
  status: z.array(z.enum([...VERDICT_STATUSES, 'open'])).max(4).optional(),
  reviewer: z.string().max(MAX_NAME).optional(),
  since: z.string().max(40).optional(),
  includeHistory: z.boolean().optional(),
  /** ClaimReview's publisher and the base of each review's URL. */
  organisation: z.string().trim().min(1).max(MAX_NAME).optional(),
  organisationUrl: z.url({ protocol: /^https?$/ }).max(MAX_PATH).optional(),
  reviewBaseUrl: z.url({ protocol: /^https?$/ }).max(MAX_PATH).optional(),
})
export type ReportRequest = z.infer<typeof reportRequest>

// ---- What the methods answer -------------------------------------------------------------

export interface WorkspaceInfo {
  path: string
  name: string
  readOnly: boolean
  /** Set when opening upgraded an older file. */
  backupPath: string | null
  articleCount: number
}

export interface SessionInfo {
  workspace: WorkspaceInfo | null
  reviewer: string | null
  recentWorkspaces: string[]
  /** True in the desktop app, where open/save go through the system's dialogs. */
  nativeDialogs: boolean
}

export type ImportOutcome =
  | { status: 'imported'; name: string; article: ArticleSummary }
  | { status: 'duplicate'; name: string; existing: { id: string; title: string | null } }
  | { status: 'failed'; name: string; error: string }

export interface VerdictCounts {
  verified: number
  disputed: number
  unverifiable: number
  open: number
  conflict: number
}

export interface ArticleSummary {
  id: string
  title: string | null
  outlet: string | null
  url: string | null
  publishedAt: string | null
  role: ArticleRole
  format: Article['format']
  importedAt: string
  importedBy: string | null
  quoteCount: number
  counts: VerdictCounts
}

export interface ClaimSummary {
  quote: Quote
  article: { id: string; title: string | null; outlet: string | null }
  best: { relation: Relation; score: number; sourceArticle: string; sourceTitle: string | null; speakerAgrees: boolean | null } | null
  suggestion: Suggestion
  /** The current verdict; null while the claim is open. With a conflict, the latest of the heads. */
  current: Verdict | null
  conflict: boolean
}

export interface MatchView extends Match {
  sourceArticle: { id: string; title: string | null; outlet: string | null; url: string | null; role: ArticleRole }
  sourceSpeaker: string | null
  /** The paragraph around the source span, with the span's offsets inside it. */
  context: { text: string; start: number; end: number }
}

export interface ClaimDetail extends ClaimSummary {
  /** The paragraph around the quote in its own article, with the quote's offsets inside it. */
  context: { text: string; start: number; end: number }
  matches: MatchView[]
  /** The verdicts nobody has replaced yet: two or more that differ are a conflict. */
  heads: Verdict[]
  history: Verdict[]
}

export interface ArticleDetail {
  article: Article
  claims: ClaimSummary[]
}

export interface SpeakerSummary {
  id: string
  name: string
  kind: SpeakerKind
  quoteCount: number
  /** The confirmed aliases folded into this speaker. */
  aliases: { id: string; name: string }[]
}

export interface AliasProposal {
  from: { id: string; name: string }
  to: { id: string; name: string }
  score: number
  reason: string
  status: 'proposed' | 'confirmed' | 'rejected'
  decidedBy: string | null
}

export interface ChangeEntry {
  seq: number
  at: string
  reviewer: string | null
  kind: 'import' | 'delete' | 'verdict' | 'speaker' | 'merge'
  subject: string | null
  summary: string
}

export interface PresenceEntry {
  reviewer: string
  host: string | null
  heartbeatAt: string
  self: boolean
}

export interface ReportFile {
  fileName: string
  mimeType: string
  /** Text formats as text; PDF as base64. */
  content: string
  encoding: 'utf8' | 'base64'
  /** Where the desktop app saved it, when it did. */
  savedTo: string | null
}

export interface MergeSummary {
  articles: number
  quotes: number
  verdicts: number
  speakerDecisions: number
  conflicts: number
}

/** Pushed from main to the renderer; the same stream in every transport. */
export type ApiEvent =
  | { type: 'changed'; changes: ChangeEntry[] }
  | { type: 'presence'; presence: PresenceEntry[] }
  | { type: 'workspace-status'; status: 'ok' | 'missing' | 'busy' | 'read-only'; message: string | null }
  | { type: 'import-progress'; done: number; total: number; name: string }
  /** A menu item chosen in the desktop app. */
  | { type: 'command'; command: 'create-workspace' | 'open-workspace' | 'import' | 'export' | 'shortcuts' }

// ---- The methods -------------------------------------------------------------------------

interface Method<Input extends z.ZodType, Output> {
  input: Input
  /** Phantom: carries the answer's type; never read at run time. */
  output?: Output
}
const method = <Output>() => <Input extends z.ZodType>(input: Input): Method<Input, Output> => ({ input })
const none = z.object({}).strict()

export const apiContract = {
  getSession: method<SessionInfo>()(none),
  setReviewer: method<SessionInfo>()(z.object({ name }).strict()),
  openWorkspace: method<WorkspaceInfo>()(z.object({ path: filePath, create: z.boolean().optional() }).strict()),
  /** Desktop only: asks with the system dialog; null when the editor cancels. */
  chooseWorkspace: method<WorkspaceInfo | null>()(z.object({ mode: z.enum(['open', 'create']) }).strict()),
  closeWorkspace: method<SessionInfo>()(none),

  importFiles: method<ImportOutcome[]>()(
    z.object({ paths: z.array(filePath).min(1).max(1_000), ...articleMetadata }).strict(),
  ),
  /** Files dropped on the window or picked in a browser: their bytes travel with the request. */
  importUploads: method<ImportOutcome[]>()(
    z
      .object({
        files: z.array(z.object({ name: z.string().min(1).max(MAX_NAME), base64: z.string().max(MAX_UPLOAD_BASE64) }).strict()).min(1).max(200),
        ...articleMetadata,
      })
      .strict(),
  ),
  importPaste: method<ImportOutcome>()(z.object({ text: z.string().min(1).max(MAX_TEXT), ...articleMetadata }).strict()),
  /** Desktop only: the system's file picker; an empty list when the editor cancels. */
  chooseImportFiles: method<string[]>()(none),
  listArticles: method<ArticleSummary[]>()(none),
  getArticle: method<ArticleDetail>()(z.object({ id }).strict()),
  deleteArticle: method<{ deleted: boolean }>()(z.object({ id }).strict()),

  listClaims: method<ClaimSummary[]>()(claimFilter.strict()),
  getClaim: method<ClaimDetail>()(z.object({ quoteId: id }).strict()),
  giveVerdict: method<ClaimDetail>()(
    z
      .object({
        quoteId: id,
        status,
        note: z.string().max(MAX_NOTE).optional(),
        evidence: evidence.nullish(),
        /** The verdicts the reviewer saw on screen; a verdict replaces exactly these. */
        supersedes: z.array(id).max(50),
      })
      .strict(),
  ),
  /** Withdraws the reviewer's own latest verdict on a quote (appended to the history, never erased). */
  undoVerdict: method<ClaimDetail>()(z.object({ quoteId: id }).strict()),

  listSpeakers: method<SpeakerSummary[]>()(none),
  listAliasProposals: method<AliasProposal[]>()(none),
  decideAlias: method<AliasProposal[]>()(z.object({ from: id, to: id, decision: z.enum(['confirm', 'reject']) }).strict()),
  renameSpeaker: method<SpeakerSummary[]>()(z.object({ id, name }).strict()),

  exportReport: method<ReportFile>()(reportRequest.extend({ save: z.boolean().optional() }).strict()),
  listChanges: method<ChangeEntry[]>()(z.object({ after: z.int().min(0) }).strict()),
  listPresence: method<PresenceEntry[]>()(none),
  mergeWorkspace: method<MergeSummary>()(z.object({ path: filePath }).strict()),
}

export type ApiContract = typeof apiContract
export type ApiMethod = keyof ApiContract
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>
export type ApiOutput<M extends ApiMethod> = NonNullable<ApiContract[M]['output']> | Extract<ApiContract[M]['output'], null>

/** What the renderer holds: every method as an async call, plus the event stream. */
export type Api = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> } & {
  onEvent(listener: (event: ApiEvent) => void): () => void
}

/** What the main process implements, once; transports parse input with the schema before calling. */
export type ApiHandlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>> | ApiOutput<M> }

export const API_METHODS = Object.keys(apiContract) as ApiMethod[]

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiContract, name)
}

/** An error a transport carries back to the renderer as words, with a code the UI may act on. */
export interface ApiErrorPayload {
  code: string
  message: string
}

/** Validates a request against the contract; throws a readable error naming the bad field. */
export function parseApiInput<M extends ApiMethod>(methodName: M, input: unknown): ApiParsedInput<M> {
  const result = apiContract[methodName].input.safeParse(input ?? {})
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue?.path.length ? issue.path.join('.') : 'request'
    throw new ApiInputError(`${methodName}: ${where}: ${issue?.message ?? 'invalid input'}`)
  }
  return result.data as ApiParsedInput<M>
}

export class ApiInputError extends Error {
  override readonly name = 'ApiInputError'
  readonly code = 'invalid-input'
}

export type { VerdictStatus }
