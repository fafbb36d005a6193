import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {GlossaryCommandOptions} from '../../cli/parse-cli-args.js'
import {refuseBrokenGlossary} from '../../cli/refuse-broken-glossary.js'
import {loadGlossary} from '../../fs/load-glossary.js'
import type {Io} from '../../io.js'

/** `glossa glossary <action>`: each action is a module, loaded when asked for. */
export async function runGlossary(options: GlossaryCommandOptions, io: Io, t: Translate): Promise<Outcome> {
  // `add` may start a glossary the user names.
  const glossary = await loadGlossary(io.cwd, options.glossary, {create: options.action === 'add'})
  // What uses the whole glossary refuses a broken one; the others work line by line.
  if (options.action === 'import' || options.action === 'export' || options.action === 'stats') {
    refuseBrokenGlossary(glossary, io, t)
  }

  switch (options.action) {
    case 'list':
      return (await import('./list.js')).listGlossary(glossary, options, io, t)
    case 'check':
      return (await import('./check.js')).checkGlossaryFile(glossary, options, io, t)
    case 'add':
      return (await import('./add.js')).addToGlossary(glossary, options, io, t)
    case 'remove':
      return (await import('./remove.js')).removeFromGlossary(glossary, options, io, t)
    case 'import':
      return (await import('./import.js')).importGlossary(glossary, options, io, t)
    case 'export':
      return (await import('./export.js')).exportGlossary(glossary, options, io, t)
    case 'stats':
      return (await import('./stats.js')).glossaryStats(glossary, options, io, t)
  }
}
