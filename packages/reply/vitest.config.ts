import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The shared rate-limit files spend most of their time waiting out rate windows, not computing:
    // running them side by side (vitest's default on 2 cores is one file at a time) overlaps the waits.
    maxWorkers: 4,
  },
});
