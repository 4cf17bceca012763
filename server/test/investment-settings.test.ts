import { randomUUID } from 'node:crypto';
import { DEFAULT_REMINDER_SETTINGS, DEFAULT_WEIGHTS } from '@zonehub/investment-rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMethod } from '../src/features/investment/methods/method.repository.js';
import { type Client, createTestApp, type TestApp } from './helper.js';

let t: TestApp;
let admin: Client;
let leader: Client;
let member: Client;
let staff: Client;
let zoneId: string;

beforeAll(async () => {
  t = await createTestApp();
  zoneId = (await t.ctx.db.selectFrom('zones').select('id').where('code', '=', 'changzi').executeTakeFirstOrThrow()).id;
  admin = await t.loginAs('zoneAdmin');
  leader = await t.loginAs('leader');
  member = await t.loginAs('taskForceMember');
  staff = await t.loginAs('investmentStaff');
});
afterAll(async () => t.close());

const auditCount = async (action: string) =>
  Number(
    (
      await t.ctx.db
        .selectFrom('auditLog')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('action', '=', action)
        .executeTakeFirstOrThrow()
    ).n,
  );

const SETTINGS = {
  weights: { ...DEFAULT_WEIGHTS, visits: 3.5, landedCount: 0 },
  idleDays: 21,
  staleDays: { reserve: 60, negotiating: 120, signed: 1095 },
};

