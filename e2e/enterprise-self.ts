import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { login, SCREENSHOTS_DIR } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';

const getJson = <T>(page: Page, path: string): Promise<T> =>
  page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;

/** A write through the page's session (cookie and CSRF token), as the app makes it. */
async function send(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: response.status === 204 ? null : await response.json() };
    },
    { method, path, body },
  );
}

const modalOk = (page: Page) => page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary');

/**
 * Issue 10 item 8 in the browser: the enterprise user keeps its profile and contacts, asks for a
 * change of its legal representative with the new licence attached; the zone admin approves it on
 * 变更审核 and the record follows. Its project shows neither the link to the lead nor the hint to
 * the settings it cannot open.
 */
export function describeEnterpriseSelfService(): void {
  describe('enterprise self-service', () => {
    it('keeps its profile, requests a change that the zone admin approves', { timeout: TEST_TIMEOUT * 2 }, async () => {
      const page = await freshPage();
      const admin = await freshPage();
      try {
        await login(page, 'enterprise');
        const me = await getJson<{ user: { enterpriseId: string } }>(page, '/api/v1/auth/me');
        await page.goto(`/registry/enterprises/${me.user.enterpriseId}`);

        await page.getByTestId('profile-edit').click();
        const profile = page.getByTestId('profile-form');
        await profile.locator('#phone').fill('0355-8123456');
        await profile.locator('#website').fill('www.xingmeng-food.cn');
        await modalOk(page).click();
        await page.getByTestId('profile-self-kept').getByText('0355-8123456').waitFor();

        await page.locator('.ant-tabs-tab', { hasText: '联系人' }).click();
        await page.getByTestId('contact-add').waitFor();

        await page.locator('.ant-tabs-tab', { hasText: '基本信息' }).click();
        await page.getByTestId('change-request-open').click();
        const change = page.getByTestId('change-request-form');
        await change.locator('#legalRepresentative').fill('李萌');
        await change.getByTestId('change-reason').fill('法定代表人变更，已办理工商变更登记');
        await change.locator('input[type=file]').setInputFiles({
          name: '营业执照.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4 licence'),
        });
        await modalOk(page).click();
        await page.locator('.ant-tabs-tab', { hasText: '变更申请' }).click();
        await page.getByTestId('change-requests').locator('[data-status="pending"]').first().waitFor();
        await page.getByTestId('change-requests').getByText('营业执照.pdf').waitFor();
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'enterpriseUser-change-request.png'), fullPage: true });

        await login(admin, 'zoneadmin');
        await admin.locator('[data-menu-key="registry.changeRequests"]').click();
        await admin.waitForURL((url) => url.pathname === '/registry/change-requests');
        const row = admin
          .getByTestId('change-requests')
          .locator('tr.ant-table-row', { hasText: '法定代表人变更，已办理工商变更登记' });
        await row.getByText('李萌').waitFor();
        await admin.screenshot({ path: join(SCREENSHOTS_DIR, 'zoneAdmin-change-requests.png'), fullPage: true });
        await row.getByTestId('change-approve').click();
        await admin.locator('.ant-popconfirm:visible .ant-btn-primary').click();
        await admin.getByText('已通过，登记信息已更新').waitFor();

        await page.reload();
        await page.getByTestId('profile-basic').getByText('李萌').waitFor();
        const told = await getJson<{ items: { kind: string }[] }>(page, '/api/v1/notifications?pageSize=50');
        assert.ok(
          told.items.some((n) => n.kind === 'enterpriseChangeApproved'),
          'the enterprise is told',
        );
      } finally {
        await closePage(page);
        await closePage(admin);
      }
    });

    it('shows its project without the lead link or the hint to the settings', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      const admin = await freshPage();
      let added: { projectId: string; milestoneId: string } | null = null;
      try {
        await login(page, 'enterprise');
        await login(admin, 'zoneadmin');
        const mine = await getJson<{ items: { id: string }[] }>(page, '/api/v1/projects?pageSize=50');
        const projectId = mine.items[0]?.id;
        assert.ok(projectId, 'the demo enterprise has a project');
        // A milestone in a year the working calendar does not know yet brings up the warning.
        const created = await send(admin, 'POST', `/api/v1/projects/${projectId}/milestones`, {
          name: '三期达产（浏览器测试）',
          plannedStartOn: '2029-03-01',
          dueOn: '2029-06-29',
        });
        assert.equal(created.status, 201, JSON.stringify(created.json));
        added = { projectId, milestoneId: (created.json as { id: string }).id };

        await page.goto(`/projects/${projectId}`);
        const warning = page.getByTestId('calendar-warning');
        await warning.waitFor();
        assert.doesNotMatch((await warning.textContent()) ?? '', /项目设置/);
        const figures = page.getByTestId('project-figures');
        assert.equal(await figures.locator('a[href^="/investment/leads/"]').count(), 0, 'no link to the lead');
        assert.equal(await figures.getByText('查看招商信息').count(), 0);

        await admin.goto(`/projects/${projectId}`);
        await admin
          .getByTestId('calendar-warning')
          .getByText(/项目设置/)
          .waitFor();
        assert.equal(await admin.getByTestId('project-figures').getByRole('link', { name: '查看招商信息' }).count(), 1);
      } finally {
        if (added) await send(admin, 'DELETE', `/api/v1/projects/${added.projectId}/milestones/${added.milestoneId}`);
        await closePage(page);
        await closePage(admin);
      }
    });
  });
}
