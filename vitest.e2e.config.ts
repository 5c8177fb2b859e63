import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (playwright-core) against the built app served by `vite preview`.
export default defineConfig({
  // Tests may seed the shared fixtures (tests/fixtures), which import the domain through `@/`.
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['./tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // What a poll waits for (focus landing, a status appearing) comes after the page's own work, which
    // a slow or busy machine stretches past vitest's 1 s default; a poll still fails if it never comes.
    expect: { poll: { timeout: 10_000 } },
  },
});
