import type { Command } from 'commander'
import { rematchAll } from '../../main/match/refresh-matches'
import { suggestVerdict } from '../../core/verdict/suggest-verdict'
import type { Match } from '../../core/model'
import { listArticles } from '../../main/workspace/articles-store'
import { matchesByQuote } from '../../main/workspace/claims-store'
import { closeWorkspace } from '../../main/workspace/open-workspace'
import { addFiles, analysisWorkspace, type QuotesEntry, quotesEntry } from '../analysed-files'
import { printJson, style } from '../output'
import { expandPaths } from './import-command'

export interface CheckEntry {
  quote: string
  suggested: string
  reason: string
  matches: {
    source: { article: string; quote: string | null; start: number; end: number; text: string }
    relation: string
    score: number
    speakerAgrees: boolean | null
    diff: { op: string; text: string }[]
    diffTooLarge?: string
  }[]
}

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('find each quote in the other articles, show how the wording differs, and suggest a verdict')
    .argument('[files...]', 'articles to check (without them: every article of --db against the others)')
    .option('--against <files...>', 'check only against these source files')
    .option('--db <file>', 'a workspace whose articles are the sources (not changed unless --import)')
    .option('--import', 'store the files in the --db workspace')
    .option('--json', 'print as JSON')
    .action(async (files: string[], options: { against?: string[]; db?: string; import?: boolean; json?: boolean }) => {
      if (files.length === 0 && !options.db) throw new Error('name the articles to check, or a workspace with --db')
      if (options.import && !options.db) throw new Error('--import needs a workspace to import into (--db)')
      const workspace = analysisWorkspace(options.db, options.import ? 'write' : 'copy')
      try {
        const checked = await addFiles(workspace, expandPaths(files))
        const against = options.against ? await addFiles(workspace, expandPaths(options.against)) : null
        const entries: QuotesEntry[] =
          files.length > 0
            ? [...checked].map(([file, id]) => quotesEntry(workspace, id, file))
            : listArticles(workspace).map((article) => quotesEntry(workspace, article.id, null))
        const matches: Map<string, Match[]> = against
          ? rematchAll(workspace, { sources: new Set(against.values()), quoteArticles: new Set(entries.map((e) => e.id)) })
          : matchesByQuote(workspace.db)
        const checks: CheckEntry[] = entries.flatMap((entry) =>
          entry.quotes.map((quote) => {
            const found = matches.get(quote.id) ?? []
            const suggestion = suggestVerdict(found)
            return {
              quote: quote.id,
              suggested: suggestion.status,
              reason: suggestion.reason,
              matches: found.map((m) => ({
                source: m.source,
                relation: m.relation,
                score: Math.round(m.score * 1000) / 1000,
                speakerAgrees: m.speakerAgrees,
                diff: m.diff,
                ...(m.diffTooLarge ? { diffTooLarge: m.diffTooLarge } : {}),
              })),
            }
          }),
        )
        if (options.json) printJson({ articles: entries, checks })
        else printChecks(entries, checks)
      } finally {
        closeWorkspace(workspace)
      }
    })
}

function printChecks(entries: QuotesEntry[], checks: CheckEntry[]): void {
  const byQuote = new Map(checks.map((check) => [check.quote, check]))
  const colour = { verified: style.green, disputed: style.red, unverifiable: style.yellow } as Record<string, (t: string) => string>
  for (const entry of entries) {
    console.log(style.bold(entry.title ?? entry.file ?? entry.id) + style.dim(`  ${entry.id}`))
    for (const quote of entry.quotes) {
      const check = byQuote.get(quote.id)!
      console.log(`\n  ${colour[check.suggested](check.suggested.padEnd(12))} “${quote.text}” ${style.dim(`— ${quote.speaker ?? 'speaker unknown'} (${quote.id})`)}`)
      console.log(`  ${style.dim('suggested because:')} ${check.reason}`)
      const best = check.matches[0]
      if (best) {
        const diff = best.diff.map((part) => (part.op === 'equal' ? part.text : part.op === 'delete' ? style.red(style.strike(part.text)) : style.green(style.underline(part.text)))).join('')
        console.log(`  ${style.dim(`${best.relation} ${best.score.toFixed(2)} in ${best.source.article}:`)} ${diff || best.source.text}`)
      }
    }
    console.log()
  }
}
