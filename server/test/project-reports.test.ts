import { beforeAll, describe, expect, it } from 'vitest';
import { loadCalendar } from '../src/features/projects/rag.service.js';
import { buildReportWorld, W } from './project-reports-world.js';
import { clients, ids, type Problem, setUpProjectWorld, t, today, zoneId } from './project-world.js';

setUpProjectWorld();

const API = '/api/v1/projects/reports';
let wd: (from: string, to: string) => number;
/** The quarter's and year's as-of day: today while 2026 runs, its last day afterwards. */
let asOf2026: string;

beforeAll(async () => {
  await buildReportWorld();
  const calendar = await loadCalendar(t.ctx.db, zoneId);
  wd = (from, to) => calendar.workdaysBetween(from, to);
  asOf2026 = today < '2026-12-31' ? today : '2026-12-31';
});

async function report<T>(kind: string, query: string, client = clients.leader): Promise<T> {
  const response = await client.get(`${API}/${kind}?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}
const mine = () => `taskForceId=${W.tf}`;

interface Named {
  projectName: string;
}

describe('weekly dispatch report', () => {
  it('counts the week’s changes, red items, open actions and meetings as of the week’s end', async () => {
    const r = await report<{
      period: { start: string; last: string; asOf: string };
      taskForce: { name: string };
      headline: Record<string, number>;
      changes: { kind: string; projectName: string; milestoneName: string | null; onDay: string }[];
      redItems: (Named & { milestoneName: string; ownerName: string; dueOn: string; overdueWorkdays: number })[];
      openActions: {
        text: string;
        projectName: string | null;
        assignedOn: string;
        ageWorkdays: number;
        overdue: boolean;
      }[];
      meetings: {
        heldOn: string;
        onSite: boolean;
        siteEnterpriseName: string;
        actionsAssigned: number;
        decisions: number;
      }[];
      lightsByTaskForce: { taskForceName: string; red: number; amber: number; green: number; done: number }[];
    }>('weekly', `period=2026-W47&${mine()}`);
    expect(r.period).toEqual({ key: '2026-W47', start: '2026-11-16', last: '2026-11-22', asOf: '2026-11-22' });
    expect(r.taskForce.name).toBe('PJT 报告专班');
    expect(r.headline).toEqual({
      projects: 2,
      lightsTurned: 1,
      turnedRed: 1,
      stageMoves: 1,
      itemsDone: 1,
      deadlinesMoved: 1,
      redItems: 2,
      openActions: 2,
      overdueActions: 1,
      meetings: 1,
    });
    expect(r.changes.map((c) => `${c.onDay} ${c.kind} ${c.projectName} ${c.milestoneName ?? ''}`).sort()).toEqual([
      '2026-11-17 projectRag PJT 报告甲 ',
      '2026-11-18 milestoneDone PJT 报告乙 PJT 能评',
      '2026-11-18 stage PJT 报告乙 ',
      '2026-11-19 dueMoved PJT 报告甲 PJT 开工',
    ]);
    // 施工许可 due Wed 28 Oct: Oct 29–30 and three full weeks to Sun 22 Nov = 17 working days.
    expect(r.redItems).toEqual([
      expect.objectContaining({
        projectName: 'PJT 报告甲',
        milestoneName: 'PJT 施工许可',
        ownerName: W.ownerName,
        dueOn: '2026-10-28',
        overdueWorkdays: 17,
      }),
      expect.objectContaining({
        projectName: 'PJT 报告乙',
        milestoneName: 'PJT 规划许可',
        dueOn: '2026-11-19',
        overdueWorkdays: 1,
      }),
    ]);
    expect(wd('2026-10-28', '2026-11-22')).toBe(17);
    expect(r.openActions).toEqual([
      expect.objectContaining({
        text: 'PJT 协调临时用电',
        projectName: 'PJT 报告甲',
        assignedOn: '2026-11-16',
        ageWorkdays: 4,
        overdue: true,
      }),
      expect.objectContaining({
        text: 'PJT 落实贷款',
        projectName: null,
        assignedOn: '2026-11-09',
        ageWorkdays: 9,
        overdue: false,
      }),
    ]);
    expect(r.meetings).toEqual([
      expect.objectContaining({
        heldOn: '2026-11-16',
        onSite: true,
        siteEnterpriseName: W.enterpriseName,
        actionsAssigned: 2,
        decisions: 1,
      }),
    ]);
    expect(r.lightsByTaskForce).toEqual([
      expect.objectContaining({ taskForceName: 'PJT 报告专班', red: 2, amber: 0, green: 0, done: 0 }),
    ]);
  });
});

describe('monthly summary', () => {
  it('gives progress, investment against plan, and the milestones hit and missed in October', async () => {
    const r = await report<{
      headline: Record<string, number | null>;
      projects: (Named & Record<string, unknown>)[];
      investmentByTaskForce: Record<string, unknown>[];
      hit: (Named & { milestoneName: string; lateWorkdays: number })[];
      missed: (Named & { milestoneName: string; actualDoneOn: string | null; lateWorkdays: number })[];
    }>('monthly', `period=2026-10&${mine()}`);
    expect(r.headline).toEqual({
      projects: 2,
      itemsDone: 2,
      hit: 1,
      missed: 2,
      monthYuan: 4_000_000,
      ytdYuan: 7_000_000,
      planYuan: 20_000_000,
      ytdPercent: 35,
    });
    expect(r.projects).toEqual([
      expect.objectContaining({
        projectName: 'PJT 报告甲',
        code: 'PJT-R1',
        stage: 'preliminary',
        ragStatus: 'red',
        itemsDone: 2,
        monthYuan: 1_500_000,
        ytdYuan: 4_500_000,
        planYuan: 12_000_000,
        ytdPercent: 37.5,
      }),
      expect.objectContaining({
        projectName: 'PJT 报告乙',
        stage: 'producing',
        ragStatus: 'green',
        itemsDone: 0,
        monthYuan: 2_500_000,
        ytdYuan: 2_500_000,
        planYuan: 8_000_000,
        ytdPercent: 31.3,
      }),
    ]);
    expect(r.investmentByTaskForce).toEqual([
      expect.objectContaining({
        taskForceName: 'PJT 报告专班',
        monthYuan: 4_000_000,
        ytdYuan: 7_000_000,
        planYuan: 20_000_000,
        ytdPercent: 35,
      }),
    ]);
    expect(r.hit).toEqual([expect.objectContaining({ milestoneName: 'PJT 立项备案', lateWorkdays: 0 })]);
    expect(r.missed).toEqual([
      expect.objectContaining({ milestoneName: 'PJT 环评', actualDoneOn: '2026-10-22', lateWorkdays: 2 }),
      expect.objectContaining({ milestoneName: 'PJT 施工许可', actualDoneOn: null, lateWorkdays: 2 }),
    ]);
  });
});

interface PlanActual {
  milestonesPlanned: number;
  milestonesPlannedDone: number;
  milestonesDone: number;
  investmentPlanYuan: number | null;
  investmentDoneYuan: number;
  slippedItems: number;
  meanSlipWorkdays: number | null;
  maxSlipWorkdays: number | null;
}
const slipFigures = (slips: number[]) => ({
  slippedItems: slips.filter((s) => s > 0).length,
  meanSlipWorkdays: Math.round((slips.reduce((a, b) => a + b, 0) / slips.length) * 10) / 10,
  maxSlipWorkdays: Math.max(...slips),
});

describe('quarterly analysis', () => {
  it('sets plan against actual and slippage per project and task force', async () => {
    const r = await report<{
      projects: (Named & PlanActual)[];
      taskForces: (PlanActual & { taskForceName: string; projects: number })[];
    }>('quarterly', `period=2026-Q4&${mine()}`);
    const late = (baseline: string) => Math.max(0, wd(baseline, asOf2026));
    const p1 = [0, 4, late('2026-10-28'), late('2026-11-20')];
    const p2 = [0, late('2026-11-19')];
    expect(r.projects).toEqual([
      expect.objectContaining({
        projectName: 'PJT 报告甲',
        milestonesPlanned: 4,
        milestonesPlannedDone: 2,
        milestonesDone: 2,
        investmentPlanYuan: 3_000_000,
        investmentDoneYuan: 2_000_000,
        ...slipFigures(p1),
      }),
      expect.objectContaining({
        projectName: 'PJT 报告乙',
        milestonesPlanned: 2,
        milestonesPlannedDone: 1,
        milestonesDone: 1,
        investmentPlanYuan: 2_000_000,
        investmentDoneYuan: 2_500_000,
        ...slipFigures(p2),
      }),
    ]);
    expect(r.taskForces).toEqual([
      {
        taskForceId: W.tf,
        taskForceName: 'PJT 报告专班',
        projects: 2,
        milestonesPlanned: 6,
        milestonesPlannedDone: 3,
        milestonesDone: 3,
        investmentPlanYuan: 5_000_000,
        investmentDoneYuan: 4_500_000,
        ...slipFigures([...p1, ...p2]),
      },
    ]);
  });
});

describe('annual review', () => {
  it("sets each task force's contest targets and project results for the year", async () => {
    const r = await report<{ headline: Record<string, number | null>; taskForces: Record<string, unknown>[] }>(
      'annual',
      `period=2026&${mine()}`,
    );
    const figures = {
      projects: 2,
      started: 1,
      completed: 1,
      producing: 1,
      milestonesDone: 6,
      onTimePercent: 66.7,
      investmentDoneYuan: 7_500_000,
      investmentPlanYuan: 20_000_000,
    };
    expect(r.headline).toEqual(figures);
    expect(r.taskForces).toEqual([
      {
        taskForceId: W.tf,
        taskForceName: 'PJT 报告专班',
        targets: [{ metric: 'newLeads', target: 4, actual: 3, completion: 75 }],
        targetCompletion: 75,
        ...figures,
        investmentPercent: 37.5,
      },
    ]);
  });
});

describe('who sees what, and bad input', () => {
  it("shows a task-force member only their task forces' projects", async () => {
    const names = async (client = clients.member, query = 'period=2026-10') =>
      (await report<{ projects: Named[] }>('monthly', query, client)).projects.map((p) => p.projectName);
    expect(await names()).toContain('PJT 报告丙');
    expect(await names()).not.toContain('PJT 报告甲');
    expect(await names(clients.leader)).toEqual(expect.arrayContaining(['PJT 报告甲', 'PJT 报告乙', 'PJT 报告丙']));
    expect(await names(clients.member, `period=2026-10&${mine()}`)).toEqual([]);
    const weekly = await report<{ meetings: unknown[]; openActions: unknown[] }>(
      'weekly',
      `period=2026-W47&${mine()}`,
      clients.member,
    );
    expect(weekly).toMatchObject({ meetings: [], openActions: [] });
  });

  it('refuses a department user', async () => {
    for (const path of ['/monthly', '/monthly.docx', '/weekly.xlsx'])
      expect((await clients.department.get(`${API}${path}`)).statusCode).toBe(403);
  });

  it('names the field of a bad period or task force, in the caller’s language', async () => {
    const bad = async (kind: string, query: string, lang = 'zh-CN') => {
      const response = await clients.leader.get(`${API}/${kind}?${query}`, { 'accept-language': lang });
      expect(response.statusCode, response.body).toBe(400);
      return response.json<Problem>().errors ?? [];
    };
    expect(await bad('weekly', 'period=2026-W54')).toEqual([
      expect.objectContaining({ field: 'query.period', message: expect.stringContaining('2026-W48') }),
    ]);
    expect((await bad('monthly', 'period=2026-Q4', 'en-US'))[0]?.message).toContain(
      'the monthly summary takes a month',
    );
    expect((await bad('monthly.docx', 'period=2026-13'))[0]?.field).toBe('query.period');
    expect((await bad('annual', `taskForceId=${ids.环保服务所}`))[0]?.field).toBe('query.taskForceId');
  });

  it('defaults to the current period', async () => {
    const r = await report<{ period: { key: string; asOf: string } }>('monthly', '');
    expect(r.period).toEqual(expect.objectContaining({ key: today.slice(0, 7), asOf: today }));
  });
});
