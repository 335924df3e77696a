// `npx tsx scripts/eval/nlp-libraries.ts`: are compromise or wink-nlp worth using for names and
// sentences? Measures, on the labelled fixtures, how many labelled person speakers each method
// finds as a person name where the article writes the name in full, how many names each proposes,
// and its speed next to the analysis it would feed. Prints figures only; changes nothing.

import nlp from 'compromise'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { findEntities } from '../../src/core/attribute/article-entities'
import { tokeniseArticle } from '../../src/core/attribute/article-tokens'
import { ORGANISATION_WORDS } from '../../src/core/attribute/name-lexicon'
import { nameKey } from '../../src/core/attribute/speaker-aliases'
import { extractQuotes } from '../../src/core/extract/extract-quotes'
import { paragraphs } from '../../src/core/text/paragraphs'
import { sentences } from '../../src/core/text/sentences'
import { analyseArticle } from '../../src/core/analyse-article'
import { loadFixtures } from './load-fixtures'

const wink = winkNLP(model)
const its = wink.its

/** Person names by our own capitalised-run analysis (titles removed). */
function ourPeople(text: string): string[] {
  const split = paragraphs(text)
  const quotes = extractQuotes(text, split)
  const regions = quotes.map((quote) => ({ from: quote.start, to: quote.end }))
  const entities = findEntities(text, tokeniseArticle(text, split, regions))
  return entities.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.canonical)
}

function compromisePeople(text: string): string[] {
  return nlp(text).people().out('array') as string[]
}

/** wink's lite model has no person entities; runs of proper nouns are the nearest it offers. */
function winkPeople(text: string): string[] {
  const doc = wink.readDoc(text)
  const out: string[] = []
  let run: string[] = []
  doc.tokens().each((token: { out: (field?: unknown) => string }) => {
    if (token.out(its.pos) === 'PROPN') run.push(token.out())
    else {
      if (run.length >= 2) out.push(run.join(' '))
      run = []
    }
  })
  if (run.length >= 2) out.push(run.join(' '))
  return out
}

/** Labelled speakers that are people: two or more words, none of them an organisation word ("Ministry", "Palace"). */
function isPersonName(speaker: string): boolean {
  const words = speaker.toLowerCase().split(/\s+/)
  return words.length >= 2 && !words.some((word) => ORGANISATION_WORDS.has(word.replace(/['’]s?$/, '')))
}

function mbPerSecond(texts: readonly string[], run: (text: string) => unknown, rounds: number): number {
  for (const text of texts) run(text)
  const started = performance.now()
  for (let r = 0; r < rounds; r++) for (const text of texts) run(text)
  const seconds = (performance.now() - started) / 1000
  return (texts.reduce((n, text) => n + text.length, 0) * rounds) / 1e6 / seconds
}

const articles = loadFixtures().flatMap((event) => event.articles)
const texts = articles.map((article) => article.text)

const methods: Array<{ name: string; people: (text: string) => string[] }> = [
  { name: 'own capitalised runs', people: ourPeople },
  { name: 'compromise .people()', people: compromisePeople },
  { name: 'wink-nlp PROPN runs', people: winkPeople },
]

console.log('Person names: labelled person speakers written in full in the article, found as a person name')
for (const method of methods) {
  let wanted = 0
  let found = 0
  let proposed = 0
  for (const article of articles) {
    const names = method.people(article.text)
    proposed += names.length
    const keys = names.map(nameKey)
    const speakers = new Set(article.quotes.map((quote) => quote.speaker).filter((speaker): speaker is string => speaker !== null && isPersonName(speaker) && article.text.includes(speaker)))
    for (const speaker of speakers) {
      wanted++
      if (keys.some((key) => key.includes(nameKey(speaker)))) found++
    }
  }
  console.log(`  ${method.name.padEnd(22)} found ${found}/${wanted}, ${proposed} names proposed, ${mbPerSecond(texts, method.people, 3).toFixed(2)} MB/s`)
}

console.log('Sentences (speed only; see tests/unit/text/sentences.test.ts for abbreviations)')
console.log(`  Intl.Segmenter + abbreviations ${mbPerSecond(texts, sentences, 20).toFixed(1)} MB/s`)
console.log(`  compromise .sentences()        ${mbPerSecond(texts, (text) => nlp(text).sentences().out('array'), 3).toFixed(2)} MB/s`)
console.log(`  wink-nlp sentences()           ${mbPerSecond(texts, (text) => wink.readDoc(text).sentences().out(), 3).toFixed(2)} MB/s`)
console.log(`For scale, the whole analysis (extract + attribute): ${mbPerSecond(texts, analyseArticle, 10).toFixed(1)} MB/s`)
