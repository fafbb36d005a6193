import {spawn} from 'node:child_process'
import {platform} from 'node:os'
import type {Outcome} from '../../cli/exit-code.js'
import type {Translate} from '../../cli/i18n.js'
import type {ReviewCommandOptions} from '../../cli/parse-cli-args.js'
import type {Io} from '../../io.js'
import {startReviewServer} from '../../serve/review-server.js'

/**
 * `glossa review serve [paths…] [--port <n>] [--open]`: the review page on
 * this machine. Prints its address (with the run's token) and serves until
 * the process is stopped.
 */
export async function serveReview(options: ReviewCommandOptions, io: Io, t: Translate): Promise<Outcome> {
  const server = await startReviewServer({
    paths: options.paths,
    cwd: io.cwd,
    glossary: options.glossary,
    port: options.port,
    t
  })
  io.stdout.write(server.url + '\n')
  io.stderr.write(t('reviewPage.listening', {url: server.url}) + '\n')
  if (options.open) {
    // The desktop's own opener; a failure to open leaves the printed address to click.
    const opener = platform() === 'darwin' ? 'open' : platform() === 'win32' ? 'explorer' : 'xdg-open'
    spawn(opener, [server.url], {detached: true, stdio: 'ignore'})
      .on('error', () => undefined)
      .unref()
  }

  return new Promise<Outcome>(() => undefined)
}
