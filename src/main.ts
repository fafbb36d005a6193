import {exitCode, type Outcome} from './cli/exit-code.js'
import {createTranslate, pickLanguage, type Translate} from './cli/i18n.js'
import {parseCliArgs, peekLanguage, type Command} from './cli/parse-cli-args.js'
import {printGlossaLine} from './cli/print-glossa-line.js'
import {GlossaError} from './core/index.js'
import {readVersion} from './fs/read-version.js'
import type {Io} from './io.js'

/**
 * The whole CLI, testable in-process: parse `argv`, run the command, report
 * on `io`, and return the exit code (the caller sets `process.exitCode`).
 * Every command ends here: its outcome, or the error that stopped it, is
 * turned into the exit code by `exitCode` alone.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const t = createTranslate(pickLanguage(peekLanguage(argv), io.env))

  try {
    return exitCode(await run(parseCliArgs(argv), io, t))
  } catch (error) {
    printGlossaLine(
      io,
      error instanceof GlossaError
        ? t(error.code, {
            ...error.values,
            // An error caused by another of glossa's (a write refused) gives its text as `because`.
            because: error.cause instanceof GlossaError ? t(error.cause.code, error.cause.values) : ''
          })
        : t('error.unexpected', {message: (error as Error)?.stack ?? String(error)})
    )
    return exitCode({error})
  }
}

async function run(command: Command, io: Io, t: Translate): Promise<Outcome> {
  switch (command.command) {
    case 'help':
      io.stdout.write(t('help'))
      return {files: []}
    case 'version':
      io.stdout.write((await readVersion()) + '\n')
      return {files: []}
    case 'usage':
      return (await import('./commands/usage.js')).runUsage(io, t)
    case 'glossary':
      return (await import('./commands/glossary/index.js')).runGlossary(command.options, io, t)
    case 'review':
      return (await import('./commands/review/index.js')).runReview(command.options, io, t)
    case 'memory':
      // better-sqlite3 (native) loads only with this command, or with a run that uses the memory.
      return (await import('./commands/memory/index.js')).runMemory(command.options, io, t)
    case 'translate':
      // The pipeline (unified, remark, engines) loads only when there is work.
      return (await import('./commands/translate.js')).runTranslate(command.options, io, t)
  }
}
