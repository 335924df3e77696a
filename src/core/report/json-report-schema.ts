// The JSON report's published schema, version 1. Declared once in zod: the renderer is typed from it
// (so the code cannot drift from the schema) and the JSON Schema document other tools validate against
// is generated from it. Any change to the shape is a new version; objects admit no extra properties.

import { z } from 'zod'
import { ARTICLE_ROLES, QUOTE_KINDS, RELATIONS, VERDICT_STATUSES } from '../model'
import { REPORT_STATUSES } from './report-data'

export const JSON_REPORT_SCHEMA_NAME = 'verbatim-report'
export const JSON_REPORT_VERSION = 1

const time = z.string().describe('ISO 8601 date or date-time, as stored in the workspace')
const count = z.int().min(0)
const offset = z.int().min(0).describe('UTF-16 code units into the article text')

const span = z
  .strictObject({
    articleId: z.string(),
    quoteId: z.string().nullable().describe('The quote the span lies in, or null for narration'),
    start: offset,
    end: offset,
    text: z.string(),
  })
  .describe('A passage of a source article')

const verdict = z.strictObject({
  id: z.string(),
  status: z.enum([...VERDICT_STATUSES, 'withdrawn']).describe('withdrawn: an undo, which takes back the verdicts in supersedes'),
  reviewer: z.string(),
  createdAt: time,
  note: z.string(),
  evidence: span.nullable().describe('The source passage the reviewer cited'),
  supersedes: z.array(z.string()).describe('Ids of the verdicts the reviewer saw and replaced (or withdrew)'),
})
const standingVerdict = verdict.extend({ status: z.enum(VERDICT_STATUSES) })

const counts = z.strictObject({
  claims: count,
  verified: count,
  disputed: count,
  unverifiable: count,
  open: count,
  conflicts: count.describe('Claims with unsettled concurrent verdicts, also counted under their latest verdict'),
})

const claim = z.strictObject({
  quote: z.strictObject({
    id: z.string(),
    start: offset,
    end: offset,
    text: z.string().describe('The words between the quotation marks, as published'),
    kind: z.enum(QUOTE_KINDS),
    speaker: z.string().nullable().describe('Canonical name of the speaker'),
    speakerKind: z.enum(['person', 'organisation']).nullable(),
    mention: z.string().nullable().describe('The words naming the speaker, as written'),
    cue: z.string().nullable(),
  }),
  status: z.enum(REPORT_STATUSES).describe('The current verdict, or open'),
  conflict: z.boolean().describe('True while verdicts given without seeing each other disagree'),
  current: standingVerdict.nullable().describe('The latest standing verdict; null while open'),
  conflicting: z.array(standingVerdict).describe('The standing verdicts that disagree, oldest first; empty without a conflict'),
  history: z.array(verdict).describe('Every entry of the verdict history, withdrawals included, oldest first'),
  suggestion: z.strictObject({ status: z.enum(VERDICT_STATUSES), reason: z.string() }).nullable(),
  evidence: z
    .strictObject({
      source: z.strictObject({
        id: z.string(),
        title: z.string().nullable(),
        outlet: z.string().nullable(),
        url: z.string().nullable(),
        publishedAt: time.nullable(),
      }),
      span,
      match: z
        .strictObject({
          relation: z.enum(RELATIONS),
          score: z.number(),
          speakerAgrees: z.boolean().nullable(),
          diff: z
            .array(z.strictObject({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() }))
            .describe('Word diff from the source to the quote: insert = in the quote only, delete = in the source only'),
          diffTooLarge: z.string().nullable().describe('Why no diff was computed, when the bound was hit'),
          sourceSpeaker: z.string().nullable().describe('The speaker as the source names them, when known'),
        })
        .nullable(),
    })
    .nullable(),
})

export const jsonReportSchema = z
  .strictObject({
    schema: z.literal(JSON_REPORT_SCHEMA_NAME),
    version: z.literal(JSON_REPORT_VERSION),
    generatedAt: time,
    workspace: z.strictObject({ name: z.string() }),
    filters: z.strictObject({
      article: z.string().nullable(),
      status: z.array(z.enum(REPORT_STATUSES)).nullable(),
      reviewer: z.string().nullable(),
      since: time.nullable(),
    }),
    summary: z.strictObject({
      totals: counts,
      reviewers: z.array(z.strictObject({ name: z.string(), current: count, verdicts: count })),
      verdictTimes: z.strictObject({ first: time, last: time }).nullable(),
      openQuoteIds: z.array(z.string()),
    }),
    articles: z.array(
      z.strictObject({
        id: z.string(),
        title: z.string().nullable(),
        outlet: z.string().nullable(),
        byline: z.string().nullable(),
        url: z.string().nullable(),
        publishedAt: time.nullable(),
        role: z.enum(ARTICLE_ROLES),
        counts,
        claims: z.array(claim),
      }),
    ),
  })
  .meta({
    title: 'Verbatim verdict report',
    description: 'Verdicts on the quotes of newsroom articles, with their source evidence, as exported by Verbatim.',
  })

export type JsonReport = z.infer<typeof jsonReportSchema>

/** The same schema as a JSON Schema (draft 2020-12) document, for tools outside this code base. */
export const JSON_REPORT_JSON_SCHEMA = z.toJSONSchema(jsonReportSchema)
