import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { login, SCREENSHOTS_DIR } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';
import { assertDescriptionsReadable, assertFitsScreen, assertOnScreen, PHONE, textShape } from './support/phone.js';

async function firstId(page: Page, path: string): Promise<string> {
  const body = (await page.evaluate(async (url) => (await fetch(url)).json(), path)) as { items: { id: string }[] };
  const id = body.items[0]?.id;
  assert.ok(id, `${path} lists something`);
  return id;
}

/** Opens `path`, waits for `ready`, checks nothing sticks out and keeps a screenshot. */
async function visit(page: Page, path: string, ready: (page: Page) => Locator, shot: string): Promise<void> {
  await page.goto(path);
  await ready(page).first().waitFor();
  await page.waitForTimeout(500); // charts and tables settle their widths
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `phone-${shot}.png`), fullPage: true });
  await assertFitsScreen(page, path);
}

/** The menu is closed; its button opens it as a drawer, a choice navigates and closes it again. */
async function useMenuDrawer(page: Page, key: string, path: string, shot: string): Promise<void> {
  const menu = page.getByTestId('side-menu');
  assert.equal(await menu.isVisible(), false, 'the menu is closed on a phone');
  await page.getByTestId('menu-button').click();
  await menu.waitFor();
  await page.waitForTimeout(400); // let the drawer finish sliding in
  await assertOnScreen(page.getByTestId('menu-drawer'), 'the menu drawer');
  await assertFitsScreen(page, 'the open menu');
  // The language switch moved into the drawer's foot: it must be on the screen, not below it.
  const language = await page.getByTestId('language-switch').boundingBox();
  assert.ok(language && language.y + language.height <= (page.viewportSize()?.height ?? 0), 'language switch shown');
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `phone-${shot}-menu.png`) });
  await menu.locator(`[data-menu-key="${key}"]`).click();
  await page.waitForURL((url) => url.pathname === path);
  await menu.waitFor({ state: 'hidden' });
}

/** The header keeps the bell and the account menu in reach: each opens a popup that fits the screen. */
async function useHeader(page: Page, shot: string): Promise<void> {
  await page.getByTestId('notification-bell').click();
  await assertOnScreen(page.getByTestId('notification-dropdown'), 'the latest notifications');
  await page.waitForTimeout(300); // let the popover finish fading in
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `phone-${shot}-bell.png`) });
  await page.getByTestId('notification-bell').click();
  await page.getByTestId('notification-dropdown').waitFor({ state: 'hidden' });

  await page.getByTestId('user-menu').click();
  const password = page.locator('.ant-dropdown-menu-item', { hasText: '修改密码' });
  await assertOnScreen(password, 'the account menu');
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `phone-${shot}-account.png`) });
  await page.keyboard.press('Escape');
  await password.waitFor({ state: 'hidden' });
}

const TABLET_WIDTH = 820;

