import type {Translate} from './i18n.js'

/** Where the bar is drawn: a terminal's stderr (`process.stderr` fits). */
export interface ProgressStream {
  write(chunk: string): unknown
  isTTY?: boolean
  /** The terminal's width; read at each redraw, so a resize is followed. */
  columns?: number
}

/** How far a run is; optional counts are shown only when given. */
export interface ProgressState {
  articlesDone: number
  articlesTotal: number
  unitsDone?: number
  /** Units of the articles split so far. */
  unitsTotal?: number
  /** Every article is split, so `unitsTotal` is the run's: the bar then fills by units, not by articles. */
  unitsFinal?: boolean
  inFlight?: number
  fromMemory?: number
  billedCharacters?: number
}

export interface ProgressBarOptions {
  /** Milliseconds, monotonic; `performance.now` by default. */
  now?: () => number
  /** Nothing is drawn before the run has lasted this long (ms): a quick run leaves no trace. */
  delay?: number
  /** At most one redraw per this many ms: a terminal redrawn per unit slows the run it shows. */
  interval?: number
}

export interface ProgressBar {
  update(state: ProgressState): void
  /** Clear the line, if anything was drawn; call it before printing anything else. */
  done(): void
}

const clearLine = '\r\u001B[K'
const barWidth = 20

/**
 * A one-line progress bar on a terminal, redrawn in place with `\r`. The caller
 * decides whether there is a terminal to draw on; this only draws.
 */
export function createProgressBar(
  stream: ProgressStream,
  t: Translate,
  options: ProgressBarOptions = {}
): ProgressBar {
  const now = options.now ?? (() => performance.now())
  const delay = options.delay ?? 500
  const interval = options.interval ?? 100
  const start = now()
  let latest: ProgressState | undefined
  let drawnAt: number | undefined
  let timer: ReturnType<typeof setTimeout> | undefined

  function draw() {
    timer = undefined
    if (!latest) return
    drawnAt = now()
    stream.write(clearLine + progressLine(latest, drawnAt - start, (stream.columns || 80) - 1, t))
  }

  return {
    update(state) {
      latest = state
      if (timer) return
      const due = drawnAt === undefined ? start + delay : drawnAt + interval
      const wait = due - now()
      if (wait <= 0) return draw()
      // A state held back by the throttle is drawn when its turn comes, even
      // if no other update follows (a long request), so the line is never stale.
      timer = setTimeout(draw, wait)
      timer.unref?.()
    },
    done() {
      if (timer) clearTimeout(timer)
      timer = undefined
      if (drawnAt !== undefined) stream.write(clearLine)
      drawnAt = undefined
      latest = undefined
    }
  }
}

/**
 * The line for a state, at most `width` characters: parts that do not fit are
 * left off from the end, whole, so what is shown still reads (a wrapped line
 * could not be redrawn with `\r`). The estimate comes right after the counts:
 * it is what someone waiting looks for.
 */
function progressLine(state: ProgressState, elapsed: number, width: number, t: Translate): string {
  const byUnits = state.unitsFinal === true && state.unitsTotal !== undefined && state.unitsTotal > 0
  const fraction = Math.min(
    1,
    byUnits
      ? (state.unitsDone ?? 0) / state.unitsTotal!
      : state.articlesTotal > 0
        ? state.articlesDone / state.articlesTotal
        : 0
  )
  const filled = Math.round(fraction * barWidth)
  const parts = [
    '[' + '#'.repeat(filled) + '-'.repeat(barWidth - filled) + '] ' + Math.floor(fraction * 100) + '%',
    t('progress.articles', {done: state.articlesDone, count: state.articlesTotal})
  ]
  if (state.unitsTotal !== undefined) {
    parts.push(t('progress.units', {done: state.unitsDone ?? 0, count: state.unitsTotal}))
  }
  // Early estimates swing wildly: wait for some work done or some time gone.
  if (fraction > 0 && fraction < 1 && (fraction >= 0.05 || elapsed >= 2000)) {
    parts.push(t('progress.eta', {time: duration((elapsed * (1 - fraction)) / fraction)}))
  }
  if (state.inFlight !== undefined) parts.push(t('progress.in-flight', {count: state.inFlight}))
  if (state.fromMemory !== undefined) parts.push(t('progress.memory', {count: state.fromMemory}))
  if (state.billedCharacters !== undefined) {
    parts.push(t('progress.billed', {count: state.billedCharacters}))
  }

  let line = parts[0]!
  for (const part of parts.slice(1)) {
    if ([...line].length + 3 + [...part].length > width) break
    line += ' · ' + part
  }
  // Only on a very narrow terminal does the first part itself not fit.
  const characters = [...line]
  return characters.length > width ? characters.slice(0, Math.max(0, width - 1)).join('') + '…' : line
}

/** `m:ss`, or `h:mm:ss` from an hour: the same in every language. */
function duration(milliseconds: number): string {
  const seconds = Math.ceil(milliseconds / 1000)
  const pad = (value: number) => String(value).padStart(2, '0')
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor(seconds / 60) % 60
  return (hours > 0 ? hours + ':' + pad(minutes) : String(minutes)) + ':' + pad(seconds % 60)
}
