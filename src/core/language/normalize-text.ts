/** A text as the term automaton reads it, with a way back to the original offsets. */
export interface NormalizedText {
  codes: Uint16Array
  /** For each normalised unit, the offset of the unit (or white-space run, or letter and accent) it came from. */
  origin: Int32Array
  length: number
}

// Per code unit: its lower case (kept when lower-casing changes the length,
// so offsets stay exact; apostrophes all become '), and its class.
const space = 1
const word = 2
const hyphen = 4
const lowerTable = new Int32Array(0x10000).fill(-1)
const classTable = new Int8Array(0x10000).fill(-1)

function lower(unit: number): number {
  let value = lowerTable[unit]!
  if (value === -1) {
    const lowered = String.fromCharCode(unit).toLowerCase()
    value = /['’‘ʼ′]/.test(lowered) ? 0x27 : lowered.length === 1 ? lowered.charCodeAt(0) : unit
    lowerTable[unit] = value
  }
  return value
}

function classOf(unit: number): number {
  let value = classTable[unit]!
  if (value === -1) {
    const character = String.fromCharCode(unit)
    // `_` joins words (snake_case) as letters do.
    value = /\s/.test(character) ? space : /[\p{L}\p{N}\p{M}_]/u.test(character) ? word : 0
    if (/[-\u2010\u2011]/.test(character)) value = hyphen
    classTable[unit] = value
  }
  return value
}

/** Lower-case a text unit by unit, every apostrophe as `'` and every white-space run as one space. */
export function normalizeText(text: string): NormalizedText {
  const codes = new Uint16Array(text.length)
  const origin = new Int32Array(text.length)
  let length = 0
  let inSpace = false
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    if (classOf(unit) === space) {
      if (inSpace) continue
      inSpace = true
      codes[length] = 0x20
    } else {
      inSpace = false
      // A letter typed with a combining accent (`a` + U+0300, as some editors
      // save it) reads as the accented letter, `à`.
      const composed = isCombining(text.charCodeAt(index + 1))
        ? text.slice(index, index + 2).normalize('NFC')
        : ''
      codes[length] = lower(composed.length === 1 ? composed.charCodeAt(0) : unit)
      if (composed.length === 1) {
        origin[length++] = index++
        continue
      }
    }
    origin[length++] = index
  }
  return {codes, origin, length}
}

/** A form as the automaton reads it; empty when it cannot match anything. */
export function normalizeForm(form: string): string {
  if (form.includes('\uFFFC')) return ''
  // `normalizeText` without its offsets and typed arrays: a 10,000-entry
  // glossary asks for hundreds of thousands of short forms.
  let normalized = ''
  let inSpace = false
  for (let index = 0; index < form.length; index++) {
    const unit = form.charCodeAt(index)
    if (classOf(unit) === space) {
      if (!inSpace) normalized += ' '
      inSpace = true
      continue
    }

    inSpace = false
    const composed = isCombining(form.charCodeAt(index + 1))
      ? form.slice(index, index + 2).normalize('NFC')
      : ''
    if (composed.length === 1) index++
    normalized += String.fromCharCode(lower(composed.length === 1 ? composed.charCodeAt(0) : unit))
  }

  let start = 0
  let end = normalized.length
  while (start < end && normalized.charCodeAt(start) === 0x20) start++
  while (end > start && normalized.charCodeAt(end - 1) === 0x20) end--
  return normalized.slice(start, end)
}

// Boundaries are judged on whole code points, so that a letter outside the
// Basic Multilingual Plane still counts as a letter.
function isWordAt(codes: Uint16Array, at: number, length: number): boolean {
  const unit = codes[at]!
  if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < length) return isAstralWord(unit, codes[at + 1]!)
  if (unit >= 0xdc00 && unit <= 0xdfff && at > 0) return isAstralWord(codes[at - 1]!, unit)
  return classOf(unit) === word
}

function isCombining(unit: number): boolean {
  return unit >= 0x300 && unit <= 0x36f
}

function isDigit(unit: number | undefined): boolean {
  return unit !== undefined && unit >= 0x30 && unit <= 0x39
}

function isAstralWord(high: number, low: number): boolean {
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(high, low))
}

/** Whether a match may start at `at`: not inside a word, nor after a word and a hyphen. */
export function startsWord(codes: Uint16Array, at: number): boolean {
  if (at === 0) return true
  if (isWordAt(codes, at - 1, at)) return false
  if (classOf(codes[at - 1]!) !== hyphen || at < 2) return true
  return !isWordAt(codes, at - 2, at - 1)
}

/** Whether a match may end at `at`: not inside a word, nor before a hyphen and a word. */
export function endsWord(codes: Uint16Array, at: number, length: number): boolean {
  if (at >= length) return true
  if (isWordAt(codes, at, length)) return false
  // A number goes on after a decimal point: `GPT-5` is not in `GPT-5.1`.
  if (isDigit(codes[at - 1]) && (codes[at] === 0x2e || codes[at] === 0x2c) && isDigit(codes[at + 1]))
    return false
  if (classOf(codes[at]!) !== hyphen || at + 1 >= length) return true
  return !isWordAt(codes, at + 1, length)
}
