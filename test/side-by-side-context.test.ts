import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseSideBySide} from '../src/core/index.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

const article = [
  '- [ ] installa [Ollama](https://ollama.com)',
  '- [x] fatto',
  '',
  '1. Apri il terminale',
  '',
  '   Secondo paragrafo.',
  '',
  '> Una citazione',
  '> su due righe',
  '>',
  '> - elenco nella citazione',
  '',
  '* ## Titolo in elenco',
  '',
  'Fuori da ogni contenitore.',
  ''
].join('\n')

/** Translate the article above with the identity engine; the side-by-side file and its rows read back. */
async function review() {
  const folder = await temporaryFolder()
  await writeFile(join(folder, 'a.md'), article)
  const run = await runCli(['translate', 'a.md', '--engine', 'identity', '--out', 'out'], {cwd: folder})
  expect(run.code).toBe(0)
  const text = await readFile(join(folder, 'out', 'a.side-by-side.md'), 'utf8')
  return {text, parsed: await parseSideBySide(text)}
}

describe('side-by-side: a unit in a list or a quote shows its container', () => {
  it('puts the container markers in code before the Italian, and never in the English', async () => {
    const {parsed} = await review()
    expect(parsed?.rows.map(({source, english}) => [source, english])).toEqual([
      ['`- [ ]` installa [Ollama](https://ollama.com)', 'installa [Ollama](https://ollama.com)'],
      ['`- [x]` fatto', 'fatto'],
      ['`1.` Apri il terminale', 'Apri il terminale'],
      // A later paragraph of the item has no marker on its line.
      ['Secondo paragrafo.', 'Secondo paragrafo.'],
      ['`>` Una citazione\nsu due righe', 'Una citazione\nsu due righe'],
      ['`> -` elenco nella citazione', 'elenco nella citazione'],
      ['`*` Titolo in elenco', 'Titolo in elenco'],
      ['Fuori da ogni contenitore.', 'Fuori da ogni contenitore.']
    ])
  })

  it('writes the row as a reviewer reads it', async () => {
    const {text} = await review()
    expect(text).toContain(
      '| `- [ ]` installa [Ollama](https://ollama.com) | installa [Ollama](https://ollama.com) |   |'
    )
    expect(text).toContain('| `>` Una citazione<br>su due righe | Una citazione<br>su due righe |   |')
  })
})
