import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The e2e suite drives a real browser; give it room, keep unit tests fast.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
