import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The server's tests (`npm run test:server`). One process runs the files one after another so
 * that one PGlite (seconds to start with PostGIS) serves them all; see server/test/harness.ts.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['server/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
