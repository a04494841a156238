import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Upper bounds only: a test may start several Prisms one after another, each allowed 90 s to answer.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // The files share one worker's module cache instead of each re-importing the mock, its engine and
    // validators. No file mocks modules or changes globals, and each stops what it starts.
    isolate: false,
  },
});
