/**
 * A copy of `text` that keeps nothing else alive. V8 makes a slice of a long
 * string point into the whole of it, so a unit's text kept for the rest of a
 * run (`DocumentSettings.known`) would keep its article's entire source in
 * memory: with thousands of articles, all of them. Joining forces a flat copy,
 * and the slice of that copy holds only the copy.
 */
export function detach(text: string): string {
  return (' ' + text).slice(1)
}
