/**
 * Split a UTF-8 byte-order mark off a text: files saved by Windows tools
 * start with one. `bom` is the mark or `''`, so it can be written back.
 */
export function splitBom(text: string): {bom: string; text: string} {
  return text.charCodeAt(0) === 0xfeff ? {bom: '\uFEFF', text: text.slice(1)} : {bom: '', text}
}
