import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
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
  });
}
