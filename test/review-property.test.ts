/**
 * Properties of the review round-trip, on generated documents:
 * 1. writing the side-by-side file and applying it unchanged changes no byte
 *    of it or of the English article;
 * 2. any single English cell edited with its markup kept flows into the
 *    English article, and only there.
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {encodeCell, parseSideBySide} from '../src/core/index.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

fc.configureGlobal({seed: Number(process.env.GLOSSA_PROPERTY_SEED ?? 20261125)})
const runs = Number(process.env.GLOSSA_PROPERTY_RUNS ?? 25)

const word = fc.constantFrom(
  'modello',
  'dati',
  'calcolo',
  'rete',
  'nuovo',
  'grande',
  'veloce',
  'codice',
  'piano'
)
const words = fc.array(word, {minLength: 1, maxLength: 6}).map((list) => list.join(' '))
/** Inline pieces with markup the review must keep. */
const piece = fc.oneof(
  words,
  words.map((text) => '*' + text + '*'),
  words.map((text) => '**' + text + '**'),
  words.map((text) => '[' + text + '](https://example.com/' + text.length + ')'),
  fc.constantFrom('`npm ci`', '`glossa`', '<kbd>Ctrl</kbd>')
)
const paragraph = fc
  .array(piece, {minLength: 1, maxLength: 4})
  .map((pieces) => 'Il ' + pieces.join(' e ') + '.')
const block = fc.oneof(
  paragraph,
  words.map((text) => '## Il ' + text),
  paragraph.map((text) => '- ' + text),
  paragraph.map((text) => '> ' + text)
)
const documents = fc.array(block, {minLength: 1, maxLength: 6}).map((blocks) => blocks.join('\n\n') + '\n')

async function project(text: string) {
  const cwd = await temporaryFolder()
  await mkdir(join(cwd, 'articles'))
  await writeFile(join(cwd, 'articles', 'a.md'), text)
  expect((await runCli(['translate', '--engine', 'mock', '--quiet'], {cwd})).code).toBe(0)
  return {
    cwd,
    side: join(cwd, 'output', 'a.side-by-side.md'),
    english: join(cwd, 'output', 'a.en.md')
  }
}

describe('review round-trip', () => {
  it('applying an untouched side-by-side file changes nothing, byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        const {cwd, side, english} = await project(text)
        const before = [await readFile(side, 'utf8'), await readFile(english, 'utf8')]
        expect((await runCli(['review', 'apply'], {cwd})).code).toBe(0)
        expect([await readFile(side, 'utf8'), await readFile(english, 'utf8')]).toEqual(before)
      }),
      {numRuns: runs}
    )
  })

  it('a single English cell edited with its markup kept flows into the English article', async () => {
    await fc.assert(
      fc.asyncProperty(documents, fc.nat(), async (text, pick) => {
        const {cwd, side, english} = await project(text)
        const sideText = await readFile(side, 'utf8')
        const rows = (await parseSideBySide(sideText))!.rows
        const row = rows[pick % rows.length]!
        // A word the mock never writes, put before the cell's text: markup untouched.
        const edited = 'Reviewed ' + row.english
        const lines = sideText.split('\n')
        const cells = lines[row.line - 1]!.split(' | ')
        cells[3] = encodeCell(edited)
        lines[row.line - 1] = cells.join(' | ')
        await writeFile(side, lines.join('\n'))
        const englishBefore = await readFile(english, 'utf8')

        const run = await runCli(['review', 'apply'], {cwd})
        expect(run.code, run.stderr).toBe(0)
        const after = await readFile(english, 'utf8')
        expect(after).toContain('Reviewed ')
        // Only that unit changed: the rest of the article is the same bytes.
        expect(after.replace('Reviewed ', '')).toBe(englishBefore)
        expect((await parseSideBySide(await readFile(side, 'utf8')))!.rows[pick % rows.length]).toMatchObject(
          {
            status: 'reviewed',
            english: edited
          }
        )
      }),
      {numRuns: runs}
    )
  })
})
