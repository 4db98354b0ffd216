import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// One config for the viewer build (Vite) and for the test runner (Vitest).
export default defineConfig({
  // The viewer app; relative asset URLs let it be served under any path and inlined into one HTML file.
  root: here('./viewer/app'),
  base: './',
  build: {
    outDir: here('./dist/viewer/app'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
    // One script and one stylesheet, so the self-contained export can inline them.
    assetsInlineLimit: 100_000,
    cssCodeSplit: false,
    modulePreload: false,
  },
  test: {
    root: here('.'),
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/temp-dir.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
