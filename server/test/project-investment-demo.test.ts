import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../src/demo/seed.js';
import { createTestApp, type TestApp } from './helper.js';

/** The investment-completed demo data (issue 5 item 4): the 清徐 article's figure and 长子's plausibility. */
let t: TestApp;
let currentMonth: string;

beforeAll(async () => {
  t = await createTestApp();
  currentMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(t.clock.now()).slice(0, 7);
});
afterAll(async () => t.close());

interface SummaryView {
  totals: { completedYuan: number; transformationYuan: number; transformationSharePct: number | null };
  projects: { name: string; isTransformation: boolean; completedYuan: number }[];
}

describe('清徐 2023 (the article: 工业投资完成24.1亿元, 转型项目占比94.5%)', () => {
  it('computes the published figure from the demo months through the API', async () => {
    const leader = await t.loginAs('leader');
    const switched = await leader.post('/api/v1/auth/zone', { zoneId: demoId('zone', 'qingxu') });
    expect(switched.statusCode, switched.body).toBe(200);
    const response = await leader.get('/api/v1/projects/investment-summary?year=2023');
    expect(response.statusCode, response.body).toBe(200);
    const summary = response.json<SummaryView>();
    expect(summary.totals).toMatchObject({
      completedYuan: 2_410_000_000,
      transformationYuan: 2_277_450_000,
      transformationSharePct: 94.5,
    });
    expect(summary.projects.filter((p) => p.isTransformation).length).toBe(2);
  });
});

describe('every demo project', () => {
  it('spends nothing before signing, nothing after this month, never more than its total investment', async () => {
    const projects = await t.ctx.db
      .selectFrom('projects')
      .select(['id', 'name', 'signedOn', 'totalInvestmentYuan'])
      .execute();
    const months = await t.ctx.db.selectFrom('projectInvestmentMonths').selectAll().execute();
    expect(months.length).toBeGreaterThan(100);
    for (const p of projects) {
      const mine = months.filter((m) => m.projectId === p.id);
      const spent = mine.reduce((sum, m) => sum + Number(m.completedYuan), 0);
      expect(spent, p.name).toBeLessThanOrEqual(Number(p.totalInvestmentYuan ?? 0));
      for (const m of mine) {
        expect(m.isDemo).toBe(1);
        expect(m.month >= (p.signedOn ?? '').slice(0, 7), `${p.name} ${m.month}`).toBe(true);
        expect(m.month <= currentMonth, `${p.name} ${m.month}`).toBe(true);
        expect(Number(m.completedYuan)).toBeGreaterThan(0);
      }
    }
    // The 清徐 projects built in 2022–2024 are fully paid: their months add up to their total.
    const depot = projects.find((p) => p.name === '晋煤物流煤焦集运站项目');
    const depotSpent = months.filter((m) => m.projectId === depot?.id).reduce((s, m) => s + Number(m.completedYuan), 0);
    expect(depotSpent).toBe(180_000_000);
  });

  it('has 星萌 phase 2 under construction spending every month of last year and this year through now', async () => {
    const xm = await t.ctx.db
      .selectFrom('projects')
      .select('id')
      .where('name', '=', '星萌冻干食品产业园项目')
      .executeTakeFirstOrThrow();
    const rows = await t.ctx.db
      .selectFrom('projectInvestmentMonths')
      .select('month')
      .where('projectId', '=', xm.id)
      .orderBy('month')
      .execute();
    const year = Number(currentMonth.slice(0, 4));
    expect(rows[0]?.month).toBe(`${year - 1}-01`);
    expect(rows.at(-1)?.month).toBe(currentMonth);
    expect(rows.length).toBe(12 + Number(currentMonth.slice(5, 7)));
    const plans = await t.ctx.db
      .selectFrom('projectInvestmentPlans')
      .select(['year', 'plannedYuan'])
      .where('projectId', '=', xm.id)
      .orderBy('year')
      .execute();
    expect(plans.map((p) => p.year)).toEqual([year - 1, year]);
  });

  it('gives 长子 a current-year summary with a transformation share', async () => {
    const leader = await t.loginAs('leader');
    const response = await leader.get('/api/v1/projects/investment-summary');
    expect(response.statusCode, response.body).toBe(200);
    const summary = response.json<SummaryView>();
    expect(summary.totals.completedYuan).toBeGreaterThan(0);
    expect(summary.totals.transformationSharePct).not.toBeNull();
  });
});
