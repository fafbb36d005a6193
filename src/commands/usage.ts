import type {Outcome} from '../cli/exit-code.js'
import type {Translate} from '../cli/i18n.js'
import {deeplAccount} from '../engines/load-engine.js'
import {readVersion} from '../fs/read-version.js'
import type {Io} from '../io.js'

/** `glossa usage`: the DeepL account's characters this period. */
export async function runUsage(io: Io, t: Translate): Promise<Outcome> {
  const {createDeepLClient, toFailure} = await import('../engines/deepl.js')
  const client = createDeepLClient({
    ...deeplAccount(io.env, 'usage.deepl-key-missing-usage'),
    version: await readVersion()
  })
  let usage

  try {
    usage = await client.getUsage()
  } catch (error) {
    // A wrong key ends as a configuration error, anything else as a failure: the failure knows which.
    throw toFailure(error)
  }

  const characters = usage.character
  if (!characters) {
    io.stdout.write(t('account.no-limit') + '\n')
    return {files: []}
  }

  const percent = characters.limit > 0 ? ((characters.count / characters.limit) * 100).toFixed(1) : '0.0'
  io.stdout.write(t('account.characters', {count: characters.count, limit: characters.limit, percent}) + '\n')
  return {files: []}
}
