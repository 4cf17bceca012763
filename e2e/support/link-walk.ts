import type { Page, Request, Response } from 'playwright-core';

/** What went wrong on one visit: the page, and what it showed or what an API call answered. */
export interface DeadEnd {
  page: string;
  /** Where the link to the page was found (null for the home page and the menu's pages). */
  from: string | null;
  problem: string;
}

export interface WalkLimits {
  /** Visits beyond the start pages, per role. */
  maxTargets: number;
  /** Visits per path pattern (ids replaced), so forty lead links cost one or two visits. */
  perPattern: number;
  /** How many links deep from the start pages. */
  depth: number;
  /** Pages whose tabs are opened one by one (a record's tabs load their own data and links). */
  openTabs: (path: string) => boolean;
}

export interface WalkResult {
  visited: string[];
  deadEnds: DeadEnd[];
}

/** A path with its ids replaced, e.g. /projects/:id. */
export function pathPattern(path: string): string {
  return path
    .split('/')
    .map((segment) => (/^[0-9a-z-]{8,}$/i.test(segment) && /\d/.test(segment) ? ':id' : segment))
    .join('/');
}

const QUIET_MS = 250;
const SETTLE_LIMIT_MS = 10_000;

interface Visit {
  path: string;
  from: string | null;
}

/**
 * Follows the page's requests (API calls and lazy chunks), so a visit can wait until the page has
 * loaded what it asks for; and reports every /api/ answer of 403 or 404 with the visit that asked
 * (an answer may arrive after the walk has moved on).
 */
function watchRequests(page: Page, visitNow: () => Visit, onDenied: (visit: Visit, response: Response) => void) {
  let inFlight = 0;
  let lastChange = Date.now();
  const askedBy = new WeakMap<Request, Visit>();
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  page.on('request', (request) => {
    askedBy.set(request, visitNow());
    inFlight += 1;
    lastChange = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/api/') && (response.status() === 403 || response.status() === 404)) {
      onDenied(askedBy.get(response.request()) ?? visitNow(), response);
    }
  });
  /** Resolves once the page's main thread is idle: what a navigation renders and starts has run. */
  const idle = () =>
    page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1_000 })));
  const spinning = page.locator('.ant-layout-content .ant-spin-spinning');
  return async function settle(): Promise<void> {
    // The quiet spell counts from the navigation, not from the previous page's last request.
    lastChange = Date.now();
    const deadline = Date.now() + SETTLE_LIMIT_MS;
    // On a busy machine the page may start its chunk or query well after the route changes: wait
    // until the page is idle, nothing is in flight for a while, and no spinner is left.
    while (Date.now() < deadline) {
      await idle();
      if (inFlight === 0 && Date.now() - lastChange >= QUIET_MS && (await spinning.count()) === 0) return;
      await page.waitForTimeout(50);
    }
  };
}

const ERROR_PAGES = '[data-testid="error-403"], [data-testid="error-404"]';

/**
 * Client-side navigation, as a router link does: the app is not reloaded between visits. An error
 * page still on screen is marked first: React may keep the previous page up while the next renders.
 */
async function goTo(page: Page, path: string): Promise<void> {
  await page.evaluate(
    ({ target, errors }) => {
      document.querySelectorAll(errors).forEach((node) => {
        node.setAttribute('data-walk-stale', '1');
      });
      window.history.pushState(null, '', target);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    { target: path, errors: ERROR_PAGES },
  );
}

/** Waits (briefly) for a marked error page to give way to the page navigated to. */
async function previousPageGone(page: Page): Promise<void> {
  await page
    .locator('[data-walk-stale]')
    .first()
    .waitFor({ state: 'detached', timeout: 3_000 })
    .catch(() => undefined);
}

/** The in-app links on the page: anchors to paths, and downloads under /api/ (checked by a fetch). */
async function linksOn(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[href^="/"]')
    .evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute('href') ?? '').filter((href) => href.startsWith('/') && !href.startsWith('//')),
    );
  return [...new Set(hrefs)];
}

