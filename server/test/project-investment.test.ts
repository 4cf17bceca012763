import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Client } from './helper.js';
import {
  API,
  addMilestone,
  clients,
  createProject,
  ids,
  type Problem,
  setUpProjectWorld,
  t,
  today,
} from './project-world.js';

setUpProjectWorld();

interface MonthView {
  month: string;
  completedYuan: number | null;
  note: string | null;
  recordedByName: string | null;
  version: number | null;
}
interface InvestmentView {
  year: number;
  currentMonth: string;
  plannedYuan: number | null;
  months: MonthView[];
  yearCompletedYuan: number;
  completionPct: number | null;
  completedToDateYuan: number;
  totalInvestmentYuan: number | null;
  canEdit: boolean;
}
interface SummaryView {
  year: number;
  months: { month: string; completedYuan: number; transformationYuan: number }[];
  totals: {
    completedYuan: number;
    transformationYuan: number;
    transformationSharePct: number | null;
    plannedYuan: number;
    completionPct: number | null;
  };
  byTaskForce: { taskForceId: string; name: string; plannedYuan: number; completedYuan: number; pct: number | null }[];
  projects: {
    projectId: string;
    isTransformation: boolean;
    plannedYuan: number | null;
    completedYuan: number;
    pct: number | null;
  }[];
}

const put = (projectId: string, month: string, body: Record<string, unknown>, client: Client = clients.member) =>
  client.put(`${API}/${projectId}/investment/${month}`, body);
const planOf = (projectId: string, year: number, plannedYuan: number, client: Client = clients.member) =>
  client.put(`${API}/${projectId}/investment-plan/${year}`, { plannedYuan });

