// One container marker: a quote, a bullet, an ordered item's number, a task's box.
const marker = /^[ \t]*(>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|\[[ xX]\](?=[ \t]|$))/

/**
 * The markers of the containers a block's first line opens with (`>`, `-`,
 * `1.`, `[ ]`, nested ones in order), read from the bytes before `start` on
 * its line, or `''`. A reviewer sees them beside the Italian so a list item
 * or a quote reads as one; they are never part of the unit's text. A later
 * paragraph of a list item has only indentation before it, so none.
 */
export function containerContext(source: string, start: number): string {
  let rest = source.slice(source.lastIndexOf('\n', start - 1) + 1, start)
  const markers: string[] = []

  for (let match = marker.exec(rest); match; match = marker.exec(rest)) {
    markers.push(match[1]!)
    rest = rest.slice(match[0].length)
  }

  return markers.join(' ')
}
