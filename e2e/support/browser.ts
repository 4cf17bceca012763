import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

export const SCREENSHOTS_DIR = fileURLToPath(new URL('../screenshots', import.meta.url));
export const DEMO_PASSWORD = 'Demo@2026';

/** Debian's Chromium; a browser is never downloaded. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A desktop-sized context unless `device` says otherwise (a phone's viewport, touch, pixel ratio). */
export async function newContext(
  browser: Browser,
  baseURL: string,
  device: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1366, height: 860 },
    locale: 'zh-CN',
    ...device,
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Fills and submits the login form of the page (which must be on /login). */
export async function submitLogin(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Opens /login, signs in and waits to leave the login page. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await submitLogin(page, username, password);
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** The keys of the side menu, as rendered (`data-menu-key` of each label). */
export async function sideMenuKeys(page: Page): Promise<string[]> {
  const menu = page.getByTestId('side-menu');
  await menu.locator('[data-menu-key]').first().waitFor();
  return menu
    .locator('[data-menu-key]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-menu-key') ?? ''));
}
