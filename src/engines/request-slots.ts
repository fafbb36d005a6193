/**
 * A fixed number of slots that requests take in turn: the DeepL engine
 * holds one for each request it sends, so articles translated together
 * still have `--concurrency` requests in flight at most, all told.
 */
export interface RequestSlots {
  /** Run `task` in a slot, waiting for one to be free. */
  run<T>(task: () => Promise<T>): Promise<T>
  /** Requests in flight now. */
  readonly busy: number
}

export function requestSlots(count: number): RequestSlots {
  const waiting: Array<() => void> = []
  let busy = 0

  const take = (): Promise<void> => {
    if (busy < count) {
      busy++
      return Promise.resolve()
    }

    return new Promise((resolve) => waiting.push(resolve))
  }

  const give = (): void => {
    // The slot passes straight to the next in line, so `busy` stays counted.
    const next = waiting.shift()
    if (next) next()
    else busy--
  }

  return {
    async run(task) {
      await take()
      try {
        return await task()
      } finally {
        give()
      }
    },
    get busy() {
      return busy
    }
  }
}
