import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {MemoryAction, MemoryCommandOptions} from '../../cli/parse-cli-args.js'
import {displayPath} from '../../fs/display-path.js'
import {memoryPath} from '../../memory/memory-path.js'
import type {Io} from '../../io.js'

/** The memory file an action works on: where it is, and how messages show it. */
export interface MemoryFile {
  path: string
  shown: string
}

/** `glossa memory <action>`: find the memory file as `translate` does, then run the action's module. */
export async function runMemory(options: MemoryCommandOptions, io: Io, t: Translate): Promise<Outcome> {
  const path = memoryPath(options.memory, io.env, io.cwd)
  const action = await actions[options.action]()
  return action({path, shown: displayPath(io.cwd, path)}, options, io, t)
}

type Action = (memory: MemoryFile, options: MemoryCommandOptions, io: Io, t: Translate) => Promise<Outcome>

/** Each action's module, loaded when asked for. */
const actions: Record<MemoryAction, () => Promise<Action>> = {
  stats: async () => (await import('./stats.js')).memoryStatsCommand,
  export: async () => (await import('./export.js')).exportMemory,
  import: async () => (await import('./import.js')).importMemory,
  prune: async () => (await import('./prune.js')).pruneMemoryCommand,
  clear: async () => (await import('./clear.js')).clearMemoryCommand
}
