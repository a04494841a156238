import { defineConfig } from 'vitest/config';

// Packing and an npm install of every tarball happen once, in the global setup; the timeouts are
// upper bounds for a busy machine, never what a test asserts. The test files start their programs
// as child processes themselves, so worker threads suffice and spare a Node process per file.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'threads',
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
