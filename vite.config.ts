import { defineConfig } from 'vitest/config';

// One config for the viewer build (Vite) and for the test runner (Vitest).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
