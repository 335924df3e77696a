// `npm run eval`: measures the analysis stages against the hand-labelled fixtures.
// Each evaluation is one entry below; add new ones (pairs, verdicts) to the list.
// Flags: --verbose (or EVAL_VERBOSE=1) lists every miss, extra span and wrong speaker.

import { evaluatePairs } from './eval/pairs'
import { evaluateQuotes } from './eval/quotes'
import { loadFixtures, type FixtureEvent } from './eval/load-fixtures'

interface Evaluation {
  name: string
  run: (events: readonly FixtureEvent[]) => unknown
}

const evaluations: Evaluation[] = [
  { name: 'quotes', run: evaluateQuotes },
  { name: 'pairs', run: evaluatePairs },
]

const events = loadFixtures()
if (events.length === 0) {
  console.log('No labelled fixtures found under tests/fixtures/events.')
} else {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
  for (const evaluation of evaluations) {
    if (only !== undefined && evaluation.name !== only) continue
    evaluation.run(events)
    console.log()
  }
}
