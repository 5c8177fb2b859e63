import path from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (playwright-core) against the built app served by `vite preview`.
export default defineConfig({
  // Tests may build their data with the app's own domain code (`@/domain/…`).
  resolve: { alias: { '@': path.resolve(import.meta.dirname, 'src') } },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['./tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
