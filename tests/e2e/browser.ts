import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh profile per test: its own IndexedDB, service worker and storage. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
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
