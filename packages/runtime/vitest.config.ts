import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Upper bounds only, never what a test asserts (time-dependent logic runs on injected clocks):
    // vitest's 5 s default is too tight for a busy 2-core machine.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // The files share one worker's module cache instead of each re-importing the runtime: no file
    // mocks modules or changes globals (fetch and clocks are injected).
    isolate: false,
  },
});
