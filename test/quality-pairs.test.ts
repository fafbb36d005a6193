import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkQuality} from '../src/core/index.js'
import {qualityPair} from './quality/quality-pair.mjs'

interface Pair {
  id: string
  it: string
  en: string
  wrong: string | null
  why: string
}

const pairs = JSON.parse(
  await readFile(join(import.meta.dirname, 'fixtures', 'quality', 'pairs.json'), 'utf8')
) as Pair[]
const findings = (pair: Pair) => checkQuality(qualityPair(pair)).map((finding) => finding.ruleId)

describe('the quality test set (test/fixtures/quality/pairs.json)', () => {
  it('has at least 60 pairs, about half wrong, each in one known way', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(60)
    const wrong = pairs.filter((pair) => pair.wrong !== null)
    expect(wrong.length / pairs.length).toBeGreaterThan(0.4)
    expect(new Set(wrong.map((pair) => pair.wrong)).size).toBe(6)
  })

  it.each(pairs.filter((pair) => pair.wrong === null).map((pair) => [pair.id, pair] as const))(
    '%s is right and raises nothing',
    (_, pair) => {
      expect(findings(pair)).toEqual([])
    }
  )

  it.each(pairs.filter((pair) => pair.wrong !== null).map((pair) => [pair.id, pair] as const))(
    '%s is flagged for what is wrong with it, and nothing else',
    (_, pair) => {
      expect(new Set(findings(pair))).toEqual(new Set([pair.wrong]))
    }
  )
})
