import { periodOf } from '@zonehub/investment-rules';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zoneToday } from '../src/features/investment/zone-today.js';
import { type Client, createTestApp, type TestApp } from './helper.js';
import { buildContestWorld, type ContestWorld, YI } from './investment-contest-world.js';

/** 招商大比拼 through the API on a small world of our own (see investment-contest-world.ts). */
let t: TestApp;
let admin: Client;
let leader: Client;
let member: Client;
let park: Client;
let world: ContestWorld;
const WEIGHTS = {
  newLeads: 1,
  visits: 2,
  negotiating: 5,
  signedCount: 10,
  signedAmountYuan: 4,
  landedCount: 20,
  landedAmountYuan: 6,
};
beforeAll(async () => {
  t = await createTestApp();
  world = await buildContestWorld(t);
  admin = await t.loginAs('zoneAdmin');
  leader = await t.loginAs('leader');
  member = await t.loginAs('taskForceMember');
  park = await t.loginAs('parkStaff');
  const saved = await admin.put('/api/v1/investment/settings', {
    weights: WEIGHTS,
    idleDays: 30,
    staleDays: { reserve: 90, negotiating: 180, signed: 365 },
  });
  expect(saved.statusCode).toBe(200);
  const targets = await admin.put('/api/v1/investment/targets', {
    period: '2031-Q2',
    items: [
      { taskForceId: world.tf.A, metric: 'newLeads', target: 4 },
      { taskForceId: world.tf.A, metric: 'signedCount', target: 2 },
      { taskForceId: world.tf.A, metric: 'visits', target: 0 },
      { taskForceId: world.tf.B, metric: 'landedCount', target: 1 },
    ],
  });
  expect(targets.statusCode).toBe(200);
});
afterAll(async () => t.close());

type Row = { id: string; name: string; counts: Record<string, number>; score: number; rank: number } & Record<
  string,
  unknown
>;
const rowOf = (rows: Row[], id: string) => rows.find((r) => r.id === id);

