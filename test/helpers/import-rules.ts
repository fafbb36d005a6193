import {readdir, readFile} from 'node:fs/promises'
import {dirname, join, relative, resolve, sep} from 'node:path'

/** A source file: its path relative to the repository, with `/`, and its text. */
export interface Source {
  path: string
  text: string
}

/** One import of a source file: what it names, and the file it reaches when relative. */
interface Import {
  specifier: string
  /** Repository path of the imported file (`.ts` for a `.js` specifier), for relative imports. */
  target: string | undefined
  dynamic: boolean
  /** Erased by the compiler (`import type`, or only `type` names): it loads nothing at run time. */
  typeOnly: boolean
}

/**
 * Modules the core must never reach: the file system, the process, the
 * network, the terminal, other threads, module loading, i18n, DeepL.
 */
const impure = [
  /^(node:)?(fs|fs\/promises|process|child_process|os|tty|readline|net|http|https|http2|dns|dgram|worker_threads|cluster|inspector|module|vm|v8)$/,
  /^undici/,
  /^i18next/,
  /^deepl-node/
]

/** Libraries the core loads only on first use (`import()`), so importing it stays cheap. */
const heavy = [/^remark/, /^unified$/, /^yaml$/, /^fast-xml-parser$/]

/**
 * Which core folders each core folder may import (through their index).
 * Markdown knows nothing of glossaries or terms; the document pipeline sits
 * on top; the side-by-side file only reads the document's results.
 */
export const layers: Record<string, readonly string[]> = {
  language: [],
  markdown: [],
  inline: ['markdown'],
  glossary: ['language', 'inline'],
  terms: ['language', 'glossary', 'inline'],
  memory: ['glossary'],
  quality: [],
  document: ['language', 'markdown', 'inline', 'glossary', 'terms', 'memory', 'quality'],
  'side-by-side': ['markdown', 'inline', 'document'],
  review: ['markdown', 'inline', 'document', 'side-by-side']
}

const core = 'src/core/'
const coreIndex = core + 'index.ts'

/** Every source file under `folders` (fixtures aside), read. */
export async function readSources(root: string, folders: readonly string[]): Promise<Source[]> {
  const sources: Source[] = []
  for (const folder of folders) {
    const entries = await readdir(join(root, folder), {withFileTypes: true, recursive: true})
    for (const entry of entries) {
      const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')
      if (!entry.isFile() || !/\.[cm]?[jt]sx?$/.test(entry.name) || path.includes('/fixtures/')) continue
      sources.push({path, text: await readFile(join(root, path), 'utf8')})
    }
  }
  return sources.sort((a, b) => a.path.localeCompare(b.path))
}

/**
 * The code of a file with its comments removed, and with the contents of
 * strings blanked too when `strings` is set (import specifiers are kept:
 * they are read before). Strings and comments are told apart in one pass,
 * so `'http://x'` is no comment and `// don't` opens no string.
 */
function codeOf(text: string, options: {strings: boolean}): string {
  let out = ''
  let index = 0
  while (index < text.length) {
    const char = text.charAt(index)
    const next = text.charAt(index + 1)
    if (char === '/' && next === '/') {
      const end = text.indexOf('\n', index)
      index = end === -1 ? text.length : end
    } else if (char === '/' && next === '*') {
      const end = text.indexOf('*/', index + 2)
      index = end === -1 ? text.length : end + 2
    } else if (char === "'" || char === '"' || char === '`') {
      let end = index + 1
      while (end < text.length && text.charAt(end) !== char) end += text.charAt(end) === '\\' ? 2 : 1
      const body = text.slice(index + 1, end)
      out += char + (options.strings ? body.replace(/[^\n]/g, ' ') : body) + char
      index = end + 1
    } else {
      out += char
      index++
    }
  }
  return out
}

