// Benchmarks' random numbers: Mulberry32, small, fast and the same on every
// machine, so a corpus is the same on every run.

/** A generator of numbers in [0, 1) from `seed`, and a picker over lists with it. */
export function seededRandom(seed) {
  let state = seed
  const random = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  return {random, pick: (list) => list[Math.floor(random() * list.length)]}
}
