import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {GlossaryAction, GlossaryCommandOptions} from '../../cli/parse-cli-args.js'
import {refuseBrokenGlossary} from '../../cli/refuse-broken-glossary.js'
import {findProject} from '../../fs/find-project.js'
import {loadGlossary, type LoadedGlossary} from '../../fs/load-glossary.js'
import type {Io} from '../../io.js'

/** `glossa glossary <action>`: load the glossary, then run the action's module. */
export async function runGlossary(options: GlossaryCommandOptions, io: Io, t: Translate): Promise<Outcome> {
  // The project's glossary is found as `translate` finds it, from the working
  // folder up; `add` and `import` may start one (in the project's folder, else
  // here), the other actions need one.
  const glossary = await loadGlossary(io.cwd, {
    path: options.glossary,
    root: await findProject(io.cwd),
    create: options.action === 'add' || options.action === 'import',
    required: true
  })
  // What uses or extends the whole glossary refuses a broken one: an entry
  // added to it would be checked against half a glossary. `remove` may fix
  // one (a duplicate goes with its term) but cannot read a file that is not UTF-8.
  if (refuses[options.action] || (options.action === 'remove' && undecodable(glossary))) {
    refuseBrokenGlossary(glossary, io, t)
  }

  const action = await actions[options.action]()
  return action(glossary, options, io, t)
}

/** Which actions refuse a glossary with problems; `list` shows them, `check` is for them. */
const refuses: Record<GlossaryAction, boolean> = {
  list: false,
  check: false,
  add: true,
  remove: false,
  import: true,
  export: true,
  stats: true
}

function undecodable(glossary: LoadedGlossary): boolean {
  return glossary.problems.some((problem) => problem.ruleId === 'file-encoding')
}

type Action = (
  glossary: LoadedGlossary,
  options: GlossaryCommandOptions,
  io: Io,
  t: Translate
) => Outcome | Promise<Outcome>

/** Each action's module, loaded when asked for. */
const actions: Record<GlossaryAction, () => Promise<Action>> = {
  list: async () => (await import('./list.js')).listGlossary,
  check: async () => (await import('./check.js')).checkGlossaryFile,
  add: async () => (await import('./add.js')).addToGlossary,
  remove: async () => (await import('./remove.js')).removeFromGlossary,
  import: async () => (await import('./import.js')).importGlossary,
  export: async () => (await import('./export.js')).exportGlossary,
  stats: async () => (await import('./stats.js')).glossaryStats
}
