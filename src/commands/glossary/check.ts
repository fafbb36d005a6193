import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {GlossaryCommandOptions} from '../../cli/parse-cli-args.js'
import {localise, printReport} from '../../cli/report.js'
import type {LoadedGlossary} from '../../fs/load-glossary.js'
import type {Io} from '../../io.js'

/**
 * `glossa glossary check`: every problem, as the reporter shows an
 * article's messages (or as JSON), and a summary line; a problem fails the
 * file. Never writes.
 */
export function checkGlossaryFile(
  glossary: LoadedGlossary,
  options: GlossaryCommandOptions,
  io: Io,
  t: Translate
): Outcome {
  const messages = glossary.file.messages
  if (options.json) {
    const problems = messages.map((message) => ({
      line: message.line ?? 0,
      // The key the problem had before rule ids; kept for scripts that read it.
      code: (message.ruleId ?? '').replace('-', '.'),
      ruleId: message.ruleId ?? null,
      message: localise(message, t)
    }))
    io.stdout.write(
      JSON.stringify({path: glossary.path, entries: glossary.glossary.entries.length, problems}, null, 2) +
        '\n'
    )
  } else {
    printReport(io, [glossary.file], t, {quiet: true})
  }

  const key = messages.length > 0 ? 'glossaryCheck.problems' : 'glossaryCheck.ok'
  const entries = glossary.glossary.entries.length
  io.stderr.write(
    t(key, {file: glossary.path, count: messages.length > 0 ? messages.length : entries}) + '\n'
  )
  return {files: [glossary.file]}
}
