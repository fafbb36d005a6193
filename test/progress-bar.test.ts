import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {createTranslate} from '../src/cli/i18n.js'
import {createProgressBar} from '../src/cli/progress-bar.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

const root = join(import.meta.dirname, '..')
const clear = '\r\u001B[K'

/** A stream that claims to be a 60-column terminal and keeps what is written. */
function terminal(columns = 60) {
  const writes: string[] = []
  return {writes, stream: {isTTY: true, columns, write: (chunk: string) => writes.push(chunk)}}
}

describe('createProgressBar', () => {
  // Fake timers fake `Date` too: the bar's clock and its timers move together.
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())
  const now = () => Date.now()
  const en = createTranslate('en')

  it('draws nothing before the run has lasted a moment, then one line with the counts', () => {
    const {writes, stream} = terminal()
    const bar = createProgressBar(stream, en, {now})
    bar.update({articlesDone: 0, articlesTotal: 4})
    vi.advanceTimersByTime(400)
    bar.update({articlesDone: 1, articlesTotal: 4})
    expect(writes).toEqual([])
    vi.advanceTimersByTime(100)
    expect(writes).toEqual([clear + '[#####---------------] 25% · 1/4 articles · about 0:02 left'])
  })

  it('shows the optional counts only when given, and follows the units once they are all known', () => {
    const {writes, stream} = terminal(200)
    const bar = createProgressBar(stream, createTranslate('it'), {now})
    vi.advanceTimersByTime(3000)
    bar.update({
      articlesDone: 1,
      articlesTotal: 2,
      unitsDone: 100,
      unitsTotal: 400,
      unitsFinal: true,
      inFlight: 1,
      fromMemory: 20,
      billedCharacters: 12345
    })
    expect(writes).toEqual([
      clear +
        '[#####---------------] 25% · 1/2 articoli · 100/400 unità · ancora 0:09 circa · ' +
        '1 richiesta in corso · 20 dalla memoria · 12345 caratteri fatturati'
    ])
  })

  it('fills by units once every article is split, and says the requests in flight', async () => {
    const {writes, stream} = terminal(200)
    const bar = createProgressBar(stream, en, {now, delay: 0, interval: 0})
    bar.update({
      articlesDone: 0,
      articlesTotal: 1,
      unitsDone: 30,
      unitsTotal: 40,
      unitsFinal: false,
      inFlight: 3
    })
    bar.update({
      articlesDone: 0,
      articlesTotal: 1,
      unitsDone: 30,
      unitsTotal: 40,
      unitsFinal: true,
      inFlight: 3
    })
    expect(writes[0]).toContain('] 0% · 0/1 article · 30/40 units')
    expect(writes[1]).toContain('] 75% · 0/1 article · 30/40 units')
    expect(writes[1]).toContain('3 requests in flight')
  })

  it('hides the estimate until some work is done or some time has gone', () => {
    const {writes, stream} = terminal(200)
    const bar = createProgressBar(stream, en, {now})
    vi.advanceTimersByTime(1000)
    bar.update({articlesDone: 1, articlesTotal: 100})
    vi.advanceTimersByTime(1000)
    bar.update({articlesDone: 1, articlesTotal: 100})
    expect(writes).toEqual([
      clear + '[--------------------] 1% · 1/100 articles',
      clear + '[--------------------] 1% · 1/100 articles · about 3:18 left'
    ])
  })

  it('redraws at most every 100 ms, and draws the last state held back', () => {
    const {writes, stream} = terminal()
    const bar = createProgressBar(stream, en, {now})
    vi.advanceTimersByTime(500)
    for (let done = 0; done < 10; done++) {
      bar.update({articlesDone: done, articlesTotal: 10})
      vi.advanceTimersByTime(30)
    }
    // Updates every 30 ms from 500 ms, drawn at 500, 600, 700 and 800 ms: each
    // time the latest, and the last one (770 ms) with no update after it.
    expect(writes.map((line) => /\d+\/10/.exec(line)![0])).toEqual(['0/10', '3/10', '6/10', '9/10'])
    vi.advanceTimersByTime(1000)
    expect(writes).toHaveLength(4)
  })

  it('fits the line to the terminal, leaving off whole parts, never wrapping', () => {
    const {writes, stream} = terminal()
    const bar = createProgressBar(stream, en, {now})
    vi.advanceTimersByTime(3000)
    bar.update({articlesDone: 3, articlesTotal: 12, unitsDone: 12, unitsTotal: 48, billedCharacters: 99})
    const line = writes[0]!.slice(clear.length)
    expect(line).toBe('[#####---------------] 25% · 3/12 articles · 12/48 units')
    expect(line.length).toBeLessThan(60)

    stream.columns = 12
    vi.advanceTimersByTime(100)
    bar.update({articlesDone: 4, articlesTotal: 12})
    expect(writes[1]).toBe(clear + '[#######--…')
  })

  it('clears the line at the end, only if something was drawn', () => {
    const {writes, stream} = terminal()
    const bar = createProgressBar(stream, en, {now})
    vi.advanceTimersByTime(600)
    bar.update({articlesDone: 0, articlesTotal: 1})
    bar.done()
    expect(writes).toHaveLength(2)
    expect(writes[1]).toBe(clear)
  })

  it('writes nothing for a run shorter than the moment', () => {
    const {writes, stream} = terminal()
    const bar = createProgressBar(stream, en, {now})
    bar.update({articlesDone: 0, articlesTotal: 1})
    vi.advanceTimersByTime(200)
    bar.done()
    vi.advanceTimersByTime(1000)
    expect(writes).toEqual([])
  })
})

describe('the progress bar of `glossa translate`', () => {
  // A clock that jumps a second per reading: every run lasts long enough to be drawn.
  let clock = 0
  beforeEach(() => void vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1000)))
  afterEach(() => void vi.restoreAllMocks())

  const translate = async (flags: string[], options: {tty?: boolean; env?: Record<string, string>} = {}) =>
    runCli(['translate', 'articles/', '--out', await temporaryFolder(), '--engine', 'mock', ...flags], {
      cwd: root,
      ...options
    })

  it('is drawn on a terminal, counts units once the article is split, and is cleared before the report', async () => {
    const {stderr} = await translate([], {tty: true})
    // Drawn, then cleared: the report and the summary start on a clean line.
    expect(stderr).toMatch(
      /^\r\u001B\[K\[-{20}\] 0% · 0\/1 article\r\u001B\[K\[-{20}\] 0% · 0\/1 article · 0\/23 units\r\u001B\[K\[#{20}\] 100% · 1\/1 article · 23\/23 units[^\r]*\r\u001B\[Karticles\/openai-aws\.md\n[^\r]*\nTranslated 1 of 1 file/
    )
  })

  it('is not drawn on a pipe, in CI, with --json or --quiet', async () => {
    const env = {LANG: 'en_US.UTF-8'}
    for (const run of [
      await translate([]),
      await translate([], {tty: true, env: {...env, CI: '1'}}),
      await translate(['--json'], {tty: true}),
      await translate(['--quiet'], {tty: true})
    ]) {
      expect(run.code).toBe(0)
      expect(run.stderr).not.toContain('\r')
    }
  })

  it('leaves no trace of a run shorter than the moment', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(0)
    const {stderr} = await translate([], {tty: true})
    expect(stderr).not.toContain('\r')
  })
})
