import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { composeUscc } from '@zonehub/uscc';
import type { Locator, Page } from 'playwright-core';
import { login, SCREENSHOTS_DIR } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';

/** A day in the zone (Asia/Shanghai) `daysAgo` days before today, as YYYY-MM-DD. */
const zoneDay = (daysAgo: number) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() - daysAgo * 86_400_000));

const getJson = <T>(page: Page, path: string): Promise<T> =>
  page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;

const column = (page: Page, stage: string): Locator => page.getByTestId(`board-column-${stage}`);
const card = (page: Page, stage: string, leadId: string): Locator =>
  column(page, stage).locator(`[data-testid="lead-card"][data-lead-id="${leadId}"]`);

/** Drags a card onto a column with the browser's HTML5 drag and drop, then waits for the gate. */
async function dragToColumn(page: Page, stage: string, leadId: string, to: string): Promise<Locator> {
  await card(page, stage, leadId).dragTo(column(page, to));
  const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('gate-form') });
  await dialog.waitFor();
  return dialog;
}

/** Types a date into an antd DatePicker found by its input id. */
async function pickDate(scope: Locator, id: string, date: string): Promise<void> {
  const input = scope.locator(`input#${id}`);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/**
 * The four-pool board: a task-force member logs a meeting, drags a reserve lead through the
 * negotiating gate, records its screening and signs it with a contract; a leader sees the board
 * read-only and exports the list.
 */
export function describeInvestmentBoard(): void {
  describe('investment: board', () => {
    it('takes a reserve lead through the negotiating and signing gates', { timeout: TEST_TIMEOUT * 3 }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'taskforce');
        await page.locator('[data-menu-key="investment.board"]').click();
        await page.waitForURL((url) => url.pathname === '/investment/board');
        await column(page, 'reserve').getByTestId('lead-card').first().waitFor();
        // A reserve lead on the board's first page that has no meeting yet.
        const id = await page.evaluate(async () => {
          const answer = await fetch('/api/v1/investment/leads?stage=reserve&pageSize=20');
          const list = (await answer.json()) as { items: { id: string }[] };
          for (const { id } of list.items) {
            const lead = (await (await fetch(`/api/v1/investment/leads/${id}`)).json()) as {
              gate: { missing: string[] };
            };
            if (lead.gate.missing.includes('meeting')) return id;
          }
          return null;
        });
        assert.ok(id, 'the task force has a reserve lead without a meeting');
        const name = (await card(page, 'reserve', id).getAttribute('data-lead-name')) ?? '';
        assert.ok(name, 'the lead is on the board');
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'investment-board.png'), fullPage: true });

        // Without a meeting the negotiating gate names what is missing.
        let gate = await dragToColumn(page, 'reserve', id, 'negotiating');
        await gate.getByTestId('gate-meeting-missing').waitFor();
        await gate.locator('[data-gate-item="meeting"]').waitFor();
        await gate.getByRole('button', { name: /取\s*消/ }).click();
        await gate.waitFor({ state: 'hidden' });

        // Log the meeting on the lead's page.
        await card(page, 'reserve', id).getByRole('link', { name }).click();
        await page.waitForURL((url) => url.pathname.startsWith('/investment/leads/'));
        await page.getByTestId('lead-name').filter({ hasText: name }).waitFor();
        await page.getByTestId('lead-gate').locator('[data-gate-item="meeting"]').waitFor();
        await page.getByTestId('log-activity').click();
        const activity = page.getByRole('dialog').filter({ has: page.getByTestId('activity-form') });
        await activity.getByTestId('activity-subject').fill('与投资方洽谈落地方案');
        await activity.locator('input#city').fill('深圳');
        await activity.getByTestId('activity-counterparts').fill('投资方总经理');
        await activity.getByRole('button', { name: /保\s*存/ }).click();
        await page.getByTestId('timeline-activity').filter({ hasText: '与投资方洽谈落地方案' }).waitFor();
        await page.getByTestId('lead-gate').filter({ hasText: '在谈库' }).waitFor();
        assert.equal(await page.getByTestId('lead-gate').locator('[data-gate-item="meeting"]').count(), 0);

        // Back on the board, the drag now passes the negotiating gate.
        await page.goto('/investment/board');
        await card(page, 'reserve', id).waitFor();
        gate = await dragToColumn(page, 'reserve', id, 'negotiating');
        await gate.getByTestId('gate-meeting-ok').waitFor();
        await gate.locator('#gate-submit').click();
        await card(page, 'negotiating', id).waitFor();

        // The signing gate: screening first, then date, amount and the contract.
        gate = await dragToColumn(page, 'negotiating', id, 'signed');
        await gate.getByTestId('gate-screening-missing').waitFor();
        await gate.locator('[data-gate-item="screening"]').waitFor();
        await gate.getByTestId('screening-reasons').fill('符合园区环境准入清单');
        await gate.getByTestId('screening-decided-by').fill('生态环境分局');
        await gate.getByTestId('screening-save').click();
        await gate.getByTestId('gate-screening-ok').waitFor();

        await pickDate(gate, 'signedOn', zoneDay(2));
        await gate.locator('input#signedAmountWan').fill('5000');
        await gate.locator('input[type=file]').setInputFiles({
          name: '投资协议.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4\n% investment agreement\n'),
        });
        await gate.getByTestId('gate-contract').filter({ hasText: '投资协议.pdf' }).waitFor();
        await gate.getByTestId('gate-checklist').getByText('入库条件已齐备').waitFor();
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'investment-gate-signed.png') });
        await gate.locator('#gate-submit').click();
        await card(page, 'signed', id).waitFor();
        assert.match((await card(page, 'signed', id).textContent()) ?? '', /5,000万元/);

        // The lead page shows the moves and the signed figures.
        await card(page, 'signed', id).getByRole('link', { name }).click();
        await page.getByTestId('lead-stage').filter({ hasText: '签约库' }).waitFor();
        await page.locator('.ant-tabs-tab', { hasText: '入库记录' }).click();
        const moves = page.getByTestId('lead-moves').locator('tbody tr.ant-table-row');
        await moves.nth(1).waitFor();
        assert.equal(await moves.count(), 2);
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'investment-lead-page.png'), fullPage: true });
      } finally {
        await closePage(page);
      }
    });

    it('warns of a duplicate investor as a lead is typed, and refuses a stale move', {
      timeout: TEST_TIMEOUT * 2,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'taskforce');
        const existing = await page.evaluate(async () => {
          const answer = await fetch('/api/v1/investment/leads?stage=reserve&pageSize=1');
          const list = (await answer.json()) as { items: { id: string; name: string; investorName: string }[] };
          return list.items[0];
        });
        assert.ok(existing, 'the task force has a reserve lead');

        await page.goto('/investment/leads');
        await page.getByTestId('investment-leads').locator('tbody tr.ant-table-row').first().waitFor();
        await page.getByTestId('lead-create').click();
        const form = page.getByRole('dialog').filter({ has: page.getByTestId('lead-form') });
        await form.getByTestId('lead-form-name').fill('冻干水果脆片二期');
        await form.getByTestId('lead-form-investor').fill(existing.investorName);
        const match = form.getByTestId('duplicate-match').filter({ hasText: existing.name });
        await match.waitFor();
        assert.equal(await match.getByRole('link').count(), 1, 'a visible match links to its lead');
        await form.locator('input#plannedInvestmentWan').fill('12000');
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'investment-lead-duplicate.png') });
        await form.getByRole('button', { name: /保\s*存/ }).click();
        await page.getByTestId('duplicate-warning').filter({ hasText: '已新建“冻干水果脆片二期”' }).waitFor();

        // Someone edits the lead while the drop dialog is open: the move answers 409, never a second move.
        await page.goto('/investment/board');
        const byId = (stage: string) => column(page, stage).locator(`[data-lead-id="${existing.id}"]`);
        const target = byId('reserve');
        await target.waitFor();
        await target.getByTestId('lead-card-move').click();
        await page.getByRole('menuitem', { name: '移入终止' }).click();
        const gate = page.getByRole('dialog').filter({ has: page.getByTestId('gate-form') });
        await gate.getByTestId('gate-reason').fill('投资方暂缓');
        const status = await page.evaluate(async (id) => {
          const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
          const lead = (await (await fetch(`/api/v1/investment/leads/${id}`)).json()) as { version: number };
          const answer = await fetch(`/api/v1/investment/leads/${id}`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            body: JSON.stringify({ version: lead.version, description: '另一位同事刚改过' }),
          });
          return answer.status;
        }, existing.id);
        assert.equal(status, 200);
        await gate.locator('#gate-submit').click();
        await page.locator('.ant-message-error', { hasText: '请刷新后再操作' }).waitFor();
        await gate.waitFor({ state: 'hidden' });
        await byId('reserve').waitFor();
        assert.equal(await byId('dropped').count(), 0);
      } finally {
        await closePage(page);
      }
    });

    it('shows a leader the board read-only, saves a list filter and exports the list', {
      timeout: TEST_TIMEOUT * 2,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'leader');
        await page.goto('/investment/board');
        await page.getByTestId('board-read-only').waitFor();
        const cards = page.getByTestId('lead-card');
        await cards.first().waitFor();
        assert.equal(await cards.first().getAttribute('draggable'), 'false');
        assert.equal(await page.getByTestId('lead-card-move').count(), 0, 'no move menu');
        // A leader sees every task force's leads: more than the one task force of the member.
        const total = Number(await column(page, 'reserve').getByTestId('board-column-total').textContent());
        assert.ok(total > 20, `the leader's reserve pool holds the zone's leads (${total})`);
        await column(page, 'reserve').getByTestId('board-load-more').click();
        await column(page, 'reserve').getByTestId('lead-card').nth(20).waitFor();

        // Save the signed pool as a filter, then apply it to the unfiltered list.
        await page.goto('/investment/leads?stage=signed');
        await page.getByTestId('investment-leads').locator('tbody tr.ant-table-row').first().waitFor();
        assert.equal(await page.getByTestId('lead-create').count(), 0, 'a leader creates no leads');
        await page.getByTestId('save-filter').click();
        const naming = page.getByRole('dialog').filter({ hasText: '保存当前筛选' });
        await naming.locator('input').fill('签约库项目');
        await naming.getByRole('button', { name: /确\s*定|OK/ }).click();
        await naming.waitFor({ state: 'hidden' });
        await page.goto('/investment/leads');
        await page.getByTestId('investment-leads').locator('tbody tr.ant-table-row').first().waitFor();
        await page.getByTestId('saved-filters').hover();
        await page.getByRole('menuitem', { name: '签约库项目' }).click();
        await page.waitForURL((url) => url.searchParams.get('stage') === 'signed');
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('leads-export').click()]);
        assert.match(download.suggestedFilename(), /\.xlsx$/);
        const path = await download.path();
        assert.ok(path, 'the export was saved');
      } finally {
        await closePage(page);
      }
    });
    it('lands a signed lead on free land only, and the parcel shows it supplied to the new enterprise', {
      timeout: TEST_TIMEOUT * 2,
    }, async () => {
      const page = await freshPage();
      try {
        await login(page, 'taskforce');
        const signed = await getJson<{ items: { id: string; targetParkId: string | null }[] }>(
          page,
          '/api/v1/investment/leads?stage=signed&pageSize=100',
        );
        const free = (await getJson<{ items: { code: string }[] }>(page, '/api/v1/parcels?free=yes&pageSize=100'))
          .items;
        const supplied = (
          await getJson<{ items: { code: string }[] }>(page, '/api/v1/parcels?supplyStatus=supplied&pageSize=100')
        ).items;
        let found: { id: string; free: string[]; supplied: string[] } | null = null;
        for (const { id } of signed.items.filter((l) => l.targetParkId !== null)) {
          if ((await getJson<{ canEdit: boolean }>(page, `/api/v1/investment/leads/${id}`)).canEdit) {
            found = { id, free: free.map((p) => p.code), supplied: supplied.map((p) => p.code) };
            break;
          }
        }
        assert.ok(found, 'the task force has a signed lead it may move');
        assert.ok(found.free.length > 0 && found.supplied.length > 0, 'the demo has free and supplied parcels');
        await page.goto(`/investment/leads/${found.id}`);
        await page.getByTestId('lead-move-forward').click();
        const gate = page.getByRole('dialog').filter({ has: page.getByTestId('gate-form') });
        await gate.waitFor();
        await gate.getByText('在企业库中新建').click();
        await gate.locator('input#newEnterpriseName').fill('长子县浏览器落地测试有限公司');
        await gate.locator('input#newEnterpriseUscc').fill(composeUscc('91', '140428', 'LANDE2E1'));
        await gate.locator('input#newEnterpriseContactName').fill('王经理');
        // The new enterprise's park defaults to the lead's target park (the lead has one).
        // The parcel picker offers free land only.
        await gate.getByTestId('gate-parcel').click();
        const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
        await options.first().waitFor();
        // An option reads 'CZ-C-05（park area 亩）': the code is before the bracket.
        const offered = (await options.allTextContents()).map((text) => text.split(/[（(\s]/)[0] ?? '');
        assert.ok(offered.length > 0, 'free parcels are offered');
        for (const code of offered) {
          assert.ok(found.free.includes(code), `${code} is free land`);
          assert.ok(!found.supplied.includes(code), `${code} is not supplied to anyone`);
        }
        const chosen = offered[0] ?? '';
        await options.first().click();
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'investment-gate-landed.png') });
        await gate.locator('#gate-submit').click();
        await page.getByTestId('lead-stage').filter({ hasText: '落地库' }).waitFor();

        const parcel = (
          await getJson<{ items: { code: string; supplyStatus: string; enterpriseName: string | null }[] }>(
            page,
            `/api/v1/parcels?q=${chosen}`,
          )
        ).items.find((p) => p.code === chosen);
        assert.deepEqual(
          { supplyStatus: parcel?.supplyStatus, enterpriseName: parcel?.enterpriseName },
          { supplyStatus: 'supplied', enterpriseName: '长子县浏览器落地测试有限公司' },
        );
      } finally {
        await closePage(page);
      }
    });
  });
}