async function investmentOf(projectId: string, year: number, client: Client = clients.member) {
  const response = await client.get(`${API}/${projectId}/investment?year=${year}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<InvestmentView>();
}

async function record(projectId: string, month: string, completedYuan: number, version?: number) {
  const response = await put(projectId, month, { completedYuan, note: null, ...(version ? { version } : {}) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<MonthView>();
}

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** A year no demo row touches, so the zone totals are exactly the rows written here. */
const YEAR = 2019;

describe('a project month by month', () => {
  it('records months, plans the year and totals them, audited', async () => {
    const project = await createProject(clients.member, { totalInvestmentYuan: 500_000_000 });
    expect(await record(project.id, `${YEAR}-03`, 12_000_000)).toMatchObject({
      month: `${YEAR}-03`,
      completedYuan: 12_000_000,
      recordedByName: '专班成员（演示）',
      version: 1,
    });
    await record(project.id, `${YEAR}-04`, 8_000_000);
    const fixed = await put(project.id, `${YEAR}-04`, { completedYuan: 8_500_000, note: '补报设备款', version: 1 });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json<MonthView>()).toMatchObject({ completedYuan: 8_500_000, note: '补报设备款', version: 2 });
    await record(project.id, `${YEAR + 1}-01`, 1_000_000);
    expect((await planOf(project.id, YEAR, 41_000_000)).statusCode).toBe(200);

    const view = await investmentOf(project.id, YEAR);
    expect(view.months).toHaveLength(12);
    expect(view.months[0]).toMatchObject({ month: `${YEAR}-01`, completedYuan: null, version: null });
    expect(view).toMatchObject({
      year: YEAR,
      plannedYuan: 41_000_000,
      yearCompletedYuan: 20_500_000,
      completionPct: 50,
      completedToDateYuan: 21_500_000,
      totalInvestmentYuan: 500_000_000,
      canEdit: true,
    });
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', 'like', `${project.id}/%`)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'projectInvestmentMonth.create',
      'projectInvestmentMonth.create',
      'projectInvestmentMonth.update',
      'projectInvestmentMonth.create',
      'projectInvestmentPlan.set',
    ]);

    const cleared = await clients.member.delete(`${API}/${project.id}/investment/${YEAR + 1}-01?version=1`);
    expect(cleared.statusCode, cleared.body).toBe(204);
    expect((await investmentOf(project.id, YEAR)).completedToDateYuan).toBe(20_500_000);
  });

  it('refuses a month after the zone’s current month with a field error in zh-CN, and a negative amount', async () => {
    const project = await createProject();
    const future = nextMonth(today.slice(0, 7));
    const late = await put(project.id, future, { completedYuan: 1000 });
    expect(late.statusCode).toBe(400);
    const problem = late.json<Problem>();
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'params.month', code: 'monthInFuture' })]);
    expect(problem.errors?.[0]?.message).toContain(`不能晚于本月（${today.slice(0, 7)}）`);
    const early = await put(project.id, '1999-12', { completedYuan: 1000 });
    expect(early.json<Problem>().errors?.[0]).toMatchObject({ field: 'params.month', code: 'monthTooEarly' });
    const negative = await put(project.id, today.slice(0, 7), { completedYuan: -1 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.completedYuan', code: 'tooSmall' });
    const english = await clients.member.put(
      `${API}/${project.id}/investment/${future}`,
      { completedYuan: 1 },
      { 'accept-language': 'en-US' },
    );
    expect(english.json<Problem>().errors?.[0]?.message).toContain('cannot be after the current month');
    const rows = await t.ctx.db
      .selectFrom('projectInvestmentMonths')
      .select('month')
      .where('projectId', '=', project.id)
      .execute();
    expect(rows).toEqual([]);
    // The current month itself is fine.
    await record(project.id, today.slice(0, 7), 0);
  });

  it('tells the later of two saves of a month of the conflict, naming who, and keeps the first', async () => {
    const project = await createProject();
    await record(project.id, `${YEAR}-06`, 3_000_000);
    await record(project.id, `${YEAR}-06`, 3_100_000, 1);
    for (const body of [{ completedYuan: 9, version: 1 }, { completedYuan: 9 }]) {
      const late = await put(project.id, `${YEAR}-06`, body);
      expect(late.statusCode).toBe(409);
      const problem = late.json<Problem>();
      expect(problem.code).toBe('project.versionConflict');
      expect(problem.detail).toContain('专班成员（演示）');
      expect(problem.detail).toContain(`${YEAR}-06`);
    }
    const stale = await clients.member.delete(`${API}/${project.id}/investment/${YEAR}-06?version=1`);
    expect(stale.statusCode).toBe(409);
    const june = (await investmentOf(project.id, YEAR)).months[5];
    expect(june).toMatchObject({ completedYuan: 3_100_000, version: 2 });
  });
});

describe('who may read and write', () => {
  it('lets only the project’s task force and zone admins write; others of the zone read or get nothing', async () => {
    // A 浩诚 project: the 星萌 task-force member sees it only because they own an item in it.
    const other = await createProject(clients.admin, { taskForceId: ids.浩诚环保项目专班 });
    const hidden = await createProject(clients.admin, { taskForceId: ids.浩诚环保项目专班 });
    await addMilestone(other, { ownerId: ids['user:taskForceMember'] }, clients.admin);
    expect((await investmentOf(other.id, YEAR)).canEdit).toBe(false);
    expect((await put(other.id, `${YEAR}-01`, { completedYuan: 1 })).statusCode).toBe(403);
    expect((await planOf(other.id, YEAR, 1)).statusCode).toBe(403);
    expect((await put(hidden.id, `${YEAR}-01`, { completedYuan: 1 })).statusCode).toBe(404);
    expect((await put(other.id, `${YEAR}-01`, { completedYuan: 1 }, clients.admin)).statusCode).toBe(200);
    expect((await investmentOf(other.id, YEAR, clients.leader)).canEdit).toBe(false);

    const own = await createProject(clients.member, { enterpriseId: ids.enterprise });
    await record(own.id, `${YEAR}-02`, 700_000);
    const read = await investmentOf(own.id, YEAR, clients.enterprise);
    expect(read).toMatchObject({ canEdit: false, yearCompletedYuan: 700_000 });
    expect((await put(own.id, `${YEAR}-02`, { completedYuan: 1, version: 1 }, clients.enterprise)).statusCode).toBe(
      403,
    );
    expect((await clients.enterprise.get(`${API}/${other.id}/investment`)).statusCode).toBe(404);
    expect((await clients.department.get(`${API}/${own.id}/investment`)).statusCode).toBe(403);
    expect((await clients.enterprise.get(`${API}/investment-summary`)).statusCode).toBe(403);
    expect((await clients.department.get(`${API}/investment-summary`)).statusCode).toBe(403);
    expect((await investmentOf(own.id, YEAR)).months[1]?.completedYuan).toBe(700_000);
  });
});

describe('the zone summary', () => {
  const YEAR_S = 2018;

  it('totals industrial investment by month, task force and project, with the transformation share', async () => {
    const green = await createProject(clients.admin, { isTransformation: true, taskForceId: ids.浩诚环保项目专班 });
    const plain = await createProject(clients.admin, { isTransformation: false });
    for (const [month, yuan] of [
      ['01', 10_000_000],
      ['02', 25_000_000],
      ['07', 30_000_000],
    ] as const)
      expect((await put(green.id, `${YEAR_S}-${month}`, { completedYuan: yuan }, clients.admin)).statusCode).toBe(200);
    expect((await put(plain.id, `${YEAR_S}-02`, { completedYuan: 5_000_000 }, clients.admin)).statusCode).toBe(200);
    expect((await put(plain.id, `${YEAR_S}-09`, { completedYuan: 10_000_000 }, clients.admin)).statusCode).toBe(200);
    expect((await planOf(green.id, YEAR_S, 60_000_000, clients.admin)).statusCode).toBe(200);
    expect((await planOf(plain.id, YEAR_S, 40_000_000, clients.admin)).statusCode).toBe(200);

    const response = await clients.leader.get(`${API}/investment-summary?year=${YEAR_S}`);
    expect(response.statusCode, response.body).toBe(200);
    const summary = response.json<SummaryView>();
    expect(summary.totals).toEqual({
      completedYuan: 80_000_000,
      transformationYuan: 65_000_000,
      transformationSharePct: 81.3,
      plannedYuan: 100_000_000,
      completionPct: 80,
    });
    expect(summary.months[1]).toEqual({
      month: `${YEAR_S}-02`,
      completedYuan: 30_000_000,
      transformationYuan: 25_000_000,
    });
    expect(summary.months[11]).toEqual({ month: `${YEAR_S}-12`, completedYuan: 0, transformationYuan: 0 });
    expect(summary.projects.map((p) => [p.projectId, p.completedYuan, p.pct])).toEqual(
      expect.arrayContaining([
        [green.id, 65_000_000, 108.3],
        [plain.id, 15_000_000, 37.5],
      ]),
    );
    expect(summary.byTaskForce.find((tf) => tf.taskForceId === ids.浩诚环保项目专班)).toMatchObject({
      plannedYuan: 60_000_000,
      completedYuan: 65_000_000,
      pct: 108.3,
    });
    const filtered = await clients.leader.get(
      `${API}/investment-summary?year=${YEAR_S}&taskForceId=${ids.星萌冻干项目专班}`,
    );
    expect(filtered.json<SummaryView>().totals).toMatchObject({ completedYuan: 15_000_000, transformationSharePct: 0 });
    const empty = await clients.leader.get(`${API}/investment-summary?year=2001`);
    expect(empty.json<SummaryView>().totals).toMatchObject({ completedYuan: 0, transformationSharePct: null });
    // The 星萌 task-force member sees only its own task force's projects in the totals.
    const member = await clients.member.get(`${API}/investment-summary?year=${YEAR_S}`);
    expect(member.json<SummaryView>().totals.completedYuan).toBe(15_000_000);

    const xlsx = await clients.leader.get(`${API}/investment-summary.xlsx?year=${YEAR_S}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(encodeURIComponent(`投资完成-${YEAR_S}.xlsx`));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['月度', '项目', '专班']);
    const months = book.getWorksheet('月度');
    const total = months?.getRow(14).values as unknown[];
    expect(total.slice(1, 6)).toEqual([`${YEAR_S}年合计`, 8000, 6500, 1500, 81.3]);
    expect(months?.getRow(3).getCell(2).value).toBe(3000);
    const projects = book.getWorksheet('项目');
    const projectRows = (projects?.getSheetValues() ?? []).slice(2) as unknown[][];
    expect(projectRows.reduce((sum, row) => sum + Number(row[6] ?? 0), 0)).toBe(8000);
  });
});
