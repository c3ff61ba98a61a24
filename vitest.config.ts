import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and server suites share port and database files; run files one at a time per worker.
    fileParallelism: true,
    env: { TZ: 'UTC' },
  },
});
