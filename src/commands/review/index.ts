import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {ReviewAction, ReviewCommandOptions} from '../../cli/parse-cli-args.js'
import type {Io} from '../../io.js'

/** `glossa review <action>`: run the action's module. */
export async function runReview(options: ReviewCommandOptions, io: Io, t: Translate): Promise<Outcome> {
  const action = await actions[options.action]()
  return action(options, io, t)
}

type Action = (options: ReviewCommandOptions, io: Io, t: Translate) => Promise<Outcome>

/** Each action's module, loaded when asked for. */
const actions: Record<ReviewAction, () => Promise<Action>> = {
  apply: async () => (await import('./apply.js')).applyReview,
  status: async () => (await import('./status.js')).reviewStatus,
  serve: async () => (await import('./serve.js')).serveReview
}
