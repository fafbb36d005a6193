import {resolve} from 'node:path'
import {writeAtomic} from './fs/write-atomic.js'
import type {LoadedGlossary} from './fs/load-glossary.js'
import {detectFormat, formatExchange} from './glossary-exchange.js'
import type {Translate} from './i18n.js'
import type {Io} from './io.js'
import type {GlossaryCommandOptions} from './parse-cli-args.js'

/** `glossa glossary export`: the glossary in another format, on stdout or in `--out`. */
export async function runGlossaryExport(
  glossary: LoadedGlossary,
  options: GlossaryCommandOptions,
  io: Io,
  t: Translate
): Promise<number> {
  const format = options.format ?? (options.out === undefined ? 'tsv' : detectFormat(options.out))
  const text = formatExchange(glossary.entries, format)
  if (options.out === undefined) {
    io.stdout.write(text)
    return 0
  }

  await writeAtomic([{path: resolve(io.cwd, options.out), value: text}])
  io.stderr.write(
    t('glossaryExchange.exported', {count: glossary.entries.length, file: options.out, format}) + '\n'
  )
  return 0
}
