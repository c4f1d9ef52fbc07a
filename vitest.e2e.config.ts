import { defineConfig } from 'vitest/config';

// Browser tests: Debian Chromium driven by playwright-core against the production build.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/serve.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // Real gestures in a real browser on a 2-core machine: a test that fails is run once more, and
    // the run says so; a test that fails twice fails the suite.
    retry: 1,
  },
});
