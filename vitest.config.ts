import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 180_000,
    // Builds run in beforeAll hooks; on a busy 2-core machine they take far longer than the 10 s default.
    hookTimeout: 180_000,
  },
});
