import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {createTranslate} from '../src/cli/i18n.js'
import {report} from '../src/cli/report.js'

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

describe('report', () => {
  it('uses vfile-reporter’s layout, to the character, in English', () => {
    expect(report(files(), createTranslate('en'), {quiet: false})).toBe(reporter(files(), {color: false}))
  })

  it('and in quiet mode', () => {
    expect(report(files(), createTranslate('en'), {quiet: true})).toBe(
      reporter(files(), {color: false, quiet: true})
    )
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