/** Opens each tab of the page in turn, waiting for what it loads; the links of every tab are collected. */
async function linksInTabs(page: Page, settle: () => Promise<void>, onTab: (name: string) => Promise<void>) {
  const tabs = page.locator('.ant-layout-content .ant-tabs-tab');
  const count = await tabs.count();
  const links: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const tab = tabs.nth(i);
    const name = ((await tab.textContent()) ?? '').trim();
    if (!(await tab.getAttribute('class'))?.includes('ant-tabs-tab-active')) {
      await tab.click();
      await settle();
    }
    await onTab(name);
    links.push(...(await linksOn(page)));
  }
  return links;
}

async function shownError(page: Page): Promise<string | null> {
  // The app's 403 and 404 pages (the router's gate, an unknown path, a record the API refused).
  const texts = await page.locator(ERROR_PAGES.replaceAll('"]', '"]:not([data-walk-stale])')).allTextContents();
  return texts.length > 0 ? `shows ${texts[0]?.slice(0, 40)}` : null;
}

async function downloadStatus(page: Page, href: string): Promise<number> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    await response.body?.cancel();
    return response.status;
  }, href);
}

/**
 * Opens each start page (home and the menu's pages), collects its links, and follows them breadth
 * first up to `depth` links deep, within the limits. Each visit is a client-side navigation; a page
 * that shows the 403/404 page, or whose API calls answer 403/404, is a dead end.
 */
export async function walkLinks(page: Page, startPaths: readonly string[], limits: WalkLimits): Promise<WalkResult> {
  const deadEnds: DeadEnd[] = [];
  let current: Visit = { path: '/', from: null };
  const settle = watchRequests(
    page,
    () => current,
    (visit, response) => {
      const url = new URL(response.url());
      deadEnds.push({
        page: visit.path,
        from: visit.from,
        problem: `API ${response.request().method()} ${url.pathname} answered ${response.status()}`,
      });
    },
  );
  const visited: string[] = [];
  const seen = new Set<string>(startPaths);
  const perPattern = new Map<string, number>();
  let targets = 0;
  let frontier: Visit[] = startPaths.map((path) => ({ path, from: null }));

  for (let level = 0; level <= limits.depth && frontier.length > 0; level += 1) {
    const next: Visit[] = [];
    for (const visit of frontier) {
      current = visit;
      if (visit.path.startsWith('/api/')) {
        const status = await downloadStatus(page, visit.path);
        if (status === 403 || status === 404) {
          deadEnds.push({ page: visit.path, from: visit.from, problem: `download answered ${status}` });
        }
        visited.push(visit.path);
        continue;
      }
      await goTo(page, visit.path);
      await settle();
      await previousPageGone(page);
      visited.push(visit.path);
      const error = await shownError(page);
      if (error) {
        deadEnds.push({ page: visit.path, from: visit.from, problem: error });
        continue;
      }
      const links = limits.openTabs(visit.path)
        ? await linksInTabs(page, settle, async (tab) => {
            const inTab = await shownError(page);
            if (inTab) deadEnds.push({ page: `${visit.path} [${tab}]`, from: visit.from, problem: inTab });
          })
        : await linksOn(page);
      if (level === limits.depth) continue;
      for (const href of new Set(links)) {
        const path = href.split('#')[0] ?? href;
        if (seen.has(path)) continue;
        seen.add(path);
        const pattern = pathPattern(path.split('?')[0] ?? path);
        const count = perPattern.get(pattern) ?? 0;
        if (count >= limits.perPattern || targets >= limits.maxTargets) continue;
        perPattern.set(pattern, count + 1);
        targets += 1;
        next.push({ path, from: visit.path });
      }
    }
    frontier = next;
  }
  return { visited, deadEnds };
}