describe('the contest (招商大比拼)', () => {
  it('counts each task force exactly, scores with the zone weights and ranks against the previous quarter', async () => {
    const response = await leader.get('/api/v1/investment/contest?period=2031-Q2');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ period: '2031-Q2', previousPeriod: '2031-Q1', weights: WEIGHTS });
    // 11 demo task forces and our three, zero rows included.
    expect(world.taskForceCount).toBe(14);
    expect(body.taskForces).toHaveLength(world.taskForceCount);
    const a = rowOf(body.taskForces, world.tf.A);
    expect(a?.counts).toEqual({
      newLeads: 3,
      visits: 2,
      negotiating: 1,
      signedCount: 1,
      signedAmountYuan: 3 * YI,
      landedCount: 1,
      landedAmountYuan: 3 * YI,
    });
    expect(a).toMatchObject({
      key: `taskForce:${world.tf.A}`,
      name: '测试专班甲',
      score: 72,
      rank: 1,
      previousRank: 3,
      rankChange: 2,
    });
    const b = rowOf(body.taskForces, world.tf.B);
    expect(b?.counts).toMatchObject({
      newLeads: 0,
      visits: 1,
      landedCount: 1,
      landedAmountYuan: 1 * YI,
      signedCount: 0,
    });
    expect(b).toMatchObject({ score: 28, rank: 2, previousRank: 1, rankChange: -1 });
    expect(rowOf(body.taskForces, world.tf.C)).toMatchObject({ score: 0, rank: 3, previousRank: 2, rankChange: -1 });
    // The demo task forces had nothing in either quarter: all tie at 3 now, at 4 before.
    const demo = body.taskForces.find((r: Row) => r.name === '星萌冻干项目专班');
    expect(demo).toMatchObject({ score: 0, rank: 3, previousRank: 4, rankChange: 1 });
    expect(body.taskForces.map((r: Row) => r.rank)).toEqual(
      [...body.taskForces.map((r: Row) => r.rank)].sort((x, y) => x - y),
    );
  });

  it('shows completion per target and their mean as the overall completion', async () => {
    const body = (await leader.get('/api/v1/investment/contest?period=2031-Q2')).json();
    const a = rowOf(body.taskForces, world.tf.A);
    expect(a?.targets).toEqual(
      expect.arrayContaining([
        { metric: 'newLeads', target: 4, actual: 3, completion: 75 },
        { metric: 'signedCount', target: 2, actual: 1, completion: 50 },
        { metric: 'visits', target: 0, actual: 2, completion: null },
      ]),
    );
    expect(a?.completion).toBe(62.5);
    expect(rowOf(body.taskForces, world.tf.B)).toMatchObject({
      targets: [{ metric: 'landedCount', target: 1, actual: 1, completion: 100 }],
      completion: 100,
    });
    expect(rowOf(body.taskForces, world.tf.C)).toMatchObject({ targets: [], completion: null });
  });

  it('ranks people by what they did, with the change against the previous quarter', async () => {
    const body = (await leader.get('/api/v1/investment/contest?period=2031-Q2')).json();
    expect(body.people.map((p: Row) => [p.name, p.score, p.rank, p.previousRank, p.rankChange])).toEqual([
      ['甲一', 69, 1, 3, 2],
      ['乙二', 28, 2, 1, -1],
      [expect.any(String), 3, 3, null, null],
    ]);
    expect(rowOf(body.people, world.user.u1)?.counts).toEqual({
      newLeads: 2,
      visits: 1,
      negotiating: 1,
      signedCount: 1,
      signedAmountYuan: 3 * YI,
      landedCount: 1,
      landedAmountYuan: 3 * YI,
    });
    expect(rowOf(body.people, world.user.u1)).toMatchObject({
      key: `user:${world.user.u1}`,
      taskForceName: '测试专班甲',
      targets: [],
    });
    expect(rowOf(body.people, world.user.tfm)?.counts).toMatchObject({ newLeads: 1, visits: 1 });
    expect(rowOf(body.people, world.user.u3)).toBeUndefined();
  });

  it('gives a task-force member the whole task-force board but people of their task forces only', async () => {
    const body = (await member.get('/api/v1/investment/contest?period=2031-Q2')).json();
    expect(body.taskForces).toHaveLength(world.taskForceCount);
    expect(rowOf(body.taskForces, world.tf.B)?.score).toBe(28);
    expect(body.people.map((p: Row) => p.id).sort()).toEqual([world.user.u1, world.user.tfm].sort());
    // Within A alone, u1 was the only person ranked in Q1 too.
    expect(rowOf(body.people, world.user.u1)).toMatchObject({ rank: 1, previousRank: 1, rankChange: 0 });
    const parkBoard = (await park.get('/api/v1/investment/contest?period=2031-Q2')).json();
    expect(parkBoard.taskForces).toHaveLength(world.taskForceCount);
    expect(parkBoard.people).toEqual([]);
    const enterprise = await t.loginAs('enterpriseUser');
    expect((await enterprise.get('/api/v1/investment/contest?period=2031-Q2')).statusCode).toBe(403);
  });

  it('counts a year and a month by the same rules', async () => {
    const year = (await leader.get('/api/v1/investment/contest?period=2031')).json();
    expect(year.previousPeriod).toBe('2030');
    expect(rowOf(year.taskForces, world.tf.A)?.counts).toMatchObject({ newLeads: 4, visits: 3 });
    expect(rowOf(year.taskForces, world.tf.B)?.counts).toMatchObject({
      newLeads: 1,
      signedCount: 1,
      signedAmountYuan: 2 * YI,
    });
    const june = (await leader.get('/api/v1/investment/contest?period=2031-06')).json();
    expect(june.previousPeriod).toBe('2031-05');
    expect(rowOf(june.taskForces, world.tf.A)?.counts).toMatchObject({
      newLeads: 1,
      visits: 1,
      landedCount: 1,
      signedCount: 0,
    });
  });

  it('defaults to the current quarter of the zone and refuses a period that is not one', async () => {
    const today = await zoneToday(t.ctx, t.ctx.db, world.zoneId);
    expect((await leader.get('/api/v1/investment/contest')).json().period).toBe(periodOf('quarter', today).key);
    for (const bad of ['2031-Q5', '2031-13', '1999', 'last-year']) {
      const zh = await leader.get(`/api/v1/investment/contest?period=${bad}`);
      expect(zh.statusCode).toBe(400);
      expect(zh.json().errors).toEqual([
        { field: 'query.period', code: 'period.invalid', message: expect.stringContaining('季度') },
      ]);
    }
    const en = await leader.get('/api/v1/investment/contest?period=2031-Q5', { 'accept-language': 'en-US' });
    expect(en.json().errors[0].message).toContain('quarter');
    expect((await leader.get('/api/v1/investment/contest/export.xlsx?period=2031-Q9')).statusCode).toBe(400);
  });

  it('exports the board as xlsx matching the JSON', async () => {
    const json = (await leader.get('/api/v1/investment/contest?period=2031-Q2')).json();
    const response = await leader.get('/api/v1/investment/contest/export.xlsx?period=2031-Q2');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('招商大比拼-2031-Q2.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['专班排名', '个人排名', '权重与期间']);
    const [forces, people, weights] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(forces.getRow(1).values).toEqual(
      expect.arrayContaining(['排名', '名次变化', '专班', '签约金额（万元）', '得分']),
    );
    expect(forces.rowCount).toBe(json.taskForces.length + 1);
    expect((forces.getRow(2).values as unknown[]).slice(1)).toEqual([
      1,
      '上升 2',
      '测试专班甲',
      3,
      2,
      1,
      1,
      30000,
      1,
      30000,
      72,
      62.5,
    ]);
    expect(people.rowCount).toBe(json.people.length + 1);
    expect((people.getRow(2).values as unknown[]).slice(1, 4)).toEqual([1, '上升 2', '甲一']);
    expect(people.getRow(4).getCell(2).value).toBe('新上榜');
    expect(weights.getRow(2).values).toEqual([undefined, '期间', '2031-Q2', '']);
    expect(weights.getRow(4).getCell(2).value).toBe(1);
  });
});
