import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { login, SCREENSHOTS_DIR } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';

interface Portfolio {
  counts: Record<'red' | 'amber' | 'green' | 'done', number>;
  overdueByTaskForce: { name: string }[];
}

/** The leaders' portfolio: light cards that filter the table, blockers, overdue by task force, the paged Gantt. */
export function describeProjectPortfolio(): void {
  describe('projects: portfolio', () => {
    it('shows a leader every light, filters to the red projects and opens one', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'leader');
        await page.goto('/projects/portfolio');
        const table = page.getByTestId('portfolio-table');
        await table.locator('tbody tr.ant-table-row').first().waitFor();
        const expected = (await page.evaluate(async () =>
          (await fetch('/api/v1/projects/portfolio?pageSize=50')).json(),
        )) as Portfolio;
        assert.ok(expected.counts.red > 0, 'the demo has red projects');
        const redCard = page.getByTestId('portfolio-count-red');
        assert.match((await redCard.textContent()) ?? '', new RegExp(String(expected.counts.red)));
        await page.getByTestId('portfolio-overdue-chart').locator('canvas').first().waitFor();

        await redCard.click();
        await page.waitForFunction(
          (n) => document.querySelectorAll('[data-testid="portfolio-table"] tbody tr.ant-table-row').length === n,
          expected.counts.red,
        );
        // Every red project names what blocks it.
        const rows = table.locator('tbody tr.ant-table-row');
        for (let i = 0; i < expected.counts.red; i++) {
          assert.ok((await rows.nth(i).getByTestId('portfolio-blocker').count()) > 0, `row ${i + 1} has a blocker`);
        }
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'leader-portfolio-red.png'), fullPage: true });

        await page.getByTestId('portfolio-gantt-toggle').click();
        await page.getByTestId('portfolio-gantt').locator('canvas').first().waitFor();

        const first = rows.first().getByTestId('portfolio-project-link');
        const name = (await first.textContent()) ?? '';
        await first.click();
        await page.waitForURL((url) => /^\/projects\/[^/]+$/.test(url.pathname));
        await page.getByText(name).first().waitFor();
      } finally {
        await closePage(page);
      }
    });
  });
}