describe('investment settings', () => {
  it('answers the package defaults until the zone sets its own', async () => {
    const response = await leader.get('/api/v1/investment/settings');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      weights: DEFAULT_WEIGHTS,
      idleDays: DEFAULT_REMINDER_SETTINGS.idleDays,
      staleDays: DEFAULT_REMINDER_SETTINGS.staleDays,
    });
  });

  it('lets a zone admin set weights and days, with an audit entry; a leader or a member may not', async () => {
    expect((await leader.put('/api/v1/investment/settings', SETTINGS)).statusCode).toBe(403);
    expect((await member.put('/api/v1/investment/settings', SETTINGS)).statusCode).toBe(403);
    const saved = await admin.put('/api/v1/investment/settings', SETTINGS);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual(SETTINGS);
    expect((await member.get('/api/v1/investment/settings')).json()).toEqual(SETTINGS);
    expect(await auditCount('investmentSettings.update')).toBe(1);
    const again = await admin.put('/api/v1/investment/settings', { ...SETTINGS, idleDays: 14 });
    expect(again.json().idleDays).toBe(14);
    expect(await auditCount('investmentSettings.update')).toBe(2);
  });

  it('refuses out-of-range weights and days, naming each field, and changes nothing', async () => {
    const before = (await admin.get('/api/v1/investment/settings')).json();
    const bad = await admin.put('/api/v1/investment/settings', {
      weights: { ...DEFAULT_WEIGHTS, visits: -1, signedCount: 1001 },
      idleDays: 0,
      staleDays: { reserve: 1096, negotiating: 10, signed: 10 },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.idleDays', 'body.staleDays.reserve', 'body.weights.signedCount', 'body.weights.visits'].sort());
    const missing = await admin.put('/api/v1/investment/settings', { weights: { visits: 1 }, idleDays: 5 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual(
      expect.arrayContaining([{ field: 'body.weights.newLeads', code: 'required', message: '必填' }]),
    );
    expect((await admin.get('/api/v1/investment/settings')).json()).toEqual(before);
  });
});

describe('contest targets', () => {
  const taskForces = async () =>
    t.ctx.db
      .selectFrom('orgUnits')
      .select(['id', 'name', 'kind'])
      .where('zoneId', '=', zoneId)
      .orderBy('code')
      .execute();

  it("replaces one period's targets, leaves other periods alone, and audits it", async () => {
    const [first, second] = (await taskForces()).filter((u) => u.kind === 'taskForce');
    if (!first || !second) throw new Error('the demo zone has task forces');
    const q3 = await admin.put('/api/v1/investment/targets', {
      period: '2031-Q3',
      items: [{ taskForceId: first.id, metric: 'visits', target: 9 }],
    });
    expect(q3.statusCode).toBe(200);
    const put = await admin.put('/api/v1/investment/targets?period=2031-Q2', {
      period: '2031-Q2',
      items: [
        { taskForceId: first.id, metric: 'signedCount', target: 3 },
        { taskForceId: second.id, metric: 'landedAmountYuan', target: 500_000_000 },
      ],
    });
    expect(put.statusCode).toBe(200);
    const replaced = await admin.put('/api/v1/investment/targets', {
      period: '2031-Q2',
      items: [{ taskForceId: second.id, metric: 'newLeads', target: 12 }],
    });
    expect(replaced.json()).toEqual({
      period: '2031-Q2',
      items: [{ taskForceId: second.id, taskForceName: second.name, metric: 'newLeads', target: 12 }],
    });
    expect((await member.get('/api/v1/investment/targets?period=2031-Q2')).json().items).toHaveLength(1);
    expect((await leader.get('/api/v1/investment/targets?period=2031-Q3')).json().items).toEqual([
      { taskForceId: first.id, taskForceName: first.name, metric: 'visits', target: 9 },
    ]);
    expect(await auditCount('contestTargets.replace')).toBe(3);
  });

  it('refuses a unit that is no task force of the zone, a metric twice, a negative target or a bad period', async () => {
    const units = await taskForces();
    const department = units.find((u) => u.kind === 'department');
    const force = units.find((u) => u.kind === 'taskForce');
    if (!department || !force) throw new Error('the demo zone has departments and task forces');
    const bad = await admin.put('/api/v1/investment/targets', {
      period: '2031-Q2',
      items: [
        { taskForceId: department.id, metric: 'visits', target: 1 },
        { taskForceId: force.id, metric: 'visits', target: 1 },
        { taskForceId: force.id, metric: 'visits', target: 2 },
        { taskForceId: randomUUID(), metric: 'visits', target: 2 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['body.items.0.taskForceId', 'taskForce.notInZone'],
      ['body.items.2.metric', 'target.duplicate'],
      ['body.items.3.taskForceId', 'taskForce.notInZone'],
    ]);
    const negative = await admin.put('/api/v1/investment/targets', {
      period: '2031-Q2',
      items: [{ taskForceId: force.id, metric: 'speed', target: -1 }],
    });
    expect(
      negative
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.items.0.metric', 'body.items.0.target']);
    const period = await admin.put(
      '/api/v1/investment/targets',
      { period: '2031-Q0', items: [] },
      { 'accept-language': 'en-US' },
    );
    expect(period.json().errors).toEqual([
      { field: 'body.period', code: 'period.invalid', message: expect.stringContaining('2031-Q0') },
    ]);
    const mismatch = await admin.put('/api/v1/investment/targets?period=2031-Q1', { period: '2031-Q2', items: [] });
    expect(mismatch.json().errors[0]).toMatchObject({ field: 'body.period', code: 'period.mismatch' });
    expect((await leader.get('/api/v1/investment/targets?period=31')).json().errors[0].field).toBe('query.period');
    expect((await leader.get('/api/v1/investment/targets?period=2031-Q2')).json().items).toHaveLength(1);
    expect((await staff.put('/api/v1/investment/targets', { period: '2031-Q2', items: [] })).statusCode).toBe(403);
  });
});

describe('promotion methods', () => {
  const list = async (client: Client) => (await client.get('/api/v1/investment/methods')).json().items;

  it('lists the zone’s twelve default methods in order for anyone who works leads', async () => {
    const items = await list(staff);
    expect(items).toHaveLength(12);
    expect(items[0]).toMatchObject({ name: '以商招商', sortOrder: 0, active: true });
    expect(items.map((m: { sortOrder: number }) => m.sortOrder)).toEqual([...Array(12).keys()]);
  });

  it('adds, renames, reorders and deactivates; names stay unique in the zone', async () => {
    expect((await leader.post('/api/v1/investment/methods', { name: '云招商' })).statusCode).toBe(403);
    const created = await admin.post('/api/v1/investment/methods', { name: ' 云招商 ' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: '云招商', sortOrder: 12, active: true, leadCount: 0 });
    const taken = await admin.post('/api/v1/investment/methods', { name: '以商招商' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({
      code: 'investment.methodNameTaken',
      detail: expect.stringContaining('以商招商'),
    });
    // Two people adding one name at once can both pass the name check; the zone+name constraint then
    // catches the second insert, which must answer 409 like the check does (not a 500).
    const zone = await t.ctx.db
      .selectFrom('zones')
      .select('id')
      .where('code', '=', 'changzi')
      .executeTakeFirstOrThrow();
    const stamp = new Date().toISOString();
    const raced = insertMethod(t.ctx.db, {
      id: randomUUID(),
      zoneId: zone.id,
      name: '云招商',
      sortOrder: 99,
      active: 1,
      createdAt: stamp,
      updatedAt: stamp,
    });
    await expect(raced).rejects.toMatchObject({ code: 'investment.methodNameTaken', status: 409 });
    const id = created.json().id;
    const renameTaken = await admin.patch(`/api/v1/investment/methods/${id}`, { name: '驻点招商' });
    expect(renameTaken.statusCode).toBe(409);
    const moved = await admin.patch(`/api/v1/investment/methods/${id}`, {
      name: '云端招商',
      sortOrder: 0,
      active: false,
    });
    expect(moved.json()).toMatchObject({ name: '云端招商', sortOrder: 0, active: false });
    const items = await list(member);
    expect(items[0]).toMatchObject({ id, active: false });
    expect((await admin.patch(`/api/v1/investment/methods/${id}`, { name: '' })).statusCode).toBe(400);
    expect((await admin.patch(`/api/v1/investment/methods/${randomUUID()}`, { active: true })).statusCode).toBe(404);
    expect(await auditCount('investmentMethod.update')).toBe(1);
  });

  it('deletes a method no lead uses and refuses one in use', async () => {
    const items: { id: string; name: string }[] = await list(admin);
    const inUse = items.find((m) => m.name === '以商招商');
    if (!inUse) throw new Error('the default methods include 以商招商');
    const now = new Date().toISOString();
    const taskForce = await t.ctx.db
      .selectFrom('orgUnits')
      .select('id')
      .where('zoneId', '=', zoneId)
      .where('kind', '=', 'taskForce')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('leads')
      .values({
        id: randomUUID(),
        zoneId,
        code: 'ZS-METHOD-1',
        name: '方式测试项目',
        stage: 'reserve',
        version: 1,
        isDemo: 0,
        investorName: '方式测试投资方',
        investorKey: '方式测试投资方',
        investorPinyin: 'fangshi',
        methodId: inUse.id,
        taskForceId: taskForce.id,
        registeredOn: '2031-01-01',
        stageEnteredOn: '2031-01-01',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    const refused = await admin.delete(`/api/v1/investment/methods/${inUse.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('investment.methodInUse');
    expect((await list(admin)).find((m: { id: string }) => m.id === inUse.id).leadCount).toBeGreaterThanOrEqual(1);
    const spare = await admin.post('/api/v1/investment/methods', { name: '临时招商' });
    expect((await member.delete(`/api/v1/investment/methods/${spare.json().id}`)).statusCode).toBe(403);
    expect((await admin.delete(`/api/v1/investment/methods/${spare.json().id}`)).statusCode).toBe(204);
    expect((await list(admin)).some((m: { name: string }) => m.name === '临时招商')).toBe(false);
    expect(await auditCount('investmentMethod.delete')).toBe(1);
  });
});
