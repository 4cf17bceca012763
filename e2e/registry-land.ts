import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page, Response } from 'playwright-core';
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

interface MapFeature {
  type: 'Feature';
  properties: { code: string };
  geometry: { type: 'Polygon'; coordinates: [number, number][][] };
}
interface ParkMapBody {
  park: { id: string };
  features: MapFeature[];
}

const isMapResponse = (r: Response) => /^\/api\/v1\/parks\/[^/]+\/map$/.test(new URL(r.url()).pathname);

/** The park's map as the API answers it now (to check what an import did or did not change). */
async function fetchMap(page: Page, parkId: string): Promise<ParkMapBody> {
  return page.evaluate(async (id) => (await fetch(`/api/v1/parks/${id}/map`)).json() as Promise<ParkMapBody>, parkId);
}

/** Writes a FeatureCollection to a temporary .geojson file and returns its path. */
function geojsonFile(name: string, features: unknown[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'zonehub-geojson-')), name);
  writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
  return path;
}

/** The OK button of the modal on screen (a closed modal may stay in the page, hidden). */
const okButton = (page: Page) => page.locator('.ant-modal-footer:visible .ant-btn-primary');

/** Opens an antd Select (by a locator inside it), types and picks the option with that text. */
async function pick(page: Page, select: ReturnType<Page['locator']>, typed: string, option: string | RegExp) {
  // A select that depends on another (parcel on park) is disabled until that one is chosen.
  await select.and(page.locator(':not(.ant-select-disabled)')).waitFor();
  await select.click();
  if (typed) await page.keyboard.type(typed);
  const matches = (text: string) => (typeof option === 'string' ? text.includes(option) : option.test(text));
  // On a busy machine the options re-render as they load and a click can land on a replaced node:
  // the dropdown then stays open (CI saw it swallow the next click, then never close). Click until
  // the select shows the choice.
  for (let attempt = 0; attempt < 10; attempt++) {
    const openOption = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option });
    if (await openOption.count())
      await openOption
        .first()
        .click({ timeout: 2_000 })
        .catch(() => undefined);
    await page.waitForTimeout(300);
    if (matches((await select.textContent()) ?? '') && !(await page.locator('.ant-select-dropdown:visible').count()))
      return;
  }
  throw new Error(`pick: the select never showed ${String(option)}`);
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
    it('imports parcel boundaries from GeoJSON: every problem listed, then the map refreshes', {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'zoneadmin');
        const firstMap = page.waitForResponse(isMapResponse);
        await page.goto('/registry/map');
        const map = (await (await firstMap).json()) as ParkMapBody;
        const parcel = map.features[0];
        assert.ok(parcel, 'the park has a parcel with geometry');
        const moved: MapFeature = {
          ...parcel,
          geometry: {
            type: 'Polygon',
            coordinates: parcel.geometry.coordinates.map((ring) => ring.map(([x, y]) => [x + 10, y])),
          },
        };
        const bad = {
          type: 'Feature',
          properties: { code: 'NO-SUCH-PARCEL' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [10, 0],
                [10, 10],
                [0, 10],
              ],
            ],
          },
        };

        await page.getByTestId('geometry-import').click();
        const input = page.locator('.ant-modal input[type=file]');
        await input.setInputFiles(geojsonFile('bad.geojson', [moved, bad]));
        const errors = page.getByTestId('geometry-errors');
        await errors.locator('.ant-list-item').first().waitFor();
        const listed = await errors.locator('.ant-list-item').allTextContents();
        assert.equal(listed.length, 2, listed.join(' | '));
        for (const line of listed) assert.match(line, /^要素 1（NO-SUCH-PARCEL）/);
        assert.ok(listed.some((l) => /未闭合/.test(l)) && listed.some((l) => /没有编号为 NO-SUCH-PARCEL/.test(l)));
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'zoneAdmin-geometry-import-errors.png'), fullPage: true });
        const unchanged = (await fetchMap(page, map.park.id)).features.find(
          (f) => f.properties.code === parcel.properties.code,
        );
        assert.deepEqual(unchanged?.geometry, parcel.geometry, 'nothing was written');

        const refreshed = page.waitForResponse(isMapResponse);
        await input.setInputFiles(geojsonFile('good.geojson', [moved]));
        await page.locator('.ant-message', { hasText: `已更新 1 个地块的边界：${parcel.properties.code}` }).waitFor();
        const after = (await (await refreshed).json()) as ParkMapBody;
        const now = after.features.find((f) => f.properties.code === parcel.properties.code);
        assert.deepEqual(now?.geometry, moved.geometry, 'the map was fetched again with the new boundary');
        await page.locator('.ant-modal').waitFor({ state: 'hidden' });
        await page.waitForTimeout(600);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'zoneAdmin-geometry-import-done.png'), fullPage: true });
      } finally {
        await closePage(page);
      }
    });

    it('registers and edits a factory building, refuses an occupancy over the free area', {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'zoneadmin');
        await page.goto('/registry/buildings');
        const list = page.getByTestId('buildings-page');
        await list.locator('tbody tr.ant-table-row').first().waitFor();

        await page.getByTestId('building-create').click();
        const form = page.getByTestId('building-form');
        await form.locator('#code').fill('E2E-01');
        await form.locator('#name').fill('浏览器测试厂房');
        await pick(page, page.getByTestId('building-park'), '', '中部装备制造与食品加工产业园');
        await pick(page, page.getByTestId('building-parcel'), 'CZ-C-08', 'CZ-C-08');
        await form.locator('#floorAreaM2').fill('1000');
        await form.locator('#floors').fill('2');
        await form.locator('#completedOn').click();
        await form.locator('#completedOn').fill('2025-06-30');
        await form.locator('#completedOn').press('Enter');
        await okButton(page).click();
        await form.waitFor({ state: 'hidden' });
        await list.getByPlaceholder('按编号或名称搜索').fill('E2E-01');
        await list.getByPlaceholder('按编号或名称搜索').press('Enter');
        const row = list.locator('tbody tr.ant-table-row', { hasText: 'E2E-01' });
        await row.waitFor();
        assert.match((await row.textContent()) ?? '', /CZ-C-08.*1,000.*2025-06-30/);

        // The list refetches for the search: click once it has settled on the one building.
        await list.locator('.ant-pagination-total-text', { hasText: '共 1 条' }).waitFor();
        await page.getByTestId('building-edit-E2E-01').click();
        await form.locator('#floorAreaM2').waitFor();
        await form.locator('#floorAreaM2').fill('1200');
        await okButton(page).click();
        await form.waitFor({ state: 'hidden' });
        await row.filter({ hasText: '1,200' }).waitFor();

        await row.locator('.ant-table-row-expand-icon').click();
        const occupancies = page.getByTestId('occupancies-E2E-01');
        await occupancies.getByTestId('occupancy-add').click();
        const move = page.getByTestId('occupancy-form');
        await pick(page, move.locator('.ant-select').first(), '星萌', '山西星萌科技有限公司');
        await move.locator('#areaM2').fill('1500');
        await okButton(page).click();
        const alert = page.getByTestId('occupancy-alert');
        await alert.waitFor();
        assert.match((await alert.textContent()) ?? '', /空余 1200 m²/);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'zoneAdmin-building-over-occupied.png'), fullPage: true });
        await move.locator('#areaM2').fill('800');
        await okButton(page).click();
        await move.waitFor({ state: 'hidden' });
        await occupancies.locator('tbody tr', { hasText: '山西星萌科技有限公司' }).waitFor();
        await row.filter({ hasText: /已入驻 800 \/ 1,200/ }).waitFor();

        await occupancies.getByRole('button', { name: '登记迁出' }).click();
        await page.getByTestId('occupancy-end-form').waitFor();
        await okButton(page).click();
        await page.getByTestId('occupancy-end-form').waitFor({ state: 'hidden' });
        await occupancies.locator('tbody tr', { hasText: /\d{4}-\d{2}-\d{2}.*\d{4}-\d{2}-\d{2}/ }).waitFor();
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'zoneAdmin-building-edited.png'), fullPage: true });
      } finally {
        await closePage(page);
      }
    });
  });
}
