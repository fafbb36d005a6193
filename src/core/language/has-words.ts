// Letters, digits and marks, joined by the hyphens, dots, commas, slashes,
// underscores and pluses of version numbers and product names
// (`Llama-3.1-8B`, `3,5`, `x86_64`); an apostrophe ends a token, so the
// Italian `dell'H100` keeps its word.
const token = /[\p{L}\p{M}\p{N}]+(?:[-‐‑.,/_+][\p{L}\p{M}\p{N}]+)*/gu

// Symbols of measure an article writes after a number, the same in English
// (`3,5 GB`, `700 W`); compared as written, so the Italian `a` or `e` after a
// number is still a word. An Italian abbreviation (`mld`, `mln`) is not here:
// it has an English of its own.
const symbols = new Set([
  ...['B', 'kB', 'KB', 'MB', 'GB', 'TB', 'PB', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'],
  ...['bit', 'kbit', 'Mbit', 'Gbit', 'Tbit', 'bps', 'kbps', 'Mbps', 'Gbps', 'Tbps'],
  ...['Hz', 'kHz', 'MHz', 'GHz', 'THz', 'W', 'kW', 'MW', 'GW', 'TW', 'Wh', 'kWh', 'MWh', 'GWh', 'TWh'],
  ...['ms', 'µs', 'μs', 'ns', 'nm', 'mm', 'cm', 'km'],
  ...['FLOPS', 'GFLOPS', 'TFLOPS', 'PFLOPS', 'EFLOPS']
])

/**
 * Whether a text holds a word to translate: a token of letters only that is
 * not a symbol of measure right after a number. Numbers (`2025`, `3,5`),
 * codes that mix letters and digits (`8B`, `H100`, `GPT-5`, `Llama-3.1-8B`)
 * and punctuation have none; the caller takes out what it holds aside
 * (markup, do-not-translate names) first.
 */
export function hasWords(text: string): boolean {
  let afterNumber = false
  let end = 0

  for (const match of text.matchAll(token)) {
    const value = match[0]
    const letters = /\p{L}/u.test(value)
    const digits = /\p{N}/u.test(value)
    const spaced = /^[ \t\u00A0\u202F]*$/.test(text.slice(end, match.index))
    if (letters && !digits && !(afterNumber && spaced && symbols.has(value))) return true
    afterNumber = !letters
    end = match.index + value.length
  }

  return false
}
