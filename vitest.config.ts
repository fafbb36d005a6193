import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The in-process CLI tests and the property tests parse thousands of
    // documents; no single test should come near this.
    testTimeout: 60_000,
    pool: 'threads',
    // Vitest leaves one core free by default, which on CI's two cores runs
    // the files one after another: use them all.
    maxWorkers: availableParallelism()
  }
})
