import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, newContext } from './browser.js';
import { type RunningServer, startServer } from './server.js';

/** How long one browser test may take. */
export const TEST_TIMEOUT = 60_000;

let server: RunningServer | undefined;
let browser: Browser | undefined;

// One server (fresh data dir, demo data) and one browser for every test file of the run.
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A fresh browser context (no cookies, no stored language) with one page; desktop-sized unless `device` says. */
export async function freshPage(device?: BrowserContextOptions): Promise<Page> {
  assert.ok(browser && server, 'browser and server are up');
  const context = await newContext(browser, server.baseUrl, device);
  return context.newPage();
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}
