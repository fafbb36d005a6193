/**
 * An Aho–Corasick automaton over a list of keys. Edges live in flat
 * arrays (children of a state are contiguous and sorted by code unit), the
 * root's in a dense table, so 60,000 keys cost a few bytes per trie state.
 */
export interface Automaton {
  rootNext: Int32Array
  edgeStart: Int32Array
  edgeUnit: Uint16Array
  edgeTarget: Int32Array
  fail: Int32Array
  /** The key that ends at a state, or -1. */
  output: Int32Array
  /** The nearest state down the failure chain that has an output, or -1. */
  outputLink: Int32Array
  keyLength: Int32Array
  longest: number
}

/** Build the automaton; a state's output is the index of its key in `keys`. */
export function buildAutomaton(keys: readonly string[]): Automaton {
  // The trie, built from the keys in code-unit order: each key shares with the
  // one before it the states of their common prefix, so no lookup of edges is
  // needed (a map of 10,000 entries' edges took most of the time).
  const parent = [0]
  const unitIn = [0]
  const depth = [0]
  const outputList = [-1]
  let longest = 0
  // Stable, so of keys written twice the later one ends at the state, as in the list.
  const order = keys
    .map((_, id) => id)
    .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0))
  // The states along the previous key, by depth.
  const path = [0]
  let previous = ''

  for (const id of order) {
    const key = keys[id]!
    const limit = Math.min(key.length, previous.length)
    let common = 0
    while (common < limit && key.charCodeAt(common) === previous.charCodeAt(common)) common++
    let state = path[common]!
    for (let index = common; index < key.length; index++) {
      state = parent.length
      parent.push(path[index]!)
      unitIn.push(key.charCodeAt(index))
      depth.push(index + 1)
      outputList.push(-1)
      path[index + 1] = state
    }
    outputList[state] = id
    longest = Math.max(longest, key.length)
    previous = key
  }

  const states = parent.length
  const automaton: Automaton = {
    ...flatEdges(parent, unitIn),
    fail: new Int32Array(states),
    output: Int32Array.from(outputList),
    outputLink: new Int32Array(states).fill(-1),
    keyLength: Int32Array.from(keys, (key) => key.length),
    longest
  }

  // Failure links in breadth-first order: a state's parent, and so every
  // shorter suffix, is linked before the state itself.
  for (const state of byDepth(depth, longest)) {
    if (depth[state]! <= 1) continue
    const fail = nextState(automaton, automaton.fail[parent[state]!]!, unitIn[state]!)
    automaton.fail[state] = fail
    automaton.outputLink[state] = automaton.output[fail]! >= 0 ? fail : automaton.outputLink[fail]!
  }

  return automaton
}

/** The state after reading one code unit, following failure links as needed. */
export function nextState(automaton: Automaton, from: number, unit: number): number {
  let state = from
  for (;;) {
    if (state === 0) return automaton.rootNext[unit]!
    const next = child(automaton, state, unit)
    if (next !== -1) return next
    state = automaton.fail[state]!
  }
}

function child(automaton: Automaton, state: number, unit: number): number {
  const {edgeStart, edgeUnit, edgeTarget} = automaton
  let low = edgeStart[state]!
  let high = edgeStart[state + 1]! - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const found = edgeUnit[middle]!
    if (found === unit) return edgeTarget[middle]!
    if (found < unit) low = middle + 1
    else high = middle - 1
  }
  return -1
}

/** Group each state's outgoing edges, sorted by code unit, in flat arrays. */
function flatEdges(parent: readonly number[], unitIn: readonly number[]) {
  const states = parent.length
  const rootNext = new Int32Array(0x10000)
  const edgeStart = new Int32Array(states + 1)
  for (let state = 1; state < states; state++) edgeStart[parent[state]! + 1]!++
  for (let state = 0; state < states; state++) edgeStart[state + 1]! += edgeStart[state]!

  const fill = edgeStart.slice(0, states)
  const edgeUnit = new Uint16Array(Math.max(states - 1, 0))
  const edgeTarget = new Int32Array(Math.max(states - 1, 0))
  for (let state = 1; state < states; state++) {
    const from = parent[state]!
    if (from === 0) rootNext[unitIn[state]!] = state
    // Children are made in code-unit order (the keys were sorted), so each goes last.
    const at = fill[from]!++
    edgeUnit[at] = unitIn[state]!
    edgeTarget[at] = state
  }
  return {rootNext, edgeStart, edgeUnit, edgeTarget}
}

function byDepth(depth: readonly number[], longest: number): Int32Array {
  const start = new Int32Array(longest + 2)
  for (const value of depth) start[value + 1]!++
  for (let value = 0; value <= longest; value++) start[value + 1]! += start[value]!
  const order = new Int32Array(depth.length)
  depth.forEach((value, state) => {
    order[start[value]!++] = state
  })
  return order
}
