// End-to-end tests: the built renderer (dist/renderer) served by `vite preview`, driven in Debian's
// Chromium through playwright-core. Run with `npm run test:e2e` (which builds first).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
