import type { Command } from 'commander'
import { listArticles } from '../../main/workspace/articles-store'
import { closeWorkspace } from '../../main/workspace/open-workspace'
import { addFiles, analysisWorkspace, type QuotesEntry, quotesEntry } from '../analysed-files'
import { formatTable, printJson, style } from '../output'
import { expandPaths } from './import-command'

export function registerQuotesCommand(program: Command): void {
  program
    .command('quotes')
    .description('list the quotations in articles, with kind, speaker and attribution cue')
    .argument('[files...]', 'article files or folders (without them: every article of --db)')
    .option('--db <file>', 'a workspace: its articles, or the context for the files given')
    .option('--json', 'print as JSON')
    .action(async (files: string[], options: { db?: string; json?: boolean }) => {
      if (files.length === 0 && !options.db) throw new Error('name some article files, or a workspace with --db')
      const workspace = analysisWorkspace(options.db)
      try {
        const entries: QuotesEntry[] = []
        if (files.length > 0) {
          for (const [file, id] of await addFiles(workspace, expandPaths(files))) entries.push(quotesEntry(workspace, id, file))
        } else {
          for (const article of listArticles(workspace)) entries.push(quotesEntry(workspace, article.id, null))
        }
        if (options.json) printJson({ articles: entries })
        else printQuotes(entries)
      } finally {
        closeWorkspace(workspace)
      }
    })
}

function printQuotes(entries: QuotesEntry[]): void {
  for (const entry of entries) {
    console.log(style.bold(`${entry.title ?? entry.file ?? entry.id}`) + style.dim(`  ${entry.id}${entry.file ? `  ${entry.file}` : ''}`))
    if (entry.quotes.length === 0) {
      console.log('  (no quotations found)\n')
      continue
    }
    console.log(
      formatTable(
        ['id', 'kind', 'speaker', 'cue', 'quote'],
        entry.quotes.map((q) => [q.id, q.kind, q.speaker ?? '?', q.cue ?? '', q.text]),
        70,
      ).replace(/^/gm, '  '),
    )
    console.log()
  }
}
