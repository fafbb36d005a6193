import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {translateOn} from './helpers/deepl-translate.js'
import {startDeepLServer, type DeepLServer} from './support/deepl-server.mjs'

let server: DeepLServer

beforeEach(async () => {
  server = await startDeepLServer({authKey: 'test-key-7f3a:fx'})
})

afterEach(async () => {
  await server.close()
})

const fixtures = join(import.meta.dirname, 'fixtures', 'identity')
const names = (await readdir(fixtures)).filter((name) => name.endsWith('.md') && name !== 'README.md').sort()
const bodies = await Promise.all(names.map((name) => readFile(join(fixtures, name), 'utf8')))
/** A paragraph every article ends with, as a publication's footer does. */
const footer = 'Questo articolo fa parte della rubrica settimanale sul calcolo.'

/** 40 articles: the fixtures in turn, each with a line of its own and the shared footer. */
function corpus(): Record<string, string> {
  const files: Record<string, string> = {}
  for (let index = 0; index < 40; index++) {
    const body = bodies[index % bodies.length]!
    files[`articles/a${String(index).padStart(2, '0')}.md`] =
      body + `\n\nArticolo numero ${index} della serie.\n\n` + footer + '\n'
  }

  return files
}

/** Every output file of a run, by name. */
async function outputs(cwd: string): Promise<Map<string, string>> {
  const folder = join(cwd, 'output')
  const found = new Map<string, string>()
  for (const name of (await readdir(folder)).sort())
    found.set(name, await readFile(join(folder, name), 'utf8'))
  return found
}

describe('articles in flight together', () => {
  it('write the same bytes with --concurrency 1 and 16, and send a paragraph they share once', async () => {
    const one = await translateOn(server, corpus(), ['--no-memory', '--concurrency', '1'])
    const sequential = await outputs(one.cwd)
    const sentBefore = server.state.requests.length
    const sixteen = await translateOn(server, corpus(), ['--no-memory', '--concurrency', '16'])
    expect(one.run.code).toBe(sixteen.run.code)
    expect(sequential.size).toBe(80)
    expect(await outputs(sixteen.cwd)).toEqual(sequential)

    // The footer is in all 40 articles and went to DeepL once in each run.
    const sentFooter = (from: number, to: number) =>
      server.state.requests
        .slice(from, to)
        .flatMap((request) => request.fields.text ?? [])
        .filter((text) => text === footer).length
    expect(sentFooter(0, sentBefore)).toBe(1)
    expect(sentFooter(sentBefore, server.state.requests.length)).toBe(1)
    // The reports keep the command line's order.
    expect(sixteen.summary?.files.map((file) => file.path)).toEqual(
      one.summary?.files.map((file) => file.path)
    )
  })

  it('an article whose request fails does not keep the others from their outputs', async () => {
    const files = corpus()
    files['articles/a05.md'] = 'Un testo rotto da un errore.\n'
    server.state.failWhen = (texts) => (texts.some((text) => text.includes('rotto')) ? 400 : undefined)
    const {cwd, summary} = await translateOn(server, files, ['--no-memory', '--concurrency', '16'])
    const written = await outputs(cwd)
    expect(written.has('a05.en.md')).toBe(false)
    expect(written.size).toBe(78)
    const failed = summary?.files.filter((file) =>
      file.messages.some((message) => message.severity === 'error')
    )
    expect(failed?.map((file) => file.path)).toEqual(['articles/a05.md'])
  })
})
