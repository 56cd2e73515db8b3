import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 180_000,
    // beforeAll hooks run whole Astro builds; a busy 2-core machine needs more than the 10 s default.
    hookTimeout: 180_000,
  },
});
