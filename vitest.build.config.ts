import { defineConfig } from 'vitest/config';

// Checks of the production build (`npm run build` first): run by `npm run test:build`.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
  },
});
