import {resolve} from 'node:path'
import {formatExchange, formatOfName, glossaryFormats, UsageError} from '../../core/index.js'
import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {GlossaryCommandOptions} from '../../cli/parse-cli-args.js'
import type {LoadedGlossary} from '../../fs/load-glossary.js'
import {writeAtomic} from '../../fs/write-atomic.js'
import type {Io} from '../../io.js'

/**
 * `glossa glossary export`: the glossary in another format, on stdout or in
 * `--out`. The format is `--format`, else what the file name says without
 * doubt; any other name is refused rather than given a format it does not
 * announce (TSV in `terms.xlsx`).
 */
export async function exportGlossary(
  glossary: LoadedGlossary,
  options: GlossaryCommandOptions,
  io: Io,
  t: Translate
): Promise<Outcome> {
  const entries = glossary.glossary.entries
  const format = options.format ?? (options.out === undefined ? 'tsv' : formatOfName(options.out))
  if (format === undefined) {
    throw new UsageError('glossaryExchange.unknown-extension', {
      file: options.out ?? '',
      formats: glossaryFormats.join(', ')
    })
  }

  const text = formatExchange(entries, format)
  if (options.out === undefined) {
    io.stdout.write(text)
    return {files: []}
  }

  await writeAtomic([{path: resolve(io.cwd, options.out), value: text}])
  io.stderr.write(t('glossaryExchange.exported', {count: entries.length, file: options.out, format}) + '\n')
  return {files: []}
}
