/**
 * Browser tests: the built web app against the real server with the demo data, in Debian's Chromium.
 * Run from the repo root after `npm run build -w web`:  node --import tsx e2e/run.ts
 * This file holds the sign-in, language, session and error-page tests; admin.ts and idle.ts the rest.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEMO_USERNAME_BY_ROLE, type MenuEntry, menuFor, ROLES } from '@zonehub/access';
import { describeAdminPages } from './admin.js';
import { describeEnterpriseSelfService } from './enterprise-self.js';
import { describeIdleWarning } from './idle.js';
import { describeInvestmentBoard } from './investment-board.js';
import { describeInvestmentContest } from './investment-contest.js';
import { describeLinkWalk } from './link-walk.js';
import { describeMobile } from './mobile.js';
import { describeNotifications } from './notifications.js';
import { describeProjectAgency } from './project-agency.js';
import { describeProjectInstructions } from './project-instructions.js';
import { describeProjectPortfolio } from './project-portfolio.js';
import { describeProjectWeek } from './project-week.js';
import { describeProjects } from './projects.js';
import { describeRegistryEnterprises } from './registry-enterprises.js';
import { describeRegistryImport } from './registry-import.js';
import { describeRegistryLand } from './registry-land.js';
import { login, SCREENSHOTS_DIR, sideMenuKeys, submitLogin } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';
import { describeWebSecurity } from './web-security.js';

function flatKeys(menu: readonly MenuEntry[]): string[] {
  return menu.flatMap((entry) => [entry.key, ...flatKeys(entry.children ?? [])]);
}

describe('demo accounts', () => {
  for (const role of ROLES) {
    const username = DEMO_USERNAME_BY_ROLE[role];
    it(`${username} (${role}) signs in, sees its menu and the home page`, { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      try {
        await login(page, username);
        assert.equal(new URL(page.url()).pathname, '/');

        const shown = await sideMenuKeys(page);
        assert.deepEqual([...shown].sort(), flatKeys(menuFor(role)).sort(), 'side menu entries');

        const me = await page.evaluate(
          async () => (await fetch('/api/v1/auth/me')).json() as Promise<{ zone: { name: string } | null }>,
        );
        const zoneName = me.zone?.name;
        assert.ok(zoneName, 'the demo account has a zone');
        await page.getByTestId('home-zone-name').waitFor();
        assert.equal(await page.getByTestId('home-zone-name').textContent(), zoneName);
        await page.getByTestId('park-figures-chart').locator('canvas').first().waitFor();

        await page.waitForTimeout(600); // let the bars finish their entry animation
        await page.screenshot({ path: join(SCREENSHOTS_DIR, `${role}-home.png`), fullPage: true });
      } finally {
        await closePage(page);
      }
    });
  }
});

describe('language', () => {
  it('switches to en-US and keeps the choice after a reload', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    try {
      await login(page, 'zoneadmin');
      const home = page.locator('[data-menu-key="home"]');
      assert.equal(await home.textContent(), '首页');

      await page.getByTestId('language-switch').getByText('English').click();
      await page.locator('[data-menu-key="home"]', { hasText: 'Home' }).waitFor();
      assert.equal(await page.locator('[data-menu-key="admin.users"]').textContent(), 'Users');
      assert.equal(await page.getByTestId('user-role').textContent(), 'Zone administrator');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en-US');

      await page.reload();
      await page.locator('[data-menu-key="home"]', { hasText: 'Home' }).waitFor();
      assert.equal(await page.evaluate(() => localStorage.getItem('zonehub.locale')), 'en-US');
      await page.getByText('Figures by park').waitFor();
      await page.screenshot({ path: join(SCREENSHOTS_DIR, 'zoneAdmin-home-en.png'), fullPage: true });
    } finally {
      await closePage(page);
    }
  });
});

describe('session', () => {
  it('sends an expired session to the login page and back to where it was', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    try {
      await login(page, 'zoneadmin');
      await page.goto('/admin/users');
      await page.getByTestId('users-page').locator('.ant-table-row').first().waitFor();

      await page.context().clearCookies();
      await page.getByTestId('users-refresh').click();

      await page.waitForURL((url) => url.pathname === '/login');
      const redirect = new URL(page.url()).searchParams.get('redirect');
      assert.equal(redirect, '/admin/users');

      await submitLogin(page, 'zoneadmin');
      await page.waitForURL((url) => url.pathname === '/admin/users');
      await page.getByTestId('users-page').locator('.ant-table-row').first().waitFor();
    } finally {
      await closePage(page);
    }
  });
});

describe('first sign-in', () => {
  it('makes a new user change the initial password before anything else', { timeout: TEST_TIMEOUT }, async () => {
    const admin = await freshPage();
    const username = `e2e${Date.now().toString(36)}`;
    try {
      await login(admin, 'zoneadmin');
      const status = await admin.evaluate(async (name) => {
        const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
        const response = await fetch('/api/v1/admin/users', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({ username: name, displayName: '新用户', role: 'parkStaff', password: 'Initial#2026' }),
        });
        return response.status;
      }, username);
      assert.equal(status, 201);
    } finally {
      await closePage(admin);
    }

    const page = await freshPage();
    try {
      await page.goto('/login');
      await submitLogin(page, username, 'Initial#2026');
      await page.waitForURL((url) => url.pathname === '/password');
      await page.locator('#currentPassword').fill('Initial#2026');
      await page.locator('#newPassword').fill('short');
      await page.locator('[data-rule="tooShort"].ant-typography-danger').waitFor();
      await page.locator('#newPassword').fill('Changed#2026');
      await page.locator('#confirmPassword').fill('Changed#2026');
      await page.getByRole('button', { name: '修改密码' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByTestId('home-zone-name').waitFor();
    } finally {
      await closePage(page);
    }
  });
});

describe('a failed sign-in', () => {
  it('says how many tries are left', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    try {
      await page.goto('/login');
      // A username of its own: its count is not shared with any other test.
      await submitLogin(page, `e2e-nobody-${Date.now().toString(36)}`, 'Wrong#pass1');
      const error = page.getByTestId('login-error');
      await error.getByText('用户名或密码错误。').waitFor();
      await error.getByText('还可尝试 4 次，之后将暂时锁定登录。').waitFor();
    } finally {
      await closePage(page);
    }
  });
});

describe('error pages', () => {
  it('shows the 404 page for an unknown route', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    try {
      await login(page, 'leader');
      await page.goto('/no/such/page');
      await page.getByTestId('error-404').waitFor();
    } finally {
      await closePage(page);
    }
  });

  it('shows the 403 page when a non-admin opens /admin/users', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    try {
      await login(page, 'park');
      await page.goto('/admin/users');
      await page.getByTestId('error-403').waitFor();
      await page.screenshot({ path: join(SCREENSHOTS_DIR, 'parkStaff-403.png') });
    } finally {
      await closePage(page);
    }
  });
});

describeAdminPages();
describeIdleWarning();
describeRegistryEnterprises();
describeRegistryImport();
describeRegistryLand();
describeInvestmentContest();
describeInvestmentBoard();
describeProjects();
describeProjectPortfolio();
describeProjectAgency();
describeNotifications();
describeProjectWeek();
describeWebSecurity();
describeMobile();
describeEnterpriseSelfService();
describeLinkWalk();
describeProjectInstructions();
