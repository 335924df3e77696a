// Generators of hostile text for the property tests: every kind of quotation mark, balanced or
// not, among the words of a news story, with control characters, right-to-left text, stacked
// combining marks, lone surrogates and emoji mixed in.
import fc from 'fast-check'

export const QUOTE_MARKS = ['“', '”', '"', '‘', '’', "'", '«', '»', '„', '‹', '›', '‚', '「', '」', '″', '〝', '〞'] as const

/** Characters that break naive text handling, each named so a failing case can be read. */
export const AWKWARD = {
  nul: '\u0000',
  bell: '\u0007',
  escape: '\u001b',
  del: '\u007f',
  nextLine: '\u0085',
  lineSeparator: '\u2028',
  paragraphSeparator: '\u2029',
  carriageReturn: '\r',
  crlf: '\r\n',
  tab: '\t',
  formFeed: '\f',
  verticalTab: '\v',
  nbsp: '\u00a0',
  zeroWidthSpace: '\u200b',
  zeroWidthJoiner: '\u200d',
  byteOrderMark: '\ufeff',
  rightToLeftMark: '\u200f',
  rightToLeftOverride: '\u202e',
  isolate: '\u2067',
  popIsolate: '\u2069',
  combiningAcute: '\u0301',
  zalgo: 'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308',
  loneHigh: '\ud800',
  loneLow: '\udfff',
  reversedPair: '\udc00\ud800',
  emoji: '😀',
  family: '👩\u200d👩\u200d👧',
  flag: '🇵🇱',
  replacement: '\ufffd',
  hebrew: 'שלום',
  arabic: 'قال الوزير',
  devanagari: 'नमस्ते',
  cjk: '北京',
  turkishI: 'İstanbul',
  sharpS: 'Straße',
  ligature: 'ﬁnal',
  fullwidth: 'ｆｉｎａｌ',
  ellipsis: '…',
  dashes: '—–-',
  html: '<script>alert(1)</script>',
} as const

const WORDS = [
  'the', 'offer', 'was', 'fair', 'and', 'final', 'we', 'will', 'not', 'back', 'down', 'insult', 'to', 'every',
  'family', 'on', 'quayside', 'minister', 'union', 'leader', 'government', 'strike', 'talks', 'reporters',
  "won't", "it's", "rock 'n' roll", 'Russia’s', '42', 'forty-two', '3.5%', 'U.S.', 'colour', 'color', 'naïve',
]
const NAMES = ['Ana Mendez', 'Piotr Kowal', 'Yuri Ushakov', 'Mendez', 'Kowal', 'he', 'she', 'they', 'the ministry', 'Dr. Okafor']
const CUES = ['said', 'told reporters', 'according to', 'added', 'insisted', 'wrote', 'said on Tuesday', 'asked']
const PUNCTUATION = ['.', ',', ':', ';', '!', '?', '…', '...', '—', ' – ', '(', ')', '[', ']']
const SPACE = [' ', ' ', ' ', '\n', '\n\n', '  ', '\n> ', '\n- ']

const mark = fc.constantFrom(...QUOTE_MARKS)
const awkward = fc.constantFrom(...Object.values(AWKWARD))

/** One piece of hostile text: mostly story words and marks, sometimes anything at all. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...CUES) },
  { weight: 6, arbitrary: mark },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 8, arbitrary: fc.constantFrom(...SPACE) },
  { weight: 2, arbitrary: awkward },
  // Any code points at all, and any single UTF-16 code unit (lone surrogates included).
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) },
)

/** Hostile text of up to `maxPieces` pieces. */
export function hostileText(maxPieces = 120): fc.Arbitrary<string> {
  return fc.array(hostilePiece, { maxLength: maxPieces }).map((pieces) => pieces.join(''))
}

/** A story-like paragraph: a sentence with a quote, its marks sometimes missing or swapped. */
const quotedSentence: fc.Arbitrary<string> = fc
  .record({
    open: fc.oneof({ weight: 4, arbitrary: mark }, { weight: 1, arbitrary: fc.constant('') }),
    close: fc.oneof({ weight: 4, arbitrary: mark }, { weight: 1, arbitrary: fc.constant('') }),
    words: fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: awkward }), { minLength: 1, maxLength: 12 }),
    speaker: fc.constantFrom(...NAMES),
    cue: fc.constantFrom(...CUES),
    order: fc.constantFrom('quote-first', 'speaker-first', 'interrupted'),
  })
  .map(({ open, close, words, speaker, cue, order }) => {
    const said = words.join(' ')
    if (order === 'quote-first') return `${open}${said},${close} ${speaker} ${cue}.`
    if (order === 'speaker-first') return `${speaker} ${cue}: ${open}${said}.${close}`
    const half = Math.ceil(words.length / 2)
    return `${open}${words.slice(0, half).join(' ')},${close} ${speaker} ${cue}, ${open}${words.slice(half).join(' ')}.${close}`
  })

/** An article-shaped text: a headline and paragraphs of quoted sentences and hostile pieces. */
export const hostileArticle: fc.Arbitrary<string> = fc
  .record({
    headline: hostileText(12),
    paragraphs: fc.array(fc.array(fc.oneof({ weight: 3, arbitrary: quotedSentence }, { weight: 1, arbitrary: hostileText(20) }), { minLength: 1, maxLength: 4 }), {
      maxLength: 8,
    }),
    separator: fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n\n\n', '\u2029'),
  })
  .map(({ headline, paragraphs, separator }) => [headline, ...paragraphs.map((sentences) => sentences.join(' '))].join(separator))

/** Milliseconds one call of `fn` takes: the best of `tries`, so a busy machine does not decide. */
export function bestTime(fn: () => unknown, tries = 3): number {
  let best = Infinity
  for (let i = 0; i < tries; i++) {
    const began = performance.now()
    fn()
    best = Math.min(best, performance.now() - began)
  }
  return best
}
