import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Locator, Page } from 'playwright-core';
import { login, SCREENSHOTS_DIR } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';

/** Today in the zone (Asia/Shanghai) as YYYY-MM-DD, and a day n calendar days later. */
const zoneToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
const daysAfter = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const getJson = <T>(page: Page, path: string): Promise<T> =>
  page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;

async function pickDate(scope: Locator, id: string, date: string): Promise<void> {
  const input = scope.locator(`input#${id}`);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Picks the first option of an antd Select found in the scope. */
async function pickFirstOption(page: Page, select: Locator): Promise<string> {
  await select.click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  await option.waitFor();
  const label = (await option.textContent()) ?? '';
  await option.click();
  await page.keyboard.press('Escape');
  return label;
}

/** Clicks a button that downloads a file and returns the file's bytes. */
async function downloadOf(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), button.click()])) as [Download, unknown];
  const path = await download.path();
  assert.ok(path, 'the download was saved');
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** The text of one file inside a zip (a .docx is one), or null when the zip has no such entry. */
function zipEntryText(zip: Buffer, name: string): string | null {
  const entry = unzipSync(new Uint8Array(zip), { filter: (file) => file.name === name })[name];
  return entry ? strFromU8(entry) : null;
}

const isZip = (bytes: Buffer) => bytes.subarray(0, 2).toString('latin1') === 'PK';

interface MilestoneView {
  id: string;
  seq: number;
  actualStartOn: string | null;
  actualDoneOn: string | null;
  predecessorIds: string[];
  canUpdate: boolean;
}

/**
 * Issue 5's "done when": a task force runs a week in the product. The 星萌 task-force member marks a
 * checklist item done and sees its light change, holds the weekly dispatch meeting with the project on
 * the agenda, assigns an action item, is refused closing a carried-over action without a result and
 * closes it with one, downloads the minutes, and hands the leader the weekly and monthly reports.
 */
