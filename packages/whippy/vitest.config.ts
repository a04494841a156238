import { defineConfig } from 'vitest/config';

// Upper bounds only, never what a test asserts: a busy 2-core machine can be many times slower.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 } });
