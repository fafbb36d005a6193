import {readdir} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {importViolations, layers, readSources, type Source} from './helpers/import-rules.js'

const root = join(import.meta.dirname, '..')
// This file's own cases are examples of what is forbidden, not imports.
const sources = (await readSources(root, ['src', 'test'])).filter(
  (source) => source.path !== 'test/boundaries.test.ts'
)

describe('the house keeps its walls', () => {
  it('src and test import the core only through src/core/index.ts, the core stays pure and cheap to import', () => {
    expect(importViolations(sources)).toEqual([])
  })

  it('has exactly the core folders the layers name, each with its index', async () => {
    const entries = await readdir(join(root, 'src', 'core'), {withFileTypes: true})
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    expect(folders.sort()).toEqual(Object.keys(layers).sort())
    const paths = new Set(sources.map((source) => source.path))
    for (const folder of folders) expect(paths.has(`src/core/${folder}/index.ts`), folder).toBe(true)
  })

  // The rules must be able to fail: each case adds one forbidden import to the real tree.
  it.each<[string, Source, string]>([
    [
      'a command importing a core module directly',
      {path: 'src/commands/x.ts', text: "import {parseGlossary} from '../core/glossary/parse-glossary.js'\n"},
      'src/commands/x.ts: imports ../core/glossary/parse-glossary.js past src/core/index.ts'
    ],
    [
      'a test importing a core folder’s index',
      {path: 'test/x.test.ts', text: "import {walkInline} from '../src/core/inline/index.js'\n"},
      'test/x.test.ts: imports ../src/core/inline/index.js past src/core/index.ts'
    ],
    [
      'markdown importing the glossary',
      {path: 'src/core/markdown/x.ts', text: "import type {Glossary} from '../glossary/index.js'\n"},
      'src/core/markdown/x.ts: core/markdown may not import core/glossary'
    ],
    [
      'markdown importing terms',
      {path: 'src/core/markdown/x.ts', text: "import {findTerms} from '../terms/index.js'\n"},
      'src/core/markdown/x.ts: core/markdown may not import core/terms'
    ],
    [
      'a core folder reaching into another past its index',
      {path: 'src/core/terms/x.ts', text: "import {normalizeText} from '../language/normalize-text.js'\n"},
      'src/core/terms/x.ts: imports ../language/normalize-text.js past src/core/language/index.ts'
    ],
    [
      'the core reading files',
      {path: 'src/core/glossary/x.ts', text: "import {readFile} from 'node:fs/promises'\n"},
      'src/core/glossary/x.ts: the core imports node:fs/promises'
    ],
    [
      'the core loading DeepL lazily',
      {path: 'src/core/document/x.ts', text: "const deepl = await import('deepl-node')\n"},
      'src/core/document/x.ts: the core imports deepl-node'
    ],
    [
      'the core importing i18n',
      {path: 'src/core/x.ts', text: "import i18next from 'i18next'\n"},
      'src/core/x.ts: the core imports i18next'
    ],
    [
      'the core importing an adapter',
      {path: 'src/core/inline/x.ts', text: "import {loadEngine} from '../../engines/load-engine.js'\n"},
      'src/core/inline/x.ts: the core imports ../../engines/load-engine.js, outside the core'
    ],
    [
      'the core touching the process',
      {path: 'src/core/language/x.ts', text: 'export const home = process.env.HOME\n'},
      'src/core/language/x.ts: the core touches process or console'
    ],
    [
      'a core folder going round the layers through the core’s own entry',
      {path: 'src/core/markdown/x.ts', text: "import {findTerms} from '../index.js'\n"},
      "src/core/markdown/x.ts: imports ../index.js, the core's own entry, from inside the core"
    ],
    [
      'a module at the core’s root reaching into a folder past its index',
      {path: 'src/core/x.ts', text: "import {compileTerms} from './terms/term-matcher.js'\n"},
      'src/core/x.ts: imports ./terms/term-matcher.js past src/core/terms/index.ts'
    ],
    [
      'an import spread over lines with a quote in a comment',
      {path: 'src/core/glossary/x.ts', text: "import {\n  readFile // don't\n} from 'node:fs/promises'\n"},
      'src/core/glossary/x.ts: the core imports node:fs/promises'
    ],
    [
      'a dynamic import written as a template',
      {path: 'src/core/document/x.ts', text: 'const deepl = await import(`deepl-node`)\n'},
      'src/core/document/x.ts: the core imports deepl-node'
    ],
    [
      'a dynamic import of a name it does not spell out',
      {path: 'src/core/document/x.ts', text: "const name = 'deepl-node'\nconst deepl = await import(name)\n"},
      'src/core/document/x.ts: the core loads or fetches something it does not name'
    ],
    [
      'require',
      {path: 'src/core/x.ts', text: "const fs = require('node:fs')\n"},
      'src/core/x.ts: the core loads or fetches something it does not name'
    ],
    [
      'node:module, which makes require',
      {path: 'src/core/x.ts', text: "import {createRequire} from 'node:module'\n"},
      'src/core/x.ts: the core imports node:module'
    ],
    [
      'the process taken apart',
      {path: 'src/core/x.ts', text: "const url = 'http://x'; const {env} = process\n"},
      'src/core/x.ts: the core touches process or console'
    ],
    [
      'an import without its file name',
      {path: 'src/core/document/x.ts', text: "import {findTerms} from '../terms'\n"},
      "src/core/document/x.ts: imports ../terms without its file's name"
    ],
    [
      'remark loaded statically where the core index reaches it',
      {path: 'src/core/markdown/parse-markdown.ts', text: "import {remark} from 'remark'\n"},
      'src/core/markdown/parse-markdown.ts: imports remark statically, so importing the core loads it'
    ]
  ])('catches %s', (_, added, violation) => {
    const tree = [...sources.filter((source) => source.path !== added.path), added]
    expect(importViolations(tree)).toEqual([violation])
  })
})
