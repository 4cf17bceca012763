import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { composeUscc } from '@zonehub/uscc';
import { login, SCREENSHOTS_DIR } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';

/** The registry's enterprise list and profile: search by pinyin initials, open the profile, see its tabs. */
export function describeRegistryEnterprises(): void {
  describe('registry: enterprises', () => {
    it('finds 山西星萌科技有限公司 by xmkj and opens its profile', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'zoneadmin');
        await page.locator('[data-menu-key="registry.enterprises"]').click();
        await page.waitForURL((url) => url.pathname === '/registry/enterprises');
        await page.getByTestId('enterprises-page').locator('tbody tr.ant-table-row').first().waitFor();

        const search = page.getByTestId('enterprises-search').locator('input');
        await search.fill('xmkj');
        await search.press('Enter');
        await page.waitForURL((url) => url.searchParams.get('q') === 'xmkj');
        const rows = page.getByTestId('enterprises-page').locator('tbody tr.ant-table-row');
        // The previous page stays on screen while the search runs: wait for the new total.
        await page
          .getByTestId('enterprises-page')
          .locator('.ant-pagination-total-text', { hasText: '共 1 条' })
          .waitFor();
        assert.equal(await rows.count(), 1);
        assert.match((await rows.first().textContent()) ?? '', /山西星萌科技有限公司/);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'registry-enterprises-xmkj.png'), fullPage: true });

        await rows.first().getByRole('link', { name: '山西星萌科技有限公司' }).click();
        await page.waitForURL((url) => url.pathname.startsWith('/registry/enterprises/'));
        await page.getByTestId('profile-name').filter({ hasText: '山西星萌科技有限公司' }).waitFor();
        const tabs = await page.getByTestId('enterprise-profile').locator('.ant-tabs-tab').allTextContents();
        for (const label of ['基本信息', '分类', '联系人', '土地', '变更记录']) {
          assert.ok(tabs.includes(label), `tab ${label} in ${tabs.join(',')}`);
        }
        await page.getByTestId('profile-basic').waitFor();
        assert.match((await page.getByTestId('profile-basic').textContent()) ?? '', /长子县星萌冻干食品有限公司/);
        await page.locator('.ant-tabs-tab', { hasText: '分类' }).click();
        await page.getByTestId('profile-classifications').getByText('链主').first().waitFor();
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'registry-enterprise-profile.png'), fullPage: true });
      } finally {
        await closePage(page);
      }
    });
    it('checks 四上 from a reported revenue, adds it, shows the thresholds; edits a contact', {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'zoneadmin');
        const found = await page.evaluate(
          async () =>
            (await (await fetch('/api/v1/enterprises?q=xmkj')).json()) as { items: { id: string; name: string }[] },
        );
        const xm = found.items.find((e) => e.name === '山西星萌科技有限公司');
        assert.ok(xm, '星萌 is found');
        await page.goto(`/registry/enterprises/${xm.id}`);
        await page.locator('.ant-tabs-tab', { hasText: '分类' }).click();
        const panel = page.getByTestId('four-above-suggestion');
        await panel.waitFor();

        await panel.getByTestId('four-above-year').fill('2025');
        await panel.getByTestId('four-above-revenue').fill('1500');
        await panel.getByTestId('four-above-check').click();
        await panel.getByTestId('four-above-verdict').filter({ hasText: '未达门槛' }).waitFor();
        const below = (await panel.getByTestId('four-above-result').textContent()) ?? '';
        assert.match(below, /工业/);
        assert.match(below, /≥ 2,000万元/);
        assert.match(below, /年主营业务收入2000万元及以上的工业法人单位/);
        assert.equal(await panel.getByTestId('four-above-add').count(), 0, 'nothing to add below the threshold');

        await panel.getByTestId('four-above-revenue').fill('2500');
        await panel.getByTestId('four-above-check').click();
        await panel.getByTestId('four-above-verdict').filter({ hasText: '达到四上标准' }).waitFor();
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'registry-four-above-suggestion.png'), fullPage: true });
        await panel.getByTestId('four-above-add').click();
        await panel.getByTestId('four-above-already').waitFor();
        const table = page.getByTestId('profile-classifications').locator('.ant-table').first();
        await table.locator('tbody tr', { hasText: '2025' }).filter({ hasText: '四上（工业）' }).waitFor();

        await panel.getByTestId('four-above-thresholds').click();
        const thresholds = page.getByTestId('four-above-thresholds-table');
        await thresholds.locator('tbody tr', { hasText: '房地产开发经营' }).waitFor();
        assert.ok((await thresholds.locator('tbody tr').count()) >= 10);
        assert.match((await thresholds.textContent()) ?? '', /无营业收入门槛/);
        await page.waitForTimeout(400); // let the drawer finish sliding in
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'registry-four-above-thresholds.png'), fullPage: true });
        await page.locator('.ant-drawer-close').click();

        await page.locator('.ant-tabs-tab', { hasText: '联系人' }).click();
        const contacts = page.getByTestId('profile-contacts');
        await contacts.getByTestId('contact-add').click();
        const form = page.getByTestId('contact-form');
        await form.locator('#name').fill('浏览器测试联系人');
        await form.locator('#phone').fill('0355-8000001');
        await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
        const row = contacts.locator('tbody tr', { hasText: '浏览器测试联系人' });
        await row.waitFor();
        await row.getByRole('button', { name: /编辑/ }).click();
        await form.locator('#title').fill('招商专员');
        await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
        await row.filter({ hasText: '招商专员' }).waitFor();
        await form.waitFor({ state: 'hidden' });
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'registry-enterprise-contacts.png'), fullPage: true });
        await row.getByRole('button', { name: /删\s*除/ }).click();
        await page.locator('.ant-popconfirm .ant-btn-primary').click();
        await row.waitFor({ state: 'detached' });
      } finally {
        await closePage(page);
      }
    });

    it('tells who saved an enterprise first, keeps the input, and saves it on top', {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'zoneadmin');
        const found = await page.evaluate(
          async () =>
            (await (await fetch(`/api/v1/enterprises?q=${encodeURIComponent('浩润')}`)).json()) as {
              items: { id: string }[];
            },
        );
        const id = found.items[0]?.id;
        assert.ok(id, '浩润 is found');
        await page.goto(`/registry/enterprises/${id}`);
        await page.getByTestId('profile-name').filter({ hasText: '浩润' }).waitFor();
        // The record's edit (the profile also has the enterprise's own 编辑自填信息).
        await page.getByTestId('enterprise-edit').click();
        const employees = page.locator('#enterpriseForm_employees');
        await employees.waitFor();
        await employees.fill('321');
        // Someone else saves first.
        const status = await page.evaluate(async (url) => {
          const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
          const current = (await (await fetch(url)).json()) as { version: number };
          const response = await fetch(url, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            body: JSON.stringify({ version: current.version, address: '并发修改（浏览器测试）' }),
          });
          return response.status;
        }, `/api/v1/enterprises/${id}`);
        assert.equal(status, 200);
        // The conflict reloads the record: the second save must name the version it brings.
        const reloaded = page.waitForResponse(
          (r) => r.request().method() === 'GET' && new URL(r.url()).pathname === `/api/v1/enterprises/${id}`,
        );
        await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
        const problem = page.getByTestId('enterprise-edit-problem');
        await problem.waitFor();
        assert.match((await problem.textContent()) ?? '', /开发区管理员（演示）/);
        assert.equal(await employees.inputValue(), '321');
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'registry-enterprise-conflict.png'), fullPage: true });
        // Saving again applies the input on top of the newer version.
        await reloaded;
        await page.waitForTimeout(300); // let the page render the reloaded record
        await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
        await employees.waitFor({ state: 'hidden' });
        const after = await page.evaluate(
          async (url) => (await (await fetch(url)).json()) as { employees: number; address: string },
          `/api/v1/enterprises/${id}`,
        );
        assert.equal(after.employees, 321);
        assert.equal(after.address, '并发修改（浏览器测试）', 'the other save is kept, not reverted');
      } finally {
        await closePage(page);
      }
    });
    it('lets park staff register an enterprise in their park, with no 403 on the page', {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage();
      const refused: string[] = [];
      page.on('response', (r) => {
        if (r.status() === 403 && new URL(r.url()).pathname.startsWith('/api/')) refused.push(r.url());
      });
      try {
        await login(page, 'park');
        await page.goto('/registry/enterprises');
        await page.getByTestId('enterprises-page').locator('tbody tr.ant-table-row').first().waitFor();
        // The park filter offers the staff member's own park, and only that.
        await page.getByTestId('enterprises-park-filter').click();
        const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
        await options.first().waitFor();
        assert.deepEqual(await options.allTextContents(), ['中部装备制造与食品加工产业园']);
        await page.keyboard.press('Escape');

        await page.getByTestId('enterprise-create').click();
        await page.locator('#enterpriseForm_uscc').fill(composeUscc('91', '140428', 'PARKE2E1'));
        await page.locator('#enterpriseForm_name').fill('长子县园区浏览器登记测试有限公司');
        await page.getByTestId('enterprise-form-park').click();
        await page
          .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '中部装备制造与食品加工产业园' })
          .click();
        await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
        await page.waitForURL((url) => /^\/registry\/enterprises\/[^/]+$/.test(url.pathname));
        await page.getByTestId('profile-name').filter({ hasText: '长子县园区浏览器登记测试有限公司' }).waitFor();
        assert.deepEqual(refused, [], 'no API call refused');
      } finally {
        await closePage(page);
      }
    });
  });
}