/** The imports of a file: static (`import`, `export … from`) and dynamic (`import()`). */
function importsOf(source: Source): Import[] {
  const code = codeOf(source.text, {strings: false})
  const found: Import[] = []
  const pattern =
    /\b(?:import|export)\b([^'"`;]*?)\bfrom\s*['"`]([^'"`]+)['"`]|\bimport\s*['"`]([^'"`]+)['"`]|\bimport\s*\(\s*['"`]([^'"`$]+)['"`]\s*\)/g
  for (const match of code.matchAll(pattern)) {
    const specifier = match[2] ?? match[3] ?? match[4]!
    const names = (match[1] ?? '').trim()
    const typeOnly =
      names.startsWith('type ') ||
      (/^\{[^}]*\}$/.test(names) &&
        names
          .slice(1, -1)
          .split(',')
          .filter((name) => name.trim() !== '')
          .every((name) => name.trim().startsWith('type ')))
    const target = specifier.startsWith('.')
      ? relative('/', resolve('/', dirname(source.path), specifier))
          .split(sep)
          .join('/')
          .replace(/\.js$/, '.ts')
      : undefined
    found.push({specifier, target, dynamic: match[4] !== undefined, typeOnly})
  }
  return found
}

/** The core folder of a repository path (`markdown`), `''` for the core's own root, undefined outside. */
function folderOf(path: string): string | undefined {
  if (!path.startsWith(core)) return undefined
  const rest = path.slice(core.length)
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : ''
}

/**
 * Every broken rule, as `file: what`: outside the core, only
 * `src/core/index.ts` is imported; inside, another folder only through its
 * `index.ts`, only along `layers`, and never through the core's own index;
 * the core imports nothing impure, nothing outside itself, no heavy library
 * statically, nothing it does not name; it never touches `process`,
 * `console`, `require` or `fetch`.
 */
export function importViolations(sources: readonly Source[]): string[] {
  const violations: string[] = []

  for (const source of sources) {
    const from = folderOf(source.path)

    for (const {specifier, target, dynamic, typeOnly} of importsOf(source)) {
      const to = target === undefined ? undefined : folderOf(target)

      if (target !== undefined && !/\.(?:ts|mts|mjs|js|json)$/.test(target)) {
        violations.push(`${source.path}: imports ${specifier} without its file's name`)
        continue
      }

      if (from === undefined) {
        if (to !== undefined && target !== coreIndex) {
          violations.push(`${source.path}: imports ${specifier} past src/core/index.ts`)
        }
        continue
      }

      if (target === undefined) {
        if (impure.some((pattern) => pattern.test(specifier))) {
          violations.push(`${source.path}: the core imports ${specifier}`)
        } else if (
          !dynamic &&
          !typeOnly &&
          heavy.some((pattern) => pattern.test(specifier)) &&
          reachesIndex(source.path, sources)
        ) {
          violations.push(`${source.path}: imports ${specifier} statically, so importing the core loads it`)
        }
        continue
      }

      if (to === undefined) {
        violations.push(`${source.path}: the core imports ${specifier}, outside the core`)
      } else if (target === coreIndex && source.path !== coreIndex) {
        violations.push(`${source.path}: imports ${specifier}, the core's own entry, from inside the core`)
      } else if (to !== from && to !== '') {
        if (target !== core + to + '/index.ts') {
          violations.push(`${source.path}: imports ${specifier} past src/core/${to}/index.ts`)
        } else if (from !== '' && !(layers[from] ?? []).includes(to)) {
          violations.push(`${source.path}: core/${from} may not import core/${to}`)
        }
      }
    }

    if (from !== undefined) {
      const code = codeOf(source.text, {strings: true})
      if (/\b(process|console)\b/.test(code)) {
        violations.push(`${source.path}: the core touches process or console`)
      }
      if (/\b(require|createRequire|fetch)\s*\(|\bimport\s*\(\s*[^'"`\s)]/.test(code)) {
        violations.push(`${source.path}: the core loads or fetches something it does not name`)
      }
    }
  }

  return violations
}

/** Whether a core file is reached from `src/core/index.ts` by static imports. */
function reachesIndex(path: string, sources: readonly Source[]): boolean {
  const byPath = new Map(sources.map((source) => [source.path, source]))
  const seen = new Set<string>()
  const queue = [coreIndex]

  while (queue.length > 0) {
    const current = queue.pop()!
    if (current === path) return true
    if (seen.has(current)) continue
    seen.add(current)
    const source = byPath.get(current)
    if (!source) continue
    for (const {target, dynamic, typeOnly} of importsOf(source)) {
      if (target !== undefined && !dynamic && !typeOnly) queue.push(target)
    }
  }

  return false
}
