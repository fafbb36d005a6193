import type {GlossaryProblem} from './core/glossary-entry.js'
import type {Translate} from './i18n.js'
import type {Io} from './io.js'

/** Print glossary problems as `glossa: file:line: text`, the way compilers do, so editors can jump to them. */
export function printGlossaryProblems(
  glossary: {path: string; problems: readonly GlossaryProblem[]},
  io: Io,
  t: Translate
): void {
  for (const problem of glossary.problems) {
    const place = problem.line > 0 ? glossary.path + ':' + problem.line : glossary.path
    io.stderr.write('glossa: ' + place + ': ' + glossaryProblemText(problem, t) + '\n')
  }
}

/**
 * Commands that use the whole glossary (translate, export, import, stats)
 * refuse a broken one, since half a glossary would pass for all of it: print
 * its problems and the line `closing` says. Returns whether it is broken.
 */
export function refuseBrokenGlossary(
  glossary: {path: string; problems: readonly GlossaryProblem[]},
  io: Io,
  t: Translate,
  closing = 'glossaryCheck.fix-first'
): boolean {
  if (glossary.problems.length === 0) return false
  printGlossaryProblems(glossary, io, t)
  io.stderr.write('glossa: ' + t(closing, {file: glossary.path}) + '\n')
  return true
}

/**
 * The localised text of a problem for the terminal. Values come from the
 * file, so control characters in them are shown as `\u0001`: raw, they would
 * be invisible (the message about one would show nothing) or drive the
 * terminal.
 */
export function glossaryProblemText(problem: GlossaryProblem, t: Translate): string {
  const values = Object.fromEntries(
    Object.entries(problem.values).map(([key, value]) => [
      key,
      typeof value === 'string' ? value.replace(/[\p{Cc}\u2028\u2029]/gu, escape) : value
    ])
  )
  return t(problem.code, values)
}

function escape(character: string): string {
  return '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0')
}
