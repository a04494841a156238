import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Upper bounds only: a test may start several Prisms one after another, each allowed 90 s to answer.
  test: { include: ['test/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 },
});
