import {readFile} from 'node:fs/promises'
import {GlossaError} from './errors.js'
import {createTranslate, pickLanguage} from './i18n.js'
import type {Io} from './io.js'
import {parseCliArgs, peekLanguage} from './parse-cli-args.js'

/**
 * The whole CLI, testable in-process: parse `argv`, run the command, report
 * on `io`, and return the exit code (the caller sets `process.exitCode`).
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const t = createTranslate(pickLanguage(peekLanguage(argv), io.env))

  try {
    const parsed = parseCliArgs(argv)

    if (parsed.command === 'help') {
      io.stdout.write(t('help'))
      return 0
    }

    if (parsed.command === 'version') {
      io.stdout.write((await version()) + '\n')
      return 0
    }

    if (parsed.command === 'usage') {
      const {runUsage} = await import('./run-usage.js')
      return await runUsage(io, t)
    }

    if (parsed.command === 'glossary') {
      const {runGlossary} = await import('./run-glossary.js')
      return await runGlossary(parsed.options, io, t)
    }

    // The pipeline (unified, remark, engines) loads only when there is work.
    const {runTranslate} = await import('./run-translate.js')
    return await runTranslate(parsed.options, io, t)
  } catch (error) {
    if (error instanceof GlossaError) {
      io.stderr.write('glossa: ' + t(error.code, error.values) + '\n')
      return error.exitCode
    }

    io.stderr.write(
      'glossa: ' + t('error.unexpected', {message: (error as Error)?.stack ?? String(error)}) + '\n'
    )
    return 1
  }
}

async function version(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
  return manifest.version
}
