import { defineConfig } from 'vitest/config';

// Upper bounds only: the tests start the scripts and the Redocly CLI as processes, on a machine that
// may be busy with other work.
// isolate: false lets the test files share one worker's module cache: each file otherwise re-imports
// openapi-typescript, Redocly's core and Ajv, which cost about a quarter of this suite's CPU. No file
// here mocks modules or changes globals.
export default defineConfig({
  test: { include: ['test/**/*.test.mjs'], testTimeout: 180_000, hookTimeout: 180_000, isolate: false },
});
