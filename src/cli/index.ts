import { Command, CommanderError } from 'commander'
import { registerArticlesCommand } from './commands/articles-command'
import { registerImportCommand } from './commands/import-command'

const program = new Command()
  .name('verbatim')
  .description('Check quotes against their sources, from the command line.\nWithout --db, commands that analyse files use a temporary workspace in memory.')
  .version('0.1.0')
  .showHelpAfterError('(add --help for usage)')
  .exitOverride()

registerImportCommand(program)
registerArticlesCommand(program)

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help); keep its exit code.
    process.exitCode = error.exitCode
  } else {
    console.error(`verbatim: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
