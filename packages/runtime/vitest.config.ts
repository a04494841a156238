import { defineConfig } from 'vitest/config';

// The files share one worker's module cache instead of each re-importing the runtime: no file mocks
// modules or changes globals (fetch and clocks are injected).
export default defineConfig({ test: { include: ['test/**/*.test.ts'], isolate: false } });
