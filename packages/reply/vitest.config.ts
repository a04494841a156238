import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Upper bounds only, never what a test asserts: on a busy 2-core machine the first test of a file
    // can spend many seconds importing the generated validators before it sends anything.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // The shared rate-limit files spend most of their time waiting out rate windows, not computing:
    // running them side by side (vitest's default on 2 cores is one file at a time) overlaps the waits.
    maxWorkers: 4,
  },
});
