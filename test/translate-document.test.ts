import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {documentSettings, translateDocument, type Engine} from '../src/core/index.js'
import {mockEngine} from '../src/engines/mock.js'

/** An engine that answers from a function and records what it was sent. */
function scripted(answer: (text: string) => string) {
  const requests: Array<{texts: readonly string[]; context: string | undefined}> = []
  const engine: Engine = {
    name: 'scripted',
    async translate(request) {
      requests.push({texts: request.texts, context: request.context})
      return {translations: request.texts.map(answer), billedCharacters: 7, requests: 1}
    }
  }
  return {engine, requests}
}

async function translate(value: string, engine: Engine) {
  const file = new VFile({path: 'a.md', value})
  const result = await translateDocument(
    file,
    documentSettings({engine, targetLanguage: 'en-US', fields: ['title']})
  )
  return {file, result}
}

describe('translateDocument', () => {
  it('replaces only unit spans and keeps every other byte', async () => {
    const value = '# Il  titolo #\r\n\r\n- [ ] voce *modello*  \r\n\r\n```\r\ncodice\r\n```\r\n'
    const {result} = await translate(value, mockEngine)
    expect(result.english).toBe('# The  title #\r\n\r\n- [ ] item *model*  \r\n\r\n```\r\ncodice\r\n```\r\n')
  })

  it('puts container prefixes back on every line of a translated unit', async () => {
    const {engine} = scripted((text) => text.replace('uno\ndue', 'one\ntwo\nthree'))
    const {result} = await translate('> - uno\n>   due\n', engine)
    expect(result.english).toBe('> - one\n>   two\n>   three\n')
  })

  it('sends each distinct unit once, with the title and lead as context', async () => {
    const {engine, requests} = scripted((text) => text)
    const {result} = await translate('# Titolo\n\nAttacco.\n\nAttacco.\n', engine)
    expect(requests).toEqual([{texts: ['Titolo', 'Attacco.'], context: 'Titolo\nAttacco.'}])
    expect(result.characters).toBe(14)
    expect(result.billedCharacters).toBe(7)
  })

  it('escapes Markdown in translated text so it stays text', async () => {
    const {engine} = scripted(() => '1. *not* a [list] # or &lt;b&gt;html&lt;/b&gt; | ok')
    const {result} = await translate('| a |\n| - |\n| testo |\n', engine)
    const cell = '1\\. \\*not\\* a \\[list\\] # or \\<b>html\\</b> \\| ok'
    expect(result.english).toBe('| ' + cell + ' |\n| - |\n| ' + cell + ' |\n')
  })

  it('restores spaces that the engine ate around tags', async () => {
    const {engine} = scripted(() => 'Tap<g id="1">Set Up</g>now')
    const {result} = await translate('Premi **Configura** ora\n', engine)
    expect(result.english).toBe('Tap **Set Up** now\n')
  })

  it('flags a unit whose tags do not come back and keeps its Italian', async () => {
    const {engine} = scripted((text) => (text.includes('<g') ? 'The model lost its tag' : 'Fine.'))
    const {file, result} = await translate('Altro.\n\nIl **modello** qui.\n', engine)
    expect(result.english).toBe('Fine.\n\nIl **modello** qui.\n')
    expect(
      file.messages.map((message) => [
        message.ruleId,
        message.line,
        message.column,
        message.actual,
        message.expected
      ])
    ).toEqual([['markup-mismatch', 3, 1, 'nothing', ['<g id="1">']]])
    expect(result.units[1]?.english).toBe('Il **modello** qui.')
    expect(result.units[1]?.messages).toHaveLength(1)
  })

  it.each([
    ['a duplicated tag', '<x id="1"/> and <x id="1"/>', '<x id="1"/> twice'],
    ['an unknown tag', '<x id="1"/> <x id="9"/>', '<x id="9"/>'],
    ['invalid XML', '<x id="1"/> <b>bold</b>', 'invalid XML'],
    ['an emptied wrapper', '<x id="1"/> <g id="2"></g> text', '<g id="2"></g>'],
    ['an unclosed wrapper', '<x id="1"/> <g id="2">text', '<g id="2"> unclosed']
  ])('flags %s', async (_, answer, actual) => {
    const {engine} = scripted(() => answer)
    const {file} = await translate('Usa `npm` e **questo** comando.\n', engine)
    expect(file.messages.map((message) => message.actual)).toEqual([actual])
  })

  it('translates an image alt inside a paragraph whose own translation failed', async () => {
    const {engine} = scripted((text) => (text === 'una GPU' ? 'a GPU' : 'broken <x id="7"/>'))
    const {result} = await translate('Foto: ![una GPU](g.png "t") qui.\n', engine)
    expect(result.english).toBe('Foto: ![a GPU](g.png "t") qui.\n')
  })

  it('writes front-matter values in the style they were written', async () => {
    const {engine} = scripted((text) => (text === 'Il modello' ? 'The model: "v2"' : text))
    const {result} = await translate("---\ntitle: 'Il modello'\n---\n", engine)
    expect(result.english).toBe('---\ntitle: \'The model: "v2"\'\n---\n')
  })

  it('refuses an answer with the wrong number of translations', async () => {
    const engine: Engine = {
      name: 'short',
      translate: async () => ({translations: [], billedCharacters: 0, requests: 1})
    }
    await expect(translate('Testo.\n', engine)).rejects.toMatchObject({
      code: 'error.engine-count',
      values: {actual: 0, expected: 1}
    })
  })
})

describe('white space an engine puts inside a wrapper', () => {
  it('moves out of the wrapper so the emphasis still holds', async () => {
    const {engine} = scripted(() => 'A<g id="1"> bold move </g>now')
    const {result} = await translate('Una **mossa audace** ora\n', engine)
    expect(result.english).toBe('A **bold move** now\n')
  })
})

describe('front matter in a CRLF file', () => {
  it('writes a translated block scalar with CRLF line endings', async () => {
    const {engine} = scripted((text) => (text === 'Il modello\nè nuovo\n' ? 'The model\nis new\n' : text))
    const {result} = await translate(
      '---\r\ntitle: |\r\n  Il modello\r\n  è nuovo\r\nslug: x\r\n---\r\n',
      engine
    )
    expect(result.english).toBe('---\r\ntitle: |\r\n  The model\r\n  is new\r\nslug: x\r\n---\r\n')
  })
})

describe('an autolink literal next to escaped text', () => {
  it('is placed in the source as written, held, and the block around it translated', async () => {
    const {engine, requests} = scripted((text) => text.replace('Scrivi a', 'Write to').replace('per', 'for'))
    const {file, result} = await translate(
      '# Il nuovo modello\n\nScrivi a mario\\_rossi@example.it per info.\n\n<foo\\+@bar.example.com> e il modello\n',
      engine
    )
    expect(result.english).toBe(
      '# Il nuovo modello\n\nWrite to mario\\_rossi@example.it for info.\n\n<foo\\+@bar.example.com> e il modello\n'
    )
    // The address went as a hold, never as words to translate.
    expect(requests[0]!.texts[1]).toBe('Scrivi a <x id="1"/> per info.')
    expect(requests[0]!.texts[2]).toBe('&lt;<x id="1"/>&gt; e il modello')
    // No `unit-skipped`: the one message is the quality check's, on the heading the engine left Italian.
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['untranslated', 1]])
  })
})
