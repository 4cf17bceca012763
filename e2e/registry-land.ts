import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { login, SCREENSHOTS_DIR } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';

/**
 * Moves the mouse over a grid of points on the map canvas until the tooltip names a parcel that has
 * an enterprise; returns that point. (Regions are drawn on a canvas, so there is no element to find.)
 */
async function findParcelWithEnterprise(page: Page): Promise<{ x: number; y: number; text: string }> {
  const chart = page.getByTestId('park-map-chart');
  const box = await chart.boundingBox();
  assert.ok(box, 'the map has a size');
  for (let row = 1; row < 16; row++) {
    for (let col = 1; col < 16; col++) {
      const x = box.x + (box.width * col) / 16;
      const y = box.y + (box.height * row) / 16;
      await page.mouse.move(x, y);
      await page.waitForTimeout(40);
      const tip = chart.getByText(/地块 CZ-/);
      if ((await tip.count()) === 0 || !(await tip.first().isVisible())) continue;
      const text = (await tip.first().locator('xpath=..').textContent()) ?? '';
      if (/有限公司/.test(text)) return { x, y, text };
    }
  }
  throw new Error('no parcel with an enterprise under the mouse anywhere on the map');
}

/** The park map: parcels drawn from GeoJSON, a tooltip on hover, a drawer on click with the enterprise link. */
export function describeRegistryLand(): void {
  describe('registry: park map', () => {
    it('shows the leader the parcels of a park, hover and click open a parcel', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'leader');
        await page.goto('/registry/map');
        await page.getByTestId('park-map-chart').locator('canvas').first().waitFor();
        await page.waitForTimeout(800); // let the regions finish their entry animation
        const hit = await findParcelWithEnterprise(page);
        assert.match(hit.text, /亩/);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'leader-park-map.png'), fullPage: true });

        await page.mouse.click(hit.x, hit.y);
        const drawer = page.getByTestId('parcel-drawer');
        const link = page.getByTestId('parcel-enterprise-link');
        await link.waitFor();
        assert.match((await drawer.textContent()) ?? '', /CZ-/);
        const name = (await link.textContent()) ?? '';
        assert.ok(hit.text.includes(name), `the drawer's enterprise ${name} is the hovered parcel's`);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'leader-park-map-drawer.png'), fullPage: true });
        await link.click();
        await page.waitForURL((url) => /^\/registry\/enterprises\/[0-9a-f-]+$/.test(url.pathname));
      } finally {
        await closePage(page);
      }
    });

    it('colours by industry with a legend, and lists parcels and buildings', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'zoneadmin');
        await page.goto('/registry/map');
        await page.getByTestId('park-map-chart').locator('canvas').first().waitFor();
        await page.getByTestId('park-map-coloring').getByText('按行业门类').click();
        await page.waitForTimeout(600);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'zoneAdmin-park-map-industry.png'), fullPage: true });
        await page.goto('/registry/parcels');
        await page.getByTestId('parcels-page').locator('tbody tr.ant-table-row').first().waitFor();
        assert.match((await page.getByTestId('parcels-page').textContent()) ?? '', /CZ-C-01/);
        await page.goto('/registry/buildings');
        await page.getByTestId('buildings-page').locator('tbody tr.ant-table-row').first().waitFor();
        assert.match((await page.getByTestId('buildings-page').textContent()) ?? '', /丹朱总部经济园区1号标准化厂房/);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'zoneAdmin-buildings.png'), fullPage: true });
      } finally {
        await closePage(page);
      }
    });
  });
}
