import {deeplAccount} from './engines/load-engine.js'
import {stopRun} from './errors.js'
import type {Translate} from './i18n.js'
import type {Io} from './io.js'

/** `glossa usage`: the DeepL account's characters this period. Returns the exit code. */
export async function runUsage(io: Io, t: Translate): Promise<number> {
  const {createDeepLClient, toFailure} = await import('./engines/deepl.js')
  const client = createDeepLClient(deeplAccount(io.env))
  let usage

  try {
    usage = await client.getUsage()
  } catch (error) {
    const failure = toFailure(error)
    if (failure.stopsRun) throw stopRun(failure)
    io.stderr.write('glossa: ' + t(failure.code, failure.values) + '\n')
    return 1
  }

  const characters = usage.character
  if (!characters) {
    io.stdout.write(t('account.no-limit') + '\n')
    return 0
  }

  const percent = characters.limit > 0 ? ((characters.count / characters.limit) * 100).toFixed(1) : '0.0'
  io.stdout.write(t('account.characters', {count: characters.count, limit: characters.limit, percent}) + '\n')
  return 0
}
