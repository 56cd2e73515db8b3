import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run real builds: on a busy 2-core machine one can take minutes. These limits only catch a hang.
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
