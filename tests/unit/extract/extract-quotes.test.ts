import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../../../src/core/extract/extract-quotes'

const texts = (article: string) => extractQuotes(article).map((quote) => quote.text)

describe('extractQuotes', () => {
  it('gives exact offsets for every kind of mark, mixed in one article', () => {
    const article = [
      'Ferry strike: union says ‘we will sail again’',
      '',
      '"The boats stay in port," said Olga Brandt. «Nous restons», the French crews added, and a German captain said: „Wir bleiben.“',
      '',
      'The harbour master called the stoppage ‹regrettable›, while the owners spoke of a »wildcat strike«.',
    ].join('\n')
    const quotes = extractQuotes(article)
    expect(quotes.map((quote) => quote.text)).toEqual([
      'we will sail again',
      'The boats stay in port,',
      'Nous restons',
      'Wir bleiben.',
      'regrettable',
      'wildcat strike',
    ])
    for (const quote of quotes) expect(article.slice(quote.start, quote.end)).toBe(quote.text)
  })

  it('reports a quote nested in another as part of the outer quote', () => {
    expect(texts('“The inspector told me ‘the crane is unsafe’ and left,” the driver said.')).toEqual(['The inspector told me ‘the crane is unsafe’ and left,'])
    expect(texts('‘They keep saying “next week”,’ she said.')).toEqual(['They keep saying “next week”,'])
  })

  it('reads apostrophes as apostrophes: contractions, possessives, a mistyped ‘ and elisions', () => {
    const article = 'Trump‘s aides didn’t deny the workers’ claims about the ’90s, nor the rock ’n’ roll at the rally. Officials called it “a sideshow”.'
    expect(texts(article)).toEqual(['a sideshow'])
  })

  it('does not close a single-quoted quote at a plural possessive inside it', () => {
    expect(texts('‘The nurses’ union will not accept this offer,’ said Priya Nair.')).toEqual(['The nurses’ union will not accept this offer,'])
    expect(texts("'The farmers' co-op is broke,' he said.")).toEqual(["The farmers' co-op is broke,"])
  })

  it('gives a quote running over several paragraphs one span per paragraph, sharing an utterance', () => {
    const article = [
      'The chief engineer was blunt: “We warned them twice.',
      '',
      '“Nobody replied to either letter.',
      '',
      '“Now the bridge is closed,” she said.',
    ].join('\n')
    const quotes = extractQuotes(article)
    expect(quotes.map((quote) => quote.text)).toEqual(['We warned them twice.', 'Nobody replied to either letter.', 'Now the bridge is closed,'])
    expect(new Set(quotes.map((quote) => quote.utterance))).toEqual(new Set([0]))
  })

  it('gives a quote interrupted by its attribution two spans that share one utterance', () => {
    const quotes = extractQuotes('“We are not asking for favours,” the mayor told the council on Monday, “only for the road we were promised.”')
    expect(quotes.map((quote) => quote.text)).toEqual(['We are not asking for favours,', 'only for the road we were promised.'])
    expect(quotes[1].utterance).toBe(quotes[0].utterance)
  })

  it('keeps two speakers’ quotes in one paragraph as two utterances', () => {
    const quotes = extractQuotes('“It is safe,” said the operator. “It is not,” said the inspector.')
    expect(quotes[0].utterance).toBe(0)
    expect(quotes[1].utterance).toBe(1)
  })

  it('keeps bracketed insertions inside the quote', () => {
    expect(texts('“[Local officials] knew about the leak for months,” he said.')).toEqual(['[Local officials] knew about the leak for months,'])
  })

  it('finds quotes in headlines and subheads', () => {
    const article = '# Minister: ‘No more delays’\n\nBody text.\n\n## “A road, not a promise”\n\nMore text.'
    expect(texts(article)).toEqual(['No more delays', 'A road, not a promise'])
  })

  it('keeps French guillemets with spaces inside, without the spaces', () => {
    expect(texts('« Nous ne céderons pas », a déclaré la ministre.')).toEqual(['Nous ne céderons pas'])
  })

  it('lets no stray mark swallow the rest of the article', () => {
    const article = 'He measured the 12" pipe and a stray “ mark.\n\nLater the mayor said the plan was “dead”.\n\nThe end.'
    expect(texts(article)).toEqual(['dead'])
    const unclosed = 'The report said “the dam is safe and nothing more.\n\nResidents called it “a lie”.'
    expect(texts(unclosed)).toEqual(['a lie'])
  })

  it('tells direct, partial and title quotes apart', () => {
    const kinds = (article: string) => extractQuotes(article).map((quote) => [quote.text, quote.kind])
    expect(kinds('“We will rebuild the school,” the principal said.')).toEqual([['We will rebuild the school,', 'direct']])
    expect(kinds('The principal said: “We will rebuild.”')).toEqual([['We will rebuild.', 'direct']])
    expect(kinds('The principal described the damage as “serious but repairable”.')).toEqual([['serious but repairable', 'partial']])
    expect(kinds('Parents attended an evening called ‘Back to Class!’ at the town hall.')).toEqual([['Back to Class!', 'title']])
    expect(kinds('The so-called “temporary” classrooms have stood for a decade.')).toEqual([['temporary', 'title']])
    expect(kinds('A 2022 report, “Schools at Risk”, warned of the flaws.')).toEqual([['Schools at Risk', 'title']])
  })

  it('never throws, keeps offsets exact and spans ordered on any input', () => {
    const alphabet = fc.constantFrom('"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›', ' ', '\n', '\n\n', 'a', 'We', 'said', ',', '.', ':', '—', '>', '[', ']')
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (parts) => {
        const article = parts.join('')
        const quotes = extractQuotes(article)
        let previousEnd = -1
        quotes.forEach((quote, i) => {
          expect(article.slice(quote.start, quote.end)).toBe(quote.text)
          expect(quote.start).toBeGreaterThan(previousEnd)
          expect(quote.utterance).toBeLessThanOrEqual(i)
          previousEnd = quote.end - 1
        })
      }),
      { numRuns: 300 },
    )
  })

  it('takes linear time on a megabyte of nothing but quote marks and apostrophes', () => {
    const marks = ['"', "'", '“', '”', '‘', '’', '«', '»']
    let seed = 7
    let article = ''
    while (article.length < 1_000_000) {
      seed = (seed * 1103515245 + 12345) % 2147483648
      article += marks[seed % marks.length]
    }
    const started = performance.now()
    extractQuotes(article)
    // Well under a second on a quiet machine; the bound leaves room for a busy test runner.
    expect(performance.now() - started).toBeLessThan(3000)
  })
})
