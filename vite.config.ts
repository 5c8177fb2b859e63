/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { reactPdfPagination } from './scripts/react-pdf-pagination.mjs';

/**
 * Offline app shell (issue 4). Everything the app can ever need is precached, so after one visit
 * every screen, saving and the PDF export (lazy chunk, its worker, Noto Sans TTFs) work with the
 * network off. Updates wait for the user ("prompt"): the app never reloads a tab by itself.
 */
const pwa: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  registerType: 'prompt',
  // src/features/pwa/register-sw.ts registers through `virtual:pwa-register`.
  injectRegister: false,
  // public/ (icons, favicon) is copied into dist and matched by globPatterns below: no duplicates.
  includeManifestIcons: false,
  manifest: {
    id: '/',
    name: 'Equity Decision Tool',
    short_name: 'Equity Tool',
    description:
      'Guided racial equity assessments for city decisions. Works offline; everything stays on this device.',
    lang: 'en',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: '#1a4480',
    background_color: '#ffffff',
    categories: ['productivity', 'government'],
    icons: [
      { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    // `ttf`: the PDF's Noto Sans fonts. USWDS (src/app/uswds.scss) loads no web fonts and its few
    // SVG icons are inlined into the CSS; the image patterns cover public/ and any later asset.
    // Everything the app can load is precached.
    // (manifest.webmanifest is added by the plugin itself; globbing it too would list it twice.)
    globPatterns: ['**/*.{js,css,html,ico,png,svg,jpg,jpeg,gif,webp,ttf,woff,woff2}'],
    // The lazy PDF chunk (@react-pdf/renderer) and its worker are a few MB each before gzip.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // Deep links (/assessments/…/q2) open the app shell offline; files never fall back to it.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [
      /^\/assets\//,
      /^\/sw\.js$/,
      /^\/workbox-/,
      /\/[^/?#]+\.[a-z0-9]+$/i,
    ],
    cleanupOutdatedCaches: true,
    // The first install takes control of the open page at once, so the very first visit already
    // works offline (lazy chunks included) without a reload. An update still waits: it activates
    // only after "Update now" (SKIP_WAITING message) or once every tab of the app is closed.
    clientsClaim: true,
    skipWaiting: false,
    // Hashed file names already change with their content.
    dontCacheBustURLsMatching: /^assets\//,
  },
  devOptions: { enabled: false },
};

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  // reactPdfPagination: the build-time half of the PDF speed seam (docs/decisions/0003). The PDF
  // worker is bundled with its own plugin list, so it is named there too.
  plugins: [react(), reactPdfPagination(), VitePWA(pwa)],
  worker: { plugins: () => [reactPdfPagination()] },
  // Shown in the "Data on this device" panel; set VITE_BUILD_ID at build time to tell builds apart.
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  css: {
    preprocessorOptions: {
      // src/app/uswds.scss: USWDS from its Sass packages (`@forward 'usa-alert'`), as USWDS documents.
      scss: {
        loadPaths: [
          fileURLToPath(new URL('./node_modules/@uswds/uswds/packages', import.meta.url)),
        ],
        quietDeps: true,
      },
    },
  },
  build: {
    target: 'es2022',
    modulePreload: {
      // A lazy screen's own chunk is fetched by its import(); listed among its preloads too, a
      // failed load is requested twice before the screen's error boundary can offer "Try again".
      resolveDependencies: (filename, deps) => deps.filter((d) => !filename.endsWith(d)),
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    // tests/build reads the production build: `npm run test:build` after `npm run build`.
    exclude: ['tests/e2e/**', 'tests/build/**', 'node_modules/**'],
    restoreMocks: true,
    // Loaded through Vite, not Node, so the tests run react-pdf's pagination and text layout as
    // the app does (patched by reactPdfPagination); the renderer too, or it would import the
    // unpatched layout.
    server: { deps: { inline: [/@react-pdf[\\/](renderer|layout|textkit)[\\/]/] } },
  },
});
