import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { login, SCREENSHOTS_DIR } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';

/** Today in the zone (Asia/Shanghai), as the server counts periods. */
const zoneToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

interface BoardRow {
  key: string;
  name: string;
  visits: number;
  newLeads: number;
  score: number;
}

/** The contest page draws two tables, two charts and the reminders at once: slow on a busy machine. */
const BOARD_TIMEOUT = 45_000;
/** Each test opens the contest two or three times. */
const CONTEST_TEST_TIMEOUT = 3 * TEST_TIMEOUT;

/** Waits until the contest shows the given period with its answer in (not the previous one). */
async function waitForBoard(page: Page, period: string): Promise<void> {
  await page
    .locator(`[data-testid="contest-page"][data-period="${period}"][data-loading="false"]`)
    .waitFor({ timeout: BOARD_TIMEOUT });
  await page
    .getByTestId('contest-leaderboard')
    .locator('tbody tr.ant-table-row')
    .first()
    .waitFor({ timeout: BOARD_TIMEOUT });
}

/** The leaderboard as shown: each task force's row key, name, visits, new leads and score. */
async function readBoard(page: Page): Promise<BoardRow[]> {
  // Plain data out of the page (no helper functions inside: the browser has no bundler helpers).
  const raw = await page
    .getByTestId('contest-leaderboard')
    .locator('tbody tr.ant-table-row')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.getAttribute('data-row-key') ?? '',
        row.querySelectorAll('td')[2]?.textContent ?? '',
        row.querySelector('[data-metric="visits"]')?.getAttribute('data-value') ?? '',
        row.querySelector('[data-metric="newLeads"]')?.getAttribute('data-value') ?? '',
        row.querySelector('[data-metric="score"]')?.getAttribute('data-value') ?? '',
      ]),
    );
  return raw.map(([key = '', name = '', visits, newLeads, score]) => ({
    key,
    name,
    visits: Number(visits),
    newLeads: Number(newLeads),
    score: Number(score),
  }));
}

/** A picture of the score chart's canvas, once its bars have finished growing. */
async function scoreChartPicture(page: Page): Promise<Buffer> {
  const chart = page.getByTestId('contest-score-chart');
  await chart.locator('canvas').first().waitFor();
  await page.waitForTimeout(1_200);
  return chart.screenshot();
}

/** The caller's CSRF token, for API calls made from the page. */
const csrf = (page: Page) =>
  page.evaluate(async () => ((await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string }).csrfToken);

