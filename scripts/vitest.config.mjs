import { defineConfig } from 'vitest/config';

// Upper bounds only: the tests start the scripts and the Redocly CLI as processes, on a machine that
// may be busy with other work.
export default defineConfig({
  test: { include: ['test/**/*.test.mjs'], testTimeout: 180_000, hookTimeout: 180_000 },
});