export function describeProjectWeek(): void {
  describe('project week', () => {
    it('a task force runs a week', { timeout: TEST_TIMEOUT * 4 }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'taskforce');
        const today = zoneToday();

        // 1. A checklist item done: its light turns to done.
        const found = await getJson<{ items: { id: string }[] }>(
          page,
          `/api/v1/projects?q=${encodeURIComponent('星萌')}`,
        );
        const projectId = found.items[0]?.id;
        assert.ok(projectId, 'the demo zone has the 星萌 project');
        await page.goto(`/projects/${projectId}`);
        await page.getByTestId('project-checklist').waitFor();
        const before = await getJson<{ milestones: MilestoneView[] }>(page, `/api/v1/projects/${projectId}`);
        const done = new Set(before.milestones.filter((m) => m.actualDoneOn).map((m) => m.id));
        const item = [...before.milestones]
          .sort((a, b) => a.seq - b.seq)
          .find((m) => !m.actualDoneOn && m.canUpdate && m.predecessorIds.every((p) => done.has(p)));
        assert.ok(item, 'an open item whose predecessors are done');
        const row = page.locator(`[data-milestone-id="${item.id}"]`);
        await row.getByTestId('milestone-edit').click();
        const drawer = page.getByTestId('milestone-drawer');
        await drawer.waitFor();
        if (!item.actualStartOn) await pickDate(drawer, 'actualStartOn', today);
        await pickDate(drawer, 'actualDoneOn', today);
        await page.getByTestId('milestone-save').click();
        await drawer.waitFor({ state: 'hidden' });
        await row.locator('[data-testid="rag-light"][data-rag="done"]').waitFor();

        // The project's 调度会 tab lists the meetings it was discussed at.
        await page.getByRole('tab', { name: '调度会' }).click();
        await page.getByTestId('project-meetings-tab').locator('.ant-table-row').first().waitFor();

        // 2. The task force's weekly series: hold a meeting with the project on the agenda.
        await page.locator('[data-menu-key="projects.meetings"]').click();
        await page.waitForURL((url) => url.pathname === '/projects/meetings');
        await page.locator('[data-testid="series-link"][data-series-name="星萌冻干项目周调度会"]').click();
        await page.getByTestId('series-page').waitFor();
        await page.getByTestId('meeting-link').first().waitFor();
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'taskForceMember-meeting-series.png'), fullPage: true });
        await page.getByTestId('hold-meeting').click();
        const modal = page.getByTestId('hold-meeting-modal');
        await modal.getByTestId('hold-meeting-agenda').locator('input').first().waitFor();
        const attendee = await pickFirstOption(page, modal.getByTestId('hold-meeting-users'));
        await modal.getByTestId('hold-meeting-outside').fill('王建国 山西星萌科技有限公司');
        await page.getByTestId('hold-meeting-submit').click();
        await page.waitForURL(
          (url) => /^\/projects\/meetings\/[^/]+$/.test(url.pathname) && !url.pathname.includes('series'),
        );
        const meetingPage = page.getByTestId('meeting-page');
        await meetingPage.waitFor();
        assert.equal(await page.getByTestId('meeting-date').textContent(), today);
        await page.getByTestId('meeting-attendees').getByText(attendee.trim()).first().waitFor();
        await page.getByTestId('meeting-agenda').getByText('星萌冻干食品产业园项目').first().waitFor();

        // 3. Assign an action item to someone with a due date.
        const actionText = `E2E 协调二期供电线路迁改 ${Date.now().toString(36)}`;
        const form = page.getByTestId('outcome-form');
        // The date first: Enter in the date picker submits the form (refused while the text is empty).
        await pickDate(form, 'dueOn', daysAfter(today, 7));
        await pickFirstOption(page, form.getByTestId('outcome-owner'));
        await form.getByTestId('outcome-text').fill(actionText);
        await form.getByTestId('outcome-submit').click();
        await page.locator('[data-testid="outcome"][data-outcome-kind="action"]', { hasText: actionText }).waitFor();

        // 4. A carried-over action: refused without a result, closed with one.
        const carried = page.getByTestId('carried-over');
        const closeButton = carried.getByTestId('close-action').first();
        await closeButton.waitFor();
        const closeModal = page.getByTestId('close-action-modal');
        await closeButton.click();
        // antd puts the test id on the modal's root, which has no box of its own: wait on what it shows.
        await closeModal.getByTestId('close-action-result').waitFor();
        await page.getByTestId('close-action-submit').click();
        await closeModal.getByTestId('close-action-error').waitFor();
        assert.match((await closeModal.getByTestId('close-action-error').textContent()) ?? '', /办理结果/);
        await closeModal.getByTestId('close-action-result').fill('E2E 已协调完成，施工单位已进场');
        await page.getByTestId('close-action-submit').click();
        await closeModal.getByTestId('close-action-result').waitFor({ state: 'hidden' });
        await carried.getByTestId('action-closed').filter({ hasText: 'E2E 已协调完成' }).waitFor();
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'taskForceMember-meeting.png'), fullPage: true });

        // 5. The minutes: a .docx (a zip) holding the new action and the closed item's result.
        const minutes = await downloadOf(page, page.getByTestId('minutes-download'));
        assert.match(minutes.name, /\.docx$/);
        assert.ok(isZip(minutes.bytes), 'the minutes are a zip (.docx)');
        const xml = zipEntryText(minutes.bytes, 'word/document.xml') ?? '';
        const text = xml.replace(/<[^>]+>/g, '');
        assert.ok(text.includes(actionText), 'the minutes list the new action item');
        assert.ok(text.includes('E2E 已协调完成'), 'the minutes list the item closed at the meeting');

        // 6. The weekly and monthly reports for the leader (the reports page).
        await page.goto('/projects/reports');
        await page.getByTestId('project-reports-page').waitFor();
        for (const kind of ['weekly', 'monthly'] as const) {
          const report = await downloadOf(page, page.getByTestId(`report-${kind}-docx`));
          assert.match(report.name, /\.docx$/);
          assert.ok(isZip(report.bytes), `the ${kind} report is a .docx`);
        }
      } finally {
        await closePage(page);
      }
    });
  });
}
