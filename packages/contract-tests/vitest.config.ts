import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    // Upper bounds only, never what a test asserts: a busy 2-core machine can be many times slower.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
