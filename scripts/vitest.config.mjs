import { defineConfig } from 'vitest/config';

// Upper bounds only: the tests start the scripts and the Redocly CLI as processes, on a machine that
// may be busy with other work. isolate: false lets the test files in one worker share loaded modules
// (TypeScript, openapi-typescript, openapi-core, loaded redocly.yaml configs) instead of loading them
// again per file, which cost about a quarter of this suite's CPU; the tests keep their state in
// their own temporary repositories, not in module globals.
export default defineConfig({
  test: { include: ['test/**/*.test.mjs'], isolate: false, testTimeout: 180_000, hookTimeout: 180_000 },
});
