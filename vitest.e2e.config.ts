import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium. One file at a time (2 cores), generous timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
});