/** 招商大比拼 in the browser: periods, export, weights, and a logged visit counted. */
export function describeInvestmentContest(): void {
  describe('investment: contest', () => {
    it('shows the leader the quarter, then the year, and exports the board as xlsx', {
      timeout: CONTEST_TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'leader');
        await page.goto('/investment/contest');
        const today = zoneToday();
        const quarter = `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
        await waitForBoard(page, quarter);
        const quarterRows = await readBoard(page);
        assert.ok(quarterRows.length >= 5, `the task forces are ranked (${quarterRows.length} rows)`);
        const quarterChart = await scoreChartPicture(page);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'leader-contest-quarter.png'), fullPage: true });

        await page.getByTestId('period-picker').locator('.ant-segmented-item', { hasText: /^年$/ }).click();
        const year = today.slice(0, 4);
        await page.waitForURL((url) => url.searchParams.get('period') === year);
        await waitForBoard(page, year);
        assert.match((await page.getByTestId('contest-period-label').textContent()) ?? '', new RegExp(`${year}年`));
        const yearRows = await readBoard(page);
        const total = (rows: BoardRow[], pick: (r: BoardRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
        assert.ok(
          total(yearRows, (r) => r.newLeads) >= total(quarterRows, (r) => r.newLeads),
          'a year holds its quarter',
        );
        assert.notDeepEqual(yearRows, quarterRows, 'the leaderboard changed with the period');
        const yearChart = await scoreChartPicture(page);
        assert.ok(!yearChart.equals(quarterChart), 'the score chart changed with the period');
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'leader-contest-year.png'), fullPage: true });

        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('contest-export').click(),
        ]);
        assert.match(download.suggestedFilename(), /\.xlsx$/);
        const path = await download.path();
        const bytes = readFileSync(path);
        assert.ok(bytes.length > 1_000, `the file has content (${bytes.length} bytes)`);
        assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an xlsx is a zip');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(path);
        const cells = workbook.worksheets.flatMap((sheet) =>
          sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map((v) => String(v ?? '')) : [])),
        );
        const top = yearRows[0];
        assert.ok(top, 'a top task force');
        assert.ok(
          cells.some((c) => c.includes(top.name)),
          `the export names ${top.name}`,
        );
      } finally {
        await closePage(page);
      }
    });

    it('lets the zone admin raise a weight and the scores follow', { timeout: CONTEST_TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      const year = zoneToday().slice(0, 4);
      let original: unknown = null;
      try {
        await login(page, 'zoneadmin');
        original = await page.evaluate(async () => (await fetch('/api/v1/investment/settings')).json());
        await page.goto(`/investment/contest?period=${year}`);
        await waitForBoard(page, year);
        const before = await readBoard(page);
        const visited = before.find((r) => r.visits > 0);
        assert.ok(visited, 'a task force with visits this year');

        await page.goto('/investment/settings');
        const weight = page.getByTestId('settings-weights-form').locator('#weights_visits');
        await page.waitForFunction(() => {
          const input = document.querySelector<HTMLInputElement>('#weights_visits');
          return input !== null && input.value !== '';
        });
        const oldWeight = Number(await weight.inputValue());
        await weight.fill(String(oldWeight + 10));
        await page.getByTestId('settings-weights-save').click();
        await page.locator('.ant-message-notice', { hasText: '已保存' }).waitFor();
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'zoneAdmin-investment-settings.png'), fullPage: true });

        await page.goto(`/investment/contest?period=${year}`);
        await waitForBoard(page, year);
        const after = await readBoard(page);
        const same = after.find((r) => r.key === visited.key);
        assert.ok(same, 'the task force is still on the board');
        const expected = Math.round((visited.score + 10 * visited.visits) * 100) / 100;
        assert.ok(
          Math.abs(same.score - expected) < 0.011,
          `score ${visited.score} → ${same.score}, expected ${expected}`,
        );
      } finally {
        if (original) {
          const token = await csrf(page);
          await page.evaluate(
            async ({ body, token }) => {
              await fetch('/api/v1/investment/settings', {
                method: 'PUT',
                headers: { 'content-type': 'application/json', 'x-csrf-token': token },
                body: JSON.stringify(body),
              });
            },
            { body: original, token },
          );
        }
        await closePage(page);
      }
    });

    it('lets a task-force member log a visit on the calendar and counts it this month', {
      timeout: CONTEST_TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'taskforce');
        const options = await page.evaluate(
          async () =>
            (await (await fetch('/api/v1/investment/options')).json()) as {
              taskForces: { id: string; name: string; mine?: boolean }[];
            },
        );
        const mine = options.taskForces.find((tf) => tf.mine);
        assert.ok(mine, 'the member works for a task force');
        const month = zoneToday().slice(0, 7);
        const rowOf = (rows: BoardRow[]) => rows.find((r) => r.key === `taskForce:${mine.id}`);

        await page.goto(`/investment/contest?period=${month}`);
        await waitForBoard(page, month);
        const before = rowOf(await readBoard(page));
        assert.ok(before, `${mine.name} is on the board`);

        await page.goto('/investment/calendar');
        await page.getByTestId('log-visit').click();
        const form = page.getByTestId('log-visit-form');
        await form.waitFor();
        const taskForce = form.getByTestId('log-visit-task-force');
        await page.waitForFunction(
          (name) => document.querySelector('[data-testid="log-visit-form"]')?.textContent?.includes(name) ?? false,
          mine.name,
        );
        assert.match((await taskForce.textContent()) ?? '', new RegExp(mine.name));
        const subject = `浏览器测试：赴深圳考察 ${Date.now().toString(36)}`;
        await form.locator('#subject').fill(subject);
        await form.locator('#city').fill('深圳');
        await form.locator('#participants').fill('测试队员');
        await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
        await form.waitFor({ state: 'hidden' });
        const item = page.getByTestId('calendar-item').filter({ hasText: subject });
        await item.waitFor();
        assert.equal(await item.getAttribute('data-kind'), 'outboundVisit');
        assert.match((await item.textContent()) ?? '', /深圳/);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'taskForceMember-calendar.png'), fullPage: true });

        await item.click();
        await page.locator('.ant-drawer-title', { hasText: subject }).waitFor();
        assert.match((await page.locator('.ant-drawer-body').textContent()) ?? '', /深圳[\s\S]*未关联项目/);
        await page.locator('.ant-drawer-close').click();

        await page.goto(`/investment/contest?period=${month}`);
        await waitForBoard(page, month);
        const after = rowOf(await readBoard(page));
        assert.ok(after, `${mine.name} is still on the board`);
        assert.equal(after.visits, before.visits + 1, 'the visit is counted for the month');
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'taskForceMember-contest-month.png'), fullPage: true });
      } finally {
        await closePage(page);
      }
    });
  });
}
