import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEMO_USERNAME_BY_ROLE } from '@zonehub/access';
import type { Page } from 'playwright-core';
import { login, SCREENSHOTS_DIR } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';

const unreadCount = (page: Page) =>
  page.evaluate(
    async () => ((await (await fetch('/api/v1/notifications/unread-count')).json()) as { unread: number }).unread,
  );

/** The badge's number as antd shows it (its title holds the count). */
async function badgeCount(page: Page): Promise<number> {
  const count = page.getByTestId('notification-badge').locator('.ant-badge-count');
  await count.waitFor();
  return Number(await count.getAttribute('title'));
}

/**
 * The bell: the demo seed runs the real alerts job, so the demo task-force member has unread
 * notifications about 星萌's due and overdue milestones. Opening one marks it read and lands on the project.
 */
export function describeNotifications(): void {
  describe('notifications', () => {
    it('shows the unread badge, opens the latest and lands on the project of a notification', {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, DEMO_USERNAME_BY_ROLE.taskForceMember);
        const unread = await unreadCount(page);
        assert.ok(unread > 0, 'the demo task-force member has unread notifications');
        assert.equal(await badgeCount(page), Math.min(unread, 99));

        await page.getByTestId('notification-bell').click();
        const dropdown = page.getByTestId('notification-dropdown');
        // A milestone's notification (its sentence names the 节点) opens its project.
        const item = dropdown.getByTestId('notification-item').filter({ hasText: '节点' }).first();
        await item.waitFor();
        await page.waitForTimeout(300); // let the popover finish fading in
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'notifications-bell.png') });
        await item.click();
        await page.waitForURL((url) => /^\/projects\/[^/]+$/.test(url.pathname));
        await page.getByTestId('project-page').waitFor();
        assert.equal(await unreadCount(page), unread - 1);

        await page.goto('/notifications');
        const list = page.getByTestId('notifications-page');
        await list.locator('.ant-table-row').first().waitFor();
        await list.getByTestId('notifications-filter').getByText('未读').click();
        await page.waitForURL((url) => url.searchParams.get('unread') === 'true');
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'notifications-page.png'), fullPage: true });
      } finally {
        await closePage(page);
      }
    });
  });
}
