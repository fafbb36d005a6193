import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {createTranslate} from '../src/cli/i18n.js'
import {createReportWriter, report} from '../src/cli/report.js'

function files() {
  const a = new VFile({path: 'articles/a.md'})
  a.message('Unexpected `x`, expected `y`', {
    place: {line: 3, column: 5},
    ruleId: 'x-first',
    source: 'glossa'
  })
  a.message('Another reason', {
    place: {start: {line: 12, column: 15}, end: {line: 12, column: 20}},
    ruleId: 'x-second-rule',
    source: 'glossa'
  })
  const b = new VFile({path: 'articles/b.md'})
  const fatal = b.message('Cannot read', {ruleId: 'x-third', source: 'glossa'})
  fatal.fatal = true
  const c = new VFile({path: 'articles/c.md'})
  return [a, b, c]
}

/** vfile-reporter's report of each file alone, without its byline, joined as it joins files. */
function perFile(list: VFile[], quiet: boolean): string {
  const blocks = list
    .map((file) => reporter([file], {color: false, quiet}).replace(/\n\n[^\n]*$/, ''))
    .filter(Boolean)
  const byline = reporter(list, {color: false, quiet}).split('\n').at(-1)!
  return blocks.join('\n\n') + '\n\n' + byline
}

describe('report', () => {
  it('lays out each file as vfile-reporter lays it out alone, to the character, in English', () => {
    const text = report(files(), createTranslate('en'), {quiet: false})
    expect(text).toBe(perFile(files(), false))
    // Aligned within a file, not across files: a run prints each file once it is done.
    expect(text).not.toBe(reporter(files(), {color: false}))
  })

  it('and in quiet mode', () => {
    expect(report(files(), createTranslate('en'), {quiet: true})).toBe(perFile(files(), true))
  })

  it('writes each file as it comes, and the byline once at the end', () => {
    const chunks: string[] = []
    const writer = createReportWriter((text) => chunks.push(text), createTranslate('en'), {quiet: true})
    const [a, b, c] = files()
    writer.file(a!)
    expect(chunks).toHaveLength(1)
    expect(chunks[0]).toMatch(/^articles\/a\.md\n3:5 /)
    writer.file(c!)
    expect(chunks).toHaveLength(1)
    writer.file(b!)
    writer.end()
    expect(chunks.join('')).toBe(report([a!, c!, b!], createTranslate('en'), {quiet: true}) + '\n')
    expect(writer.counts).toEqual({fatal: 1, warnings: 2})
  })

  it('localises severities, the byline and known rules in Italian', () => {
    const file = new VFile({path: 'a.md'})
    const message = file.message('x', {
      place: {line: 2, column: 1},
      ruleId: 'markup-mismatch',
      source: 'glossa'
    })
    message.actual = 'nothing'
    message.expected = ['<g id="1">']
    expect(report([file], createTranslate('it'), {quiet: false})).toBe(
      [
        'a.md',
        '2:1 avviso `nothing` inatteso nella traduzione, atteso `<g id="1">`; nel file inglese resta l’italiano markup-mismatch glossa'.replace(
          'l’italiano',
          "l'italiano"
        ),
        '',
        '⚠ 1 avviso'
      ].join('\n')
    )
  })
})
