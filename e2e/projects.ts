import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { deriveStage } from '@zonehub/project-rules';
import type { Locator, Page } from 'playwright-core';
import { login, SCREENSHOTS_DIR } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';

/** Today in the zone (Asia/Shanghai) as YYYY-MM-DD. */
const zoneToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

interface MilestoneView {
  id: string;
  seq: number;
  stepKey: string | null;
  name: string;
  actualStartOn: string | null;
  actualDoneOn: string | null;
  ragStatus: string;
  predecessorIds: string[];
  canUpdate: boolean;
}
interface DetailView {
  id: string;
  stage: string;
  ragStatus: string;
  milestones: MilestoneView[];
}

const getJson = <T>(page: Page, path: string): Promise<T> =>
  page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;

/** Types a date into an antd DatePicker found by its input id, inside a scope. */
async function pickDate(scope: Locator, id: string, date: string): Promise<void> {
  const input = scope.locator(`input#${id}`);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** A 星萌 project the task force may work on; created through the form when the demo data has none. */
/** Opens an antd Select and picks its first option. */
async function pickFirst(page: Page, select: Locator): Promise<void> {
  await select.click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  await option.waitFor();
  await option.click();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

async function openXingmengProject(page: Page): Promise<string> {
  const found = await getJson<{ items: { id: string }[] }>(page, `/api/v1/projects?q=${encodeURIComponent('星萌')}`);
  const first = found.items[0];
  if (first) {
    // The test id may sit on the input itself or on its wrapper, depending on antd's Input.Search.
    const search = page.getByTestId('project-filter-q').locator('xpath=descendant-or-self::input').first();
    await search.fill('星萌');
    await search.press('Enter');
    await page.locator(`[data-row-key="${first.id}"] [data-testid="project-link"]`).click();
    await page.waitForURL((url) => url.pathname === `/projects/${first.id}`);
    return first.id;
  }
  await page.getByTestId('project-create').click();
  const form = page.getByTestId('project-form');
  await form.getByTestId('project-form-name').fill('星萌冻干三期（浏览器测试）');
  await form.getByTestId('project-form-investment').fill('50000');
  await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
  await page.waitForURL((url) => /^\/projects\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/list'));
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/**
 * The project module in the browser: a task-force member marks a checklist item done and sees
 * the item's light and the project's stage follow; a leader filters the list by red lights and
 * opens a project's Gantt.
 */
export function describeProjects(): void {
  describe('projects', () => {
    it('marks a checklist item done and sees its light and the stage update', {
      timeout: TEST_TIMEOUT * 2,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'taskforce');
        await page.locator('[data-menu-key="projects.list"]').click();
        await page.waitForURL((url) => url.pathname === '/projects/list');
        await page.getByTestId('projects-list').waitFor();
        const id = await openXingmengProject(page);
        await page.getByTestId('project-checklist').waitFor();

        const before = await getJson<DetailView>(page, `/api/v1/projects/${id}`);
        const done = new Set(before.milestones.filter((m) => m.actualDoneOn).map((m) => m.id));
        const item = [...before.milestones]
          .sort((a, b) => a.seq - b.seq)
          .find((m) => !m.actualDoneOn && m.canUpdate && m.predecessorIds.every((p) => done.has(p)));
        assert.ok(item, 'an open item whose predecessors are done');

        const row = page.locator(`[data-milestone-id="${item.id}"]`);
        await row.getByTestId('milestone-edit').click();
        const drawer = page.getByTestId('milestone-drawer');
        await drawer.waitFor();
        const today = zoneToday();
        if (!item.actualStartOn) await pickDate(drawer, 'actualStartOn', today);
        await pickDate(drawer, 'actualDoneOn', today);
        await page.getByTestId('milestone-save').click();
        await drawer.waitFor({ state: 'hidden' });

        // The item's light turns to done and shows its done day.
        await row.locator('[data-testid="rag-light"][data-rag="done"]').waitFor();
        assert.equal(await row.getByTestId('milestone-done-on').textContent(), today);

        // The stage follows the milestones (the shared rule), and the header shows the new light.
        const expectedStage = deriveStage(
          before.milestones.map((m) => ({
            stepKey: m.stepKey,
            actualDoneOn: m.id === item.id ? today : m.actualDoneOn,
          })),
        );
        await page.locator(`[data-testid="project-steps"][data-stage="${expectedStage}"]`).waitFor();
        const after = await getJson<DetailView>(page, `/api/v1/projects/${id}`);
        assert.equal(after.stage, expectedStage);
        await page
          .locator(
            `[data-testid="project-page"] .ant-card-head [data-testid="project-rag"][data-rag="${after.ragStatus}"]`,
          )
          .waitFor();
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'taskForceMember-project.png'), fullPage: true });
      } finally {
        await closePage(page);
      }
    });

    it('shows a leader the red projects and a Gantt', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'leader');
        await page.locator('[data-menu-key="projects.list"]').click();
        await page.waitForURL((url) => url.pathname === '/projects/list');
        await page.getByTestId('project-filter-ragStatus').click();
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '红灯' }).click();
        await page.waitForURL((url) => url.searchParams.get('ragStatus') === 'red');

        const red = await getJson<{ items: { id: string }[]; total: number }>(page, '/api/v1/projects?ragStatus=red');
        const rows = page.locator('.ant-table-tbody tr[data-row-key]');
        if (red.total > 0) await rows.first().waitFor();
        await page.waitForFunction(
          (count) => document.querySelectorAll('.ant-table-tbody tr[data-row-key]').length === count,
          Math.min(red.total, 20),
        );
        const lights = await rows
          .locator('[data-testid="project-rag"]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-rag')));
        assert.ok(
          lights.every((light) => light === 'red'),
          `only red lights: ${lights.join(',')}`,
        );

        // A red project's Gantt (any project's when none is red).
        const any = await getJson<{ items: { id: string }[] }>(page, '/api/v1/projects?pageSize=1');
        const target = red.items[0]?.id ?? any.items[0]?.id;
        assert.ok(target, 'the demo zone has a project');
        await page.goto(`/projects/${target}`);
        await page.getByRole('tab', { name: '甘特图' }).click();
        await page.getByTestId('project-gantt').locator('canvas').first().waitFor();
        await page.waitForTimeout(500);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'leader-project-gantt.png'), fullPage: true });
      } finally {
        await closePage(page);
      }
    });

    it('hands a landed lead over as a project, then links the lead to it', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'investment');
        const landed = await getJson<{ items: { id: string }[] }>(
          page,
          '/api/v1/investment/leads?stage=landed&pageSize=100',
        );
        let leadId: string | undefined;
        for (const { id } of landed.items) {
          const lead = await getJson<{ projectId: string | null }>(page, `/api/v1/investment/leads/${id}`);
          if (lead.projectId === null) {
            leadId = id;
            break;
          }
        }
        assert.ok(leadId, 'the demo zone has a landed lead not yet handed over');
        await page.goto(`/investment/leads/${leadId}`);
        await page.getByTestId('lead-to-project').click();
        // 转为项目 asks first: without a leader in charge nothing is created.
        const dialog = page.getByTestId('handover-form');
        await dialog.waitFor();
        await page.locator('#handover-submit').click();
        await dialog.getByText('请选择包联领导').waitFor();
        assert.equal(
          (await getJson<{ projectId: string | null }>(page, `/api/v1/investment/leads/${leadId}`)).projectId,
          null,
        );
        await pickFirst(page, dialog.getByTestId('handover-leader'));
        await pickFirst(page, dialog.getByTestId('handover-owner'));
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'project-handover-dialog.png') });
        await page.locator('#handover-submit').click();
        await page.waitForURL((url) => /^\/projects\/[^/]+$/.test(url.pathname));
        const projectId = new URL(page.url()).pathname.split('/').pop() ?? '';
        await page.getByTestId('project-checklist').waitFor();
        const lead = await getJson<{ projectId: string | null }>(page, `/api/v1/investment/leads/${leadId}`);
        assert.equal(lead.projectId, projectId);

        await page.goto(`/investment/leads/${leadId}`);
        await page.getByTestId('lead-project-link').click();
        await page.waitForURL((url) => url.pathname === `/projects/${projectId}`);
        assert.equal(await page.getByTestId('lead-to-project').count(), 0);
      } finally {
        await closePage(page);
      }
    });

    it('lets a zone admin mark a local holiday on the working calendar and take it back', {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'zoneadmin');
        await page.locator('[data-menu-key="projects.settings"]').click();
        await page.waitForURL((url) => url.pathname === '/projects/settings');
        const year = page.getByTestId('calendar-year');
        // National Day is a statutory holiday every year the calendar covers.
        const thisYear = new Date().getFullYear();
        await year.locator(`[data-day="${thisYear}-10-01"][data-reason="holiday"]`).waitFor();

        // A Wednesday in the middle of a month, made a zone holiday, then back to a working day.
        const weekday = await year
          .locator('[data-reason="weekday"]')
          .evaluateAll(
            (els) => els.map((el) => el.getAttribute('data-day') ?? '').find((d) => d.endsWith('-15')) ?? '',
          );
        assert.ok(weekday, 'a working day on the 15th of some month');
        await year.locator(`[data-day="${weekday}"]`).click();
        const dialog = page.locator('.ant-modal:visible');
        await dialog.locator('input#name').fill('园区检修停工');
        await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
        await year.locator(`[data-day="${weekday}"][data-reason="overrideHoliday"]`).waitFor();

        await year.locator(`[data-day="${weekday}"]`).click();
        await page.locator('.ant-modal-footer:visible .ant-btn-dangerous').click();
        await year.locator(`[data-day="${weekday}"][data-reason="weekday"]`).waitFor();
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'zoneAdmin-project-settings.png'), fullPage: true });
      } finally {
        await closePage(page);
      }
    });
  });
}
