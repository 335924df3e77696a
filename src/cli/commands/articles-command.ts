import type { Command } from 'commander'
import { listArticleSummaries } from '../../main/workspace/claims-store'
import { closeWorkspace, openWorkspace } from '../../main/workspace/open-workspace'
import { formatTable, printJson } from '../output'

export function registerArticlesCommand(program: Command): void {
  program
    .command('articles')
    .description('list the articles in a workspace')
    .requiredOption('--db <file>', 'the workspace file')
    .option('--json', 'print as JSON')
    .action((options: { db: string; json?: boolean }) => {
      const workspace = openWorkspace(options.db, { readOnly: true })
      try {
        const articles = listArticleSummaries(workspace)
        if (options.json) {
          printJson({ articles })
          return
        }
        if (articles.length === 0) {
          console.log('No articles yet. Add some with: verbatim import <files…> --db ' + options.db)
          return
        }
        console.log(
          formatTable(
            ['id', 'role', 'outlet', 'date', 'quotes', 'open', 'title'],
            articles.map((a) => [a.id, a.role, a.outlet ?? '', (a.publishedAt ?? '').slice(0, 10), String(a.quoteCount), String(a.counts.open), a.title ?? '']),
          ),
        )
      } finally {
        closeWorkspace(workspace)
      }
    })
}
