import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, temporaryFolder} from './helpers/run-cli.js'
import {decodeCell, encodeCell, splitCells} from '../src/core/index.js'

/** The cell as a side-by-side row holds it: written, then read back through the row's own trimming. */
function throughRow(text: string): string {
  const row = '| p-1 | machine | ' + (encodeCell(text) || ' ') + ' | x |   |'
  return decodeCell(splitCells(row)[2]!.text)
}

describe('the cell codec', () => {
  it.each([
    ['  Titolo con spazi', '&#32;&#32;Titolo con spazi'],
    ['fine con tab\t', 'fine con tab&#9;'],
    ['« citazione\u00a0', '« citazione&#160;'],
    [' ', '&#32;'],
    ['&#32;letterale', '&amp;#32;letterale'],
    ['&amp; letterale', '&amp;amp; letterale'],
    ['punto e virgola&#59;', 'punto e virgola&#59&#59;'],
    ['testo normale; & altro', 'testo normale; & altro'],
    ['a | b', 'a \\| b']
  ])('writes %j as %j and reads it back', (text, written) => {
    expect(encodeCell(text)).toBe(written)
    expect(decodeCell(written)).toBe(text)
    expect(throughRow(text)).toBe(text)
  })

  it('reads back every text of a small alphabet made to confuse it, through a table row', () => {
    const alphabet = [
      ' ',
      '\t',
      '\u00a0',
      '&',
      '#',
      '3',
      '2',
      '9',
      ';',
      'a',
      'm',
      'p',
      '|',
      '\\',
      '\n',
      '<br>',
      'x'
    ]
    // A fixed sequence, so a failure names the same text on every run.
    let seed = 7
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31) * alphabet.length
    for (let round = 0; round < 5000; round++) {
      const length = Math.floor(random() % 9)
      const text = Array.from({length}, () => alphabet[Math.floor(random())]).join('')
      expect(decodeCell(encodeCell(text)), JSON.stringify(text)).toBe(text)
      expect(throughRow(text), JSON.stringify(text)).toBe(text)
    }
  })

  it('takes a reference a reviewer typed at an edge for the text it is', () => {
    expect(decodeCell('&#65;bc')).toBe('&#65;bc')
    expect(decodeCell('abc&#99999999;')).toBe('abc&#99999999;')
  })
})

describe('a side-by-side file glossa wrote', () => {
  it('reads back a unit with white space at its ends: a front-matter title with leading spaces', async () => {
    const cwd = await temporaryFolder()
    await mkdir(join(cwd, 'articles'))
    await writeFile(
      join(cwd, 'articles', 'a.md'),
      '---\ntitle: "  Il modello  "\n---\n\n# Il modello\n\nIl modello è pronto.\n'
    )
    const first = await runCli(['translate', '--engine', 'mock', '--json'], {cwd})
    const second = await runCli(['translate', '--engine', 'mock', '--json'], {cwd})
    expect(first.code).toBe(0)
    expect(second.code).toBe(0)
    expect(second.stderr).not.toContain('review-italian-edited')
    const sideBySide = await readFile(join(cwd, 'output', 'a.side-by-side.md'), 'utf8')
    expect(sideBySide).toContain('| &#32;&#32;Il modello&#32;&#32; |')
  })
})
