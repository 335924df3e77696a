// A process that writes until it is killed: a stream of verdicts, or an import of many articles.
// Prints a line after each commit, so the test knows what was committed before the SIGKILL.
import { storeArticle } from '../../src/main/import/import-articles'
import { articleFromPaste } from '../../src/main/import/read-article'
import { openWorkspace } from '../../src/main/workspace/open-workspace'
import { appendVerdict } from '../../src/main/workspace/verdicts-store'

const [mode, path] = process.argv.slice(2)
const workspace = openWorkspace(path)

if (mode === 'verdicts') {
  const quoteId = (workspace.db.prepare('SELECT id FROM quotes LIMIT 1').get() as { id: string }).id
  for (let i = 0; ; i++) {
    const verdict = appendVerdict(workspace, { quoteId, status: i % 2 ? 'verified' : 'disputed', note: `note ${i}`, supersedes: [], reviewer: 'Crash Test' })
    process.stdout.write(`committed ${verdict.id}\n`)
  }
} else {
  for (let i = 0; ; i++) {
    const paragraphs = Array.from({ length: 80 }, (_, p) => `“Statement ${i}-${p} about the harbour and the ministry,” union leader Piotr Kowal said in paragraph ${p}.`)
    const result = storeArticle(workspace, articleFromPaste(`Crash article ${i}\n\n${paragraphs.join('\n\n')}`), 'Crash Test')
    if (result.status === 'imported') process.stdout.write(`committed ${result.article.id}\n`)
  }
}
