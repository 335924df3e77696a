import type { Command } from 'commander'
import { mergeWorkspace } from '../../main/workspace/merge-workspace'
import { closeWorkspace, openWorkspace } from '../../main/workspace/open-workspace'
import { printJson } from '../output'
import { reviewerFor } from '../reviewer-option'
import { userInfo } from 'node:os'
import { resolve } from 'node:path'

export function registerMergeCommand(program: Command): void {
  program
    .command('merge')
    .description('bring a copy of the workspace taken offline back in: articles, aliases, verdict histories (safe to repeat)')
    .argument('<theirs>', 'the other copy (.verbatim)')
    .requiredOption('--db <file>', 'the workspace to merge into')
    .option('--reviewer <name>', 'who merges')
    .option('--json', 'print the summary as JSON')
    .action((theirs: string, options: { db: string; reviewer?: string; json?: boolean }) => {
      const workspace = openWorkspace(options.db)
      try {
        const summary = mergeWorkspace(workspace, resolve(theirs), reviewerFor(options.reviewer) ?? userInfo().username)
        if (options.json) printJson(summary)
        else
          console.log(
            `Merged: ${summary.articles} articles, ${summary.quotes} quotes, ${summary.verdicts} verdicts, ${summary.speakerDecisions} speaker decisions.` +
              (summary.conflicts ? ` ${summary.conflicts} claims now have conflicting verdicts to settle.` : ''),
          )
      } finally {
        closeWorkspace(workspace)
      }
    })
}
