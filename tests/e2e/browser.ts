import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** A fresh profile per test: its own IndexedDB, service worker and storage. */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  // Nothing may leave the device: fail loudly on any request that is not to our own server.
  context.on('request', (req) => {
    const url = req.url();
    if (!/^(http:\/\/127\.0\.0\.1|blob:|data:)/.test(url)) {
      throw new Error(`Request left the device: ${url}`);
    }
  });
  return context;
}