/** Item 19: a phone at 390 × 844, as an enterprise contact or a leader opening a link from WeChat. */
export function describeMobile(): void {
  describe('phone', () => {
    it('fits the sign-in page on a phone', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage(PHONE);
      try {
        await visit(page, '/login', (p) => p.getByTestId('login-submit'), 'login');
      } finally {
        await closePage(page);
      }
    });

    it("fits the enterprise user's home, profile, projects and project on a phone", {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage(PHONE);
      try {
        await login(page, 'enterprise');
        await visit(page, '/', (p) => p.getByTestId('home-zone-name'), 'enterprise-home');
        // The zone card read "批准设立" and "2022年7月6日" one character to a line.
        const approved = page.locator('.ant-descriptions-item', { hasText: '批准设立' });
        for (const cell of [
          approved.locator('.ant-descriptions-item-label'),
          approved.locator('.ant-descriptions-item-content'),
        ]) {
          const shape = await textShape(cell);
          assert.equal(shape.lines, 1, `"${shape.text}" on one line`);
        }
        await assertDescriptionsReadable(page.locator('.ant-card').first(), 'home zone card');
        await page.getByTestId('zone-name').waitFor();
        await useHeader(page, 'enterprise');

        await useMenuDrawer(page, 'projects.list', '/projects/list', 'enterprise');
        await page.getByTestId('projects-list').locator('.ant-table-row').first().waitFor();
        await assertFitsScreen(page, '/projects/list');
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'phone-enterprise-projects.png'), fullPage: true });

        await visit(page, '/registry/enterprises', (p) => p.getByTestId('enterprises-page'), 'enterprise-registry');
        const enterprise = await firstId(page, '/api/v1/enterprises?pageSize=1');
        await visit(
          page,
          `/registry/enterprises/${enterprise}`,
          (p) => p.getByTestId('profile-basic'),
          'enterprise-profile',
        );
        await assertDescriptionsReadable(page.getByTestId('profile-basic'), 'enterprise profile');

        const project = await firstId(page, '/api/v1/projects?pageSize=1');
        await visit(page, `/projects/${project}`, (p) => p.getByTestId('project-figures'), 'enterprise-project');
        await assertDescriptionsReadable(page.getByTestId('project-figures'), 'project figures');
      } finally {
        await closePage(page);
      }
    });

    it("fits the leader's home, portfolio, projects, project, notifications, meetings and reports on a phone", {
      timeout: TEST_TIMEOUT * 2,
    }, async () => {
      const page = await freshPage(PHONE);
      try {
        await login(page, 'leader');
        await visit(page, '/', (p) => p.getByTestId('home-zone-name'), 'leader-home');
        await assertDescriptionsReadable(page.locator('.ant-card').first(), 'home zone card');

        // The leader works in two zones: the switch stays in the header and lists both.
        const me = (await page.evaluate(async () => (await fetch('/api/v1/auth/me')).json())) as {
          zones: { name: string }[];
        };
        assert.ok(me.zones.length >= 2, 'the demo leader has two zones');
        const zoneSwitch = page.getByTestId('zone-switcher');
        await assertOnScreen(zoneSwitch, 'the zone switch');
        const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
        // A refetch of the session as the page settles can close the list just opened: open it again.
        for (let attempt = 0; attempt < 5 && (await options.count()) !== me.zones.length; attempt++) {
          if (!(await options.count())) await zoneSwitch.click();
          await options
            .first()
            .waitFor({ timeout: 3_000 })
            .catch(() => undefined);
          await page.waitForTimeout(300);
        }
        assert.equal(await options.count(), me.zones.length);
        await assertOnScreen(page.locator('.ant-select-dropdown:visible'), 'the zone list');
        await page.keyboard.press('Escape');
        await useHeader(page, 'leader');

        await useMenuDrawer(page, 'projects.portfolio', '/projects/portfolio', 'leader');
        await page.getByTestId('portfolio-table').locator('.ant-table-row').first().waitFor();
        await page.waitForTimeout(500);
        await assertFitsScreen(page, '/projects/portfolio');
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'phone-leader-portfolio.png'), fullPage: true });

        await visit(
          page,
          '/projects/list',
          (p) => p.getByTestId('projects-list').locator('.ant-table-row'),
          'leader-projects',
        );
        const project = await firstId(page, '/api/v1/projects?pageSize=1');
        await visit(page, `/projects/${project}`, (p) => p.getByTestId('project-figures'), 'leader-project');
        await assertDescriptionsReadable(page.getByTestId('project-figures'), 'project figures');
        await visit(
          page,
          '/notifications',
          (p) => p.getByTestId('notifications-page').locator('.ant-table-row'),
          'leader-notifications',
        );
        await visit(
          page,
          '/projects/meetings',
          (p) => p.getByTestId('series-list').locator('.ant-table-row'),
          'leader-meetings',
        );
        await page.getByTestId('series-link').first().click();
        await page.getByTestId('series-meetings').waitFor();
        await assertFitsScreen(page, 'a meeting series');
        await assertDescriptionsReadable(page.locator('.ant-descriptions').first(), 'meeting series');
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'phone-leader-series.png'), fullPage: true });
        await visit(page, '/projects/reports', (p) => p.getByTestId('report-weekly'), 'leader-reports');
      } finally {
        await closePage(page);
      }
    });

    it('folds the side menu to its icons on a tablet', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage({ ...PHONE, viewport: { width: TABLET_WIDTH, height: 1180 }, deviceScaleFactor: 2 });
      try {
        await login(page, 'leader');
        await page.goto('/projects/list');
        await page.getByTestId('projects-list').locator('.ant-table-row').first().waitFor();
        await page.locator('.ant-layout-sider-collapsed').waitFor();
        assert.equal(await page.getByTestId('menu-button').count(), 0, 'no drawer button beside a side menu');
        await assertFitsScreen(page, '/projects/list', TABLET_WIDTH);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tablet-leader-projects.png'), fullPage: true });
      } finally {
        await closePage(page);
      }
    });

    it("keeps every entry of the leader's side menu clear of the fold button on a laptop", {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage({ viewport: { width: 1366, height: 860 } });
      try {
        await login(page, 'leader');
        const entries = page.getByTestId('side-menu').locator('[data-menu-key]');
        await entries.first().waitFor();
        const last = entries.last();
        await last.scrollIntoViewIfNeeded();
        const box = await last.boundingBox();
        assert.ok(box, 'the last menu entry is laid out');
        const hit = await page.evaluate(
          ({ x, y }) =>
            document.elementFromPoint(x, y)?.closest('[data-menu-key]')?.getAttribute('data-menu-key') ?? null,
          { x: box.x + box.width / 2, y: box.y + box.height / 2 },
        );
        assert.equal(
          hit,
          await last.getAttribute('data-menu-key'),
          'the last entry, not the fold button, takes the click',
        );
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'laptop-leader-menu.png') });
      } finally {
        await closePage(page);
      }
    });
  });
}
