import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
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

interface DeskItem {
  id: string;
  item: string;
  departmentId: string;
  state: string;
  acceptedOn: string | null;
  approvedOn: string | null;
  approvalDocNo: string | null;
  returnReason: string | null;
  actions: string[];
  canUpdate: boolean;
}

const getJson = <T>(page: Page, path: string): Promise<T> =>
  page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;

async function pickDate(scope: Locator, id: string, date: string): Promise<void> {
  const input = scope.locator(`input#${id}`);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Opens 代办事项 from the side menu (expanding 项目 first when its entries are folded away). */
async function openAgencyFromMenu(page: Page): Promise<void> {
  const entry = page.locator('[data-menu-key="projects.agency"]');
  // The submenu animates open and shut: under load a click can land while it is still folding
  // (its entry "visible" but moving), so try again until the page has changed.
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await entry.isVisible())) await page.locator('[data-menu-key="projects"]').click();
      await entry.click({ timeout: 5_000 });
      await page.waitForURL((url) => url.pathname === '/projects/agency', { timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
  await page.getByTestId('agency-page').waitFor();
}

/** Confirms the open step dialog (its primary button) and waits for it to close. */
async function confirmStep(page: Page): Promise<void> {
  const form = page.getByTestId('agency-step-form');
  await form.waitFor();
  await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
  await form.waitFor({ state: 'detached' });
}

/**
 * The department desk of the agency service (全代办) in the browser: the demo department account,
 * which cannot see projects, opens its approval items from the menu, accepts a new item (待受理) with
 * one button, returns it for correction (the reason is required), and approves an item in hand with
 * its 批复文号 from the drawer; the zone admin opens the time-per-item statistics.
 */
export function describeProjectAgency(): void {
  describe('approval items (agency service)', () => {
    it('lets a department accept a new item, return it for correction and approve another with its document number', {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'department');
        await openAgencyFromMenu(page);

        const desk = await getJson<{ items: DeskItem[] }>(page, '/api/v1/projects/agency-items');
        assert.ok(desk.items.length > 0, 'the demo department has approval items');
        assert.equal(new Set(desk.items.map((i) => i.departmentId)).size, 1, 'only its own department');
        const fresh = desk.items.find((i) => i.state === 'submitted' && i.actions.includes('accept'));
        assert.ok(fresh, 'a new item waiting for acceptance');
        assert.equal(fresh.acceptedOn, null, '待受理 has no acceptance date yet');
        const inHand = desk.items.find((i) => i.state === 'accepted' && i.actions.includes('approve'));
        assert.ok(inHand, 'an item in hand to approve');

        const rows = page.locator('[data-testid="agency-desk-table"] tr[data-item-id]');
        await rows.first().waitFor();
        assert.equal(await rows.count(), Math.min(desk.items.length, 20));

        // 受理: one button on the row, stamped with today and the handler.
        const row = page.locator(`tr[data-item-id="${fresh.id}"]`);
        assert.equal(await row.getAttribute('data-state'), 'submitted');
        await row.getByTestId('agency-step-accept').click();
        await confirmStep(page);
        await page.locator(`tr[data-item-id="${fresh.id}"][data-state="accepted"]`).waitFor();
        const today = zoneToday();
        const accepted = await getJson<{ items: DeskItem[] }>(page, '/api/v1/projects/agency-items?status=accepted');
        assert.ok(accepted.items.some((i) => i.id === fresh.id && i.acceptedOn === today));

        // 退回补正: the reason is required, then the item is back with the task force.
        await row.getByTestId('agency-step-return').click();
        const modal = page.getByTestId('agency-step-form');
        await modal.waitFor();
        await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
        await modal.locator('.ant-form-item-explain-error', { hasText: '请写明需补正的内容' }).waitFor();
        await modal.getByTestId('agency-step-reason').fill('请补充选址论证报告（浏览器测试）');
        await confirmStep(page);
        await page.locator(`tr[data-item-id="${fresh.id}"][data-state="returned"]`).waitFor();

        // 办结 from the drawer, with the approval's document number.
        await page.locator(`tr[data-item-id="${inHand.id}"] td`).nth(3).click();
        const drawer = page.getByTestId('agency-desk-drawer');
        await drawer.waitFor();
        await drawer.getByTestId('agency-step-approve').click();
        await page.getByTestId('agency-step-docno').fill('长环审〔2026〕99号');
        await confirmStep(page);
        await drawer.getByTestId('agency-docno').filter({ hasText: '长环审〔2026〕99号' }).waitFor();
        await page.locator(`tr[data-item-id="${inHand.id}"][data-state="approved"]`).waitFor();
        const after = await getJson<{ items: DeskItem[] }>(page, '/api/v1/projects/agency-items');
        const approved = after.items.find((i) => i.id === inHand.id);
        assert.equal(approved?.approvedOn, today);
        assert.equal(approved?.approvalDocNo, '长环审〔2026〕99号');
        assert.equal(after.items.find((i) => i.id === fresh.id)?.returnReason, '请补充选址论证报告（浏览器测试）');
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'departmentStaff-agency.png'), fullPage: true });
      } finally {
        await closePage(page);
      }
    });

    it('shows the task force an item returned for correction with its reason, and resubmits it', {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'zoneadmin');
        const returned = await getJson<{ items: (DeskItem & { projectId: string })[] }>(
          page,
          '/api/v1/projects/agency-items?status=returned',
        );
        const item = returned.items.find((i) => i.actions.includes('resubmit') && i.returnReason);
        assert.ok(item, 'a demo item back with the task force for correction');
        await page.goto(`/projects/${item.projectId}`);
        await page.getByRole('tab', { name: '代办事项' }).click();
        const row = page.locator(`[data-testid="agency-tab"] tr[data-item-id="${item.id}"]`);
        await row.getByTestId('agency-state').filter({ hasText: '退回补正' }).waitFor();
        assert.equal(await row.getByTestId('agency-return-reason').textContent(), item.returnReason);
        await row.getByTestId('agency-step-resubmit').click();
        await confirmStep(page);
        const expected = item.acceptedOn === null ? 'submitted' : 'accepted';
        await row.locator(`[data-testid="agency-state"][data-state="${expected}"]`).waitFor();
        const after = await getJson<{ items: DeskItem[] }>(page, `/api/v1/projects/${item.projectId}/agency-items`);
        assert.equal(after.items.find((i) => i.id === item.id)?.state, expected);
      } finally {
        await closePage(page);
      }
    });

    it('shows a zone admin the time per item by department', { timeout: TEST_TIMEOUT }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'zoneadmin');
        await openAgencyFromMenu(page);
        await page.getByTestId('agency-filter-department').waitFor();
        await page.getByRole('tab', { name: '办理时长统计' }).click();
        const stats = page.getByTestId('agency-stats');
        await stats.waitFor();
        await stats.getByTestId('agency-stats-chart').locator('canvas').first().waitFor();
        const data = await getJson<{ departments: { departmentId: string }[] }>(page, '/api/v1/projects/agency-stats');
        assert.ok(data.departments.length > 1, 'several departments handle the demo items');
        await page.waitForFunction(
          (count) => document.querySelectorAll('[data-testid="agency-stats-table"] tr[data-row-key]').length === count,
          data.departments.length,
        );
        await page.waitForTimeout(500); // let the bars finish their entry animation
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'zoneAdmin-agency-stats.png'), fullPage: true });
      } finally {
        await closePage(page);
      }
    });
  });

  describe('project editing (编辑项目, 新增节点)', () => {
    it('edits a project through a conflict without losing the input, adds and deletes an item', {
      timeout: TEST_TIMEOUT * 2,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'taskforce');
        const found = await getJson<{ items: { id: string }[] }>(
          page,
          `/api/v1/projects?q=${encodeURIComponent('星萌')}`,
        );
        const id = found.items[0]?.id;
        assert.ok(id, 'the demo task force has the 星萌 project');
        await page.goto(`/projects/${id}`);
        await page.getByTestId('project-checklist').waitFor();
        const before = await getJson<{ version: number; phases: { id: string }[]; description: string | null }>(
          page,
          `/api/v1/projects/${id}`,
        );

        await page.getByTestId('project-edit').click();
        const form = page.getByTestId('project-edit-form');
        await form.waitFor();
        await form.getByTestId('project-edit-investment').fill('256100');
        // Someone else saves first.
        const status = await page.evaluate(
          async ({ url, version }) => {
            const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
            const response = await fetch(url, {
              method: 'PATCH',
              headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
              body: JSON.stringify({ version, description: '并发修改（浏览器测试）' }),
            });
            return response.status;
          },
          { url: `/api/v1/projects/${id}`, version: before.version },
        );
        assert.equal(status, 200);
        await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
        await page.getByTestId('project-edit-problem').waitFor();
        assert.equal(await form.getByTestId('project-edit-investment').inputValue(), '256100');
        // Saving again applies the input on top of the newer version.
        await page.waitForTimeout(500);
        await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
        await form.waitFor({ state: 'hidden' });
        const after = await getJson<{ totalInvestmentYuan: number; phases: { id: string }[]; description: string }>(
          page,
          `/api/v1/projects/${id}`,
        );
        assert.equal(after.totalInvestmentYuan, 2_561_000_000);
        assert.equal(after.description, '并发修改（浏览器测试）', 'the other save is kept, not reverted');
        assert.deepEqual(
          after.phases.map((p) => p.id),
          before.phases.map((p) => p.id),
        );

        await page.getByTestId('milestone-add').click();
        const add = page.getByTestId('milestone-add-form');
        await add.waitFor();
        await add.getByTestId('milestone-add-name').fill('消防设计审查（浏览器测试）');
        await pickDate(add, 'plannedStartOn', '2026-03-10');
        await pickDate(add, 'dueOn', '2026-03-02');
        await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
        await add.locator('.ant-form-item-explain-error', { hasText: '截止日期不能早于计划开始日期' }).waitFor();
        await pickDate(add, 'dueOn', '2026-03-20');
        await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
        await add.waitFor({ state: 'hidden' });
        const row = page.locator('[data-milestone-id]', { hasText: '消防设计审查（浏览器测试）' });
        await row.waitFor();

        await row.getByTestId('milestone-delete').click();
        await page.locator('.ant-popconfirm:visible .ant-btn-dangerous').click();
        await row.waitFor({ state: 'detached' });
      } finally {
        await closePage(page);
      }
    });
  });
}
