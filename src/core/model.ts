// The vocabulary of the pipeline: plain data passed from one stage to the next.
// Every stage (import, extract, attribute, match, diff, verdict, report) speaks these types.

export const ARTICLE_ROLES = ['draft', 'source', 'transcript'] as const
export type ArticleRole = (typeof ARTICLE_ROLES)[number]

export const ARTICLE_FORMATS = ['txt', 'md', 'html', 'docx', 'paste'] as const
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number]

/** An article's text and metadata as an importer produced it, before it has an id. */
export interface ArticleDraft {
  text: string
  title: string | null
  outlet: string | null
  byline: string | null
  url: string | null
  /** ISO date (YYYY-MM-DD) or date-time, as found in the article or given by the editor. */
  publishedAt: string | null
  role: ArticleRole
  format: ArticleFormat
  fileName: string | null
}

export interface Article extends ArticleDraft {
  id: string
  contentHash: string
  importedAt: string
  importedBy: string | null
}

export const QUOTE_KINDS = ['direct', 'partial', 'title'] as const
export type QuoteKind = (typeof QUOTE_KINDS)[number]

/** A quotation found in an article's text. Offsets are UTF-16 code units into Article.text. */
export interface ExtractedQuote {
  start: number
  end: number
  /** Exactly text.slice(start, end): the words between the marks. */
  text: string
  kind: QuoteKind
  /** Spans of one utterance interrupted by its attribution share this key (index of the first span). */
  utterance: number
  /** Canonical name of the speaker within the article ("Yuri Ushakov"), or null when unknown. */
  speaker: string | null
  /** The words that name the speaker near the quote, as written ("Kremlin aide Yuri Ushakov", "he"). */
  mention: string | null
  /** The attribution cue ("said", "told reporters", "according to"), or null. */
  cue: string | null
  speakerKind?: SpeakerKind
}

export type SpeakerKind = 'person' | 'organisation'

export interface Quote extends ExtractedQuote {
  id: string
  articleId: string
  /** Utterance id shared by the spans of one utterance. */
  utteranceId: string
  speakerId: string | null
}

export const RELATIONS = ['identical', 'minor', 'fragment', 'reworded'] as const
export type Relation = (typeof RELATIONS)[number]

export type DiffOp = 'equal' | 'insert' | 'delete'
export interface DiffPart {
  op: DiffOp
  text: string
}

/** The result of a bounded word diff: either the operations, or a statement that the bound was hit. */
export type WordDiff = { ok: true; parts: DiffPart[] } | { ok: false; reason: string }

export interface SourceSpan {
  article: string
  /** The source quote the span lies in, or null when the statement was found in narration. */
  quote: string | null
  start: number
  end: number
  text: string
}

export interface Match {
  quote: string
  source: SourceSpan
  relation: Relation
  score: number
  speakerAgrees: boolean | null
  diff: DiffPart[]
  diffTooLarge?: string
  /** The speakers as named on each side, so a misattribution can be put in words. */
  speakers?: { quote: string | null; source: string | null }
}

export const VERDICT_STATUSES = ['verified', 'disputed', 'unverifiable'] as const
export type VerdictStatus = (typeof VERDICT_STATUSES)[number]

export interface Suggestion {
  status: VerdictStatus
  reason: string
}

export interface Evidence {
  article: string
  quote: string | null
  start: number
  end: number
  text: string
}

/** A history entry either gives a verdict or withdraws one (the editor's undo). */
export type VerdictEntryStatus = VerdictStatus | 'withdrawn'

export interface Verdict {
  id: string
  quote: string
  status: VerdictEntryStatus
  note: string
  evidence: Evidence | null
  reviewer: string
  createdAt: string
  /** Verdict ids this one replaces: the heads the reviewer saw when deciding. */
  supersedes: string[]
}

export interface SpeakerRecord {
  id: string
  name: string
  kind: SpeakerKind
  /** Id of the speaker this one was confirmed to be, if any. */
  sameAs: string | null
}
