import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROLES } from '@zonehub/access';
import type { Page } from 'playwright-core';
import { login, SCREENSHOTS_DIR } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';

/** The rows a table shows (Ant Design's placeholder row for "no data" is not one). */
function tableRows(page: Page, testId: string) {
  return page.getByTestId(testId).locator('tbody tr.ant-table-row');
}

/** The "共 N 条" of a paginated table. */
async function totalOf(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).locator('.ant-pagination-total-text').textContent()) ?? '';
  return Number(/\d+/.exec(text)?.[0] ?? Number.NaN);
}

/** Admin pages: roles, org units (paginated, searchable), users (sortable), the audit actor filter. */
export function describeAdminPages(): void {
  describe('admin pages', () => {
    it('shows zoneadmin the eight roles with their permissions', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'zoneadmin');
        await page.locator('[data-menu-key="admin.roles"]').click();
        await page.waitForURL((url) => url.pathname === '/admin/roles');
        await tableRows(page, 'roles-page')
          .nth(ROLES.length - 1)
          .waitFor();
        assert.equal(await tableRows(page, 'roles-page').count(), 8);
        const firstRow = tableRows(page, 'roles-page').first();
        assert.match((await firstRow.textContent()) ?? '', /系统管理员.*新建开发区.*系统管理：用户管理、角色权限/);
        await page.getByTestId('roles-explain').waitFor();
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'zoneAdmin-roles.png'), fullPage: true });
      } finally {
        await closePage(page);
      }
    });

    it('pages and searches the org units of 长子', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'zoneadmin');
        await page.goto('/admin/org-units?pageSize=10');
        await tableRows(page, 'org-units-page').first().waitFor();
        assert.ok((await totalOf(page, 'org-units-page')) >= 20, 'total of 长子 org units');
        assert.equal(await tableRows(page, 'org-units-page').count(), 10);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'zoneAdmin-org-units.png'), fullPage: true });

        await page.getByTestId('org-units-page').locator('.ant-pagination-item-2').click();
        await page.waitForURL((url) => url.searchParams.get('page') === '2');
        await tableRows(page, 'org-units-page').first().waitFor();

        await page.getByTestId('org-units-search').locator('input').fill('招商局');
        await page.getByTestId('org-units-search').locator('input').press('Enter');
        await page.waitForURL((url) => url.searchParams.get('q') === '招商局' && !url.searchParams.has('page'));
        await page
          .getByTestId('org-units-page')
          .locator('.ant-pagination-total-text', { hasText: '共 1 条' })
          .waitFor();
        assert.equal(await tableRows(page, 'org-units-page').count(), 1);
        assert.match((await tableRows(page, 'org-units-page').first().textContent()) ?? '', /招商局/);
      } finally {
        await closePage(page);
      }
    });

    it('sorts users by a column header through the URL', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'zoneadmin');
        await page.goto('/admin/users');
        await tableRows(page, 'users-page').first().waitFor();
        const header = page.getByTestId('users-page').locator('th', { hasText: '创建时间' });
        const loading = page.getByTestId('users-page').locator('.ant-spin-blur');
        await header.click();
        await page.waitForURL((url) => url.searchParams.get('sort') === 'createdAt');
        assert.equal(new URL(page.url()).searchParams.get('order'), 'asc');
        await page.getByTestId('users-page').locator('th[aria-sort="ascending"]', { hasText: '创建时间' }).waitFor();
        await loading.waitFor({ state: 'detached' }); // a click on a loading table is not taken
        await header.click();
        await page.waitForURL((url) => url.searchParams.get('order') === 'desc');
        await page.getByTestId('users-page').locator('th[aria-sort="descending"]', { hasText: '创建时间' }).waitFor();
      } finally {
        await closePage(page);
      }
    });

    it('shows the audit log in words a Chinese auditor reads', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'zoneadmin');
        await page.goto('/audit');
        const first = tableRows(page, 'audit-page').first();
        await first.waitFor();
        // The newest entry is this sign-in: 登录, not auth.login; the user by name, not a UUID.
        assert.equal(await first.getByTestId('audit-action').textContent(), '登录');
        const entity = (await first.getByTestId('audit-entity').textContent()) ?? '';
        assert.match(entity, /zoneadmin/);
        assert.doesNotMatch(entity, /[0-9a-f]{8}-[0-9a-f]{4}-/);
        assert.match((await first.textContent()) ?? '', /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
        // The type filter offers every kind of object the log records, by its name.
        await page.getByTestId('audit-page').locator('.ant-select', { hasText: '全部类型' }).click();
        await page.keyboard.type('项目信息');
        await page.locator('.ant-select-dropdown .ant-select-item-option', { hasText: '项目信息附件' }).waitFor();
      } finally {
        await closePage(page);
      }
    });

    it('offers the people of the log as actors to a leader', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'leader');
        await page.goto('/audit');
        await page.getByTestId('audit-actor').click();
        const options = page.locator('.ant-select-dropdown .ant-select-item-option');
        await options.first().waitFor();
        assert.ok((await options.count()) >= 1, 'at least the leader, who just signed in');
      } finally {
        await closePage(page);
      }
    });
  });
}
