import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The in-process CLI tests and the property tests parse thousands of
    // documents; two cores are all CI has.
    testTimeout: 60_000,
    pool: 'forks'
  }
})
