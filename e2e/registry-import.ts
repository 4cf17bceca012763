import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { composeUscc } from '@zonehub/uscc';
import ExcelJS from 'exceljs';
import { login, SCREENSHOTS_DIR } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';

// A valid code, and the same code with a wrong check digit.
const GOOD_USCC = composeUscc('91', '140428', 'MA0E2E12');
const BAD_USCC = `${GOOD_USCC.slice(0, 17)}${GOOD_USCC.endsWith('0') ? '1' : '0'}`;
const NAME = '浏览器导入测试有限公司';

/** Fills row 2 of the downloaded template's data sheet and saves it as a new file. */
async function filledTemplate(template: string, out: string, uscc: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(template);
  const sheet = book.getWorksheet('企业信息');
  assert.ok(sheet, 'the template has the 企业信息 sheet');
  sheet.getCell('A2').value = uscc;
  sheet.getCell('B2').value = NAME;
  sheet.getCell('H2').value = '中部装备制造与食品加工产业园';
  sheet.getCell('I2').value = '3511';
  await book.xlsx.writeFile(out);
}

/** The Excel import wizard: template, a sheet with a mistake, its error by row and column, the fix, the import. */
export function describeRegistryImport(): void {
  describe('registry: import', () => {
    it('imports a fixed sheet after showing its mistake by row and column', { timeout: TEST_TIMEOUT * 2 }, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'zonehub-import-'));
      const page = await freshPage();
      try {
        await login(page, 'zoneadmin');
        await page.locator('[data-menu-key="registry.import"]').click();
        await page.waitForURL((url) => url.pathname === '/registry/import');

        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('import-template').click(),
        ]);
        const template = join(dir, 'template.xlsx');
        await download.saveAs(template);
        assert.match(download.suggestedFilename(), /\.xlsx$/);

        await filledTemplate(template, join(dir, 'bad.xlsx'), BAD_USCC);
        await filledTemplate(template, join(dir, 'good.xlsx'), GOOD_USCC);

        await page.getByTestId('import-next').click();
        await page.locator('input[type=file]').setInputFiles(join(dir, 'bad.xlsx'));
        const errorRow = page.getByTestId('import-errors').locator('tbody tr.ant-table-row').first();
        await errorRow.waitFor();
        const cells = await errorRow.locator('td').allTextContents();
        assert.deepEqual(cells.slice(0, 2), ['2', '统一社会信用代码']);
        assert.match(cells[2] ?? '', /校验位错误：应为 .，实际为 ./);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'registry-import-errors.png'), fullPage: true });

        await page.locator('input[type=file]').setInputFiles(join(dir, 'good.xlsx'));
        await page.getByTestId('import-ready').waitFor();
        await page.getByTestId('import-start').click();
        await page.getByTestId('import-result').getByText('导入完成：新增 1 家，更新 0 家').waitFor();
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'registry-import-done.png'), fullPage: true });

        await page.goto(`/registry/enterprises?q=${encodeURIComponent('浏览器导入')}`);
        const rows = page.getByTestId('enterprises-page').locator('tbody tr.ant-table-row');
        await rows.filter({ hasText: NAME }).first().waitFor();
        assert.equal(await rows.count(), 1);

        const [exported] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('enterprise-export').click(),
        ]);
        const exportFile = join(dir, 'export.xlsx');
        await exported.saveAs(exportFile);
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(exportFile);
        assert.equal(book.worksheets[0]?.getCell('B2').value, NAME);
        assert.equal(book.worksheets[0]?.rowCount, 2);
      } finally {
        await closePage(page);
      }
    });
  });
}
