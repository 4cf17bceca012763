import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zoneToday } from '../src/features/investment/zone-today.js';
import { type Client, createTestApp, type TestApp } from './helper.js';

/**
 * Activities through the API (timeline, calendar range, who sees what, the lead's last activity) and
 * the reminders list under a controlled clock. Leads here carry ACX in their names.
 */
let t: TestApp;
let admin: Client;
let member: Client;
let park: Client;
let enterprise: Client;
let today: string;
let zoneId: string;
const ids: Record<string, string> = {};
const API = '/api/v1/investment';

interface Problem {
  code: string;
  errors?: { field: string; code: string; message: string }[];
}
interface Activity {
  id: string;
  leadId: string | null;
  leadName: string | null;
  leadCode: string | null;
  taskForceId: string;
  taskForceName: string | null;
  kind: string;
  subject: string;
  happenedOn: string;
  endsOn: string | null;
  recordedBy: { id: string; name: string } | null;
}
interface Lead {
  id: string;
  code: string;
  version: number;
  lastActivityOn: string | null;
  updatedAt: string;
}
interface Page<T> {
  items: T[];
  total: number;
}

const daysFrom = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  [admin, member, park, enterprise] = [
    await t.loginAs('zoneAdmin'),
    await t.loginAs('taskForceMember'),
    await t.loginAs('parkStaff'),
    await t.loginAs('enterpriseUser'),
  ];
  const zone = await t.ctx.db.selectFrom('zones').select('id').where('code', '=', 'changzi').executeTakeFirstOrThrow();
  zoneId = zone.id;
  for (const u of await t.ctx.db.selectFrom('orgUnits').select(['id', 'name']).where('zoneId', '=', zone.id).execute())
    ids[u.name] = u.id;
  for (const p of await t.ctx.db.selectFrom('parks').select(['id', 'code']).where('zoneId', '=', zone.id).execute())
    ids[`park:${p.code}`] = p.id;
  today = await zoneToday(t.ctx, t.ctx.db, zone.id);
});
afterAll(async () => t.close());

async function createLead(client: Client, overrides: Record<string, unknown> = {}): Promise<Lead> {
  const response = await client.post(`${API}/leads`, {
    name: 'ACX 银耳培育工厂',
    investorName: `ACX投资${Math.random().toString(36).slice(2, 8)}有限公司`,
    taskForceId: ids.星萌冻干项目专班,
    targetParkId: ids['park:central'],
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ lead: Lead }>().lead;
}

async function log(client: Client, body: Record<string, unknown>): Promise<Activity> {
  const response = await client.post(`${API}/activities`, {
    kind: 'meeting',
    subject: 'ACX 会谈',
    happenedOn: today,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Activity>();
}

const getLead = async (id: string) => (await admin.get(`${API}/leads/${id}`)).json<Lead>();
const list = async (client: Client, query: string) => {
  const response = await client.get(`${API}/activities?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page<Activity>>();
};
const fields = (problem: Problem) => (problem.errors ?? []).map((e) => e.field);

describe('activities', () => {
  it('logs, lists, edits and deletes, keeping the lead’s last activity and never its version', async () => {
    const lead = await createLead(member);
    const older = await log(member, { leadId: lead.id, happenedOn: daysFrom(-5), city: '长治' });
    expect(older).toMatchObject({
      leadId: lead.id,
      leadName: 'ACX 银耳培育工厂',
      leadCode: lead.code,
      taskForceId: ids.星萌冻干项目专班,
      taskForceName: '星萌冻干项目专班',
      recordedBy: { name: expect.any(String) },
    });
    expect((await getLead(lead.id)).lastActivityOn).toBe(daysFrom(-5));
    const newer = await log(member, { leadId: lead.id, kind: 'call', happenedOn: daysFrom(-2) });
    await log(member, {
      leadId: lead.id,
      kind: 'outboundVisit',
      subject: 'ACX 赴深圳考察',
      happenedOn: daysFrom(10),
      endsOn: daysFrom(12),
    });
    const afterPlanned = await getLead(lead.id);
    expect(afterPlanned.lastActivityOn).toBe(daysFrom(-2));
    expect(afterPlanned.version).toBe(lead.version);

    const timeline = await list(member, `leadId=${lead.id}`);
    expect(timeline.total).toBe(3);
    expect(timeline.items.map((a) => a.happenedOn)).toEqual([daysFrom(10), daysFrom(-2), daysFrom(-5)]);

    const edited = await member.patch(`${API}/activities/${newer.id}`, {
      subject: 'ACX 电话回访',
      happenedOn: daysFrom(-1),
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<Activity>()).toMatchObject({ subject: 'ACX 电话回访', happenedOn: daysFrom(-1) });
    expect((await getLead(lead.id)).lastActivityOn).toBe(daysFrom(-1));

    expect((await member.delete(`${API}/activities/${newer.id}`)).statusCode).toBe(204);
    const afterDelete = await getLead(lead.id);
    expect(afterDelete.lastActivityOn).toBe(daysFrom(-5));
    expect(afterDelete.version).toBe(lead.version);
    expect((await list(member, `leadId=${lead.id}`)).total).toBe(2);
  });

  it('refuses bad dates, a missing task force and a long subject, naming the field', async () => {
    const lead = await createLead(member);
    const post = (body: Record<string, unknown>) =>
      member.post(`${API}/activities`, {
        leadId: lead.id,
        kind: 'meeting',
        subject: 'ACX',
        happenedOn: today,
        ...body,
      });
    const future = await post({ kind: 'note', happenedOn: daysFrom(1) });
    expect(future.statusCode).toBe(400);
    expect(future.json<Problem>().errors).toEqual([
      expect.objectContaining({ field: 'body.happenedOn', code: 'date.future' }),
    ]);
    const farVisit = await post({ kind: 'outboundVisit', happenedOn: daysFrom(400) });
    expect(farVisit.json<Problem>().errors).toEqual([
      expect.objectContaining({ field: 'body.happenedOn', code: 'date.tooLate' }),
    ]);
    const backwards = await post({ kind: 'inboundVisit', happenedOn: daysFrom(-3), endsOn: daysFrom(-4) });
    expect(backwards.json<Problem>().errors).toEqual([
      expect.objectContaining({ field: 'body.endsOn', code: 'endsOn.beforeStart' }),
    ]);
    expect(fields((await post({ subject: 'x'.repeat(201) })).json<Problem>())).toEqual(['body.subject']);
    expect(fields((await post({ subject: '  ' })).json<Problem>())).toEqual(['body.subject']);
    expect(fields((await post({ kind: 'banquet' })).json<Problem>())).toEqual(['body.kind']);
    const orphan = await member.post(`${API}/activities`, { kind: 'note', subject: 'ACX', happenedOn: today });
    expect(fields(orphan.json<Problem>())).toEqual(['body.taskForceId']);
    expect((await list(member, `leadId=${lead.id}`)).total).toBe(0);
    expect((await getLead(lead.id)).lastActivityOn).toBeNull();
  });

  it('finds a visit spanning days wherever it overlaps the calendar range', async () => {
    const lead = await createLead(member);
    const trip = await log(member, {
      leadId: lead.id,
      kind: 'outboundVisit',
      subject: 'ACX 赴佛山考察',
      happenedOn: daysFrom(-40),
      endsOn: daysFrom(-35),
    });
    const found = async (from: string, to: string) =>
      (await list(member, `leadId=${lead.id}&from=${from}&to=${to}`)).items.some((a) => a.id === trip.id);
    expect(await found(daysFrom(-36), daysFrom(-30))).toBe(true);
    expect(await found(daysFrom(-45), daysFrom(-41))).toBe(false);
    expect(await found(daysFrom(-50), daysFrom(-40))).toBe(true);
    expect(await found(daysFrom(-34), daysFrom(-30))).toBe(false);
    expect(await found(daysFrom(-38), daysFrom(-37))).toBe(true);
  });
});

describe('who sees which activities', () => {
  it('task force sees its own, park staff those of leads targeting their park, enterprises none', async () => {
    const central = await createLead(member);
    const mine = await log(member, { leadId: central.id, subject: 'ACX 中部园区会谈' });
    const trip = await log(member, {
      taskForceId: ids.星萌冻干项目专班,
      kind: 'outboundVisit',
      subject: 'ACX 赴高平经开区学习',
    });
    const south = await createLead(admin, { taskForceId: ids.食用菌项目专班, targetParkId: ids['park:south'] });
    const theirs = await log(admin, { leadId: south.id, subject: 'ACX 南部园区会谈' });

    const seen = async (client: Client) => new Set((await list(client, 'q=ACX&pageSize=200')).items.map((a) => a.id));
    const memberSees = await seen(member);
    expect(memberSees.has(mine.id) && memberSees.has(trip.id)).toBe(true);
    expect(memberSees.has(theirs.id)).toBe(false);
    const parkSees = await seen(park);
    expect(parkSees.has(mine.id)).toBe(true);
    expect(parkSees.has(trip.id) || parkSees.has(theirs.id)).toBe(false);
    const adminSees = await seen(admin);
    expect([mine.id, trip.id, theirs.id].every((id) => adminSees.has(id))).toBe(true);
    expect((await enterprise.get(`${API}/activities`)).statusCode).toBe(403);

    expect((await member.patch(`${API}/activities/${theirs.id}`, { subject: '改' })).statusCode).toBe(404);
    expect(
      (await member.post(`${API}/activities`, { leadId: south.id, kind: 'call', subject: 'ACX', happenedOn: today }))
        .statusCode,
    ).toBe(400);
    const otherTaskForce = await member.post(`${API}/activities`, {
      taskForceId: ids.食用菌项目专班,
      kind: 'note',
      subject: 'ACX',
      happenedOn: today,
    });
    expect(otherTaskForce.statusCode).toBe(403);
    expect(
      (await park.post(`${API}/activities`, { leadId: central.id, kind: 'call', subject: 'ACX', happenedOn: today }))
        .statusCode,
    ).toBe(403);
  });
});

describe('reminders', () => {
  interface Item {
    lead: { id: string; stage: string };
    reminders: { kind: string; days: number; limit: number }[];
  }
  const allReminders = async (client: Client) => {
    const items: Item[] = [];
    for (let page = 1; ; page += 1) {
      const response = await client.get(`${API}/reminders?page=${page}&pageSize=200`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json<Page<Item>>();
      items.push(...body.items);
      if (items.length >= body.total || body.items.length === 0) return { items, total: body.total };
    }
  };
  const over = (item: Item) => Math.max(...item.reminders.map((r) => r.days - r.limit));

  it('shows a lead as idle once it has had no activity for more than the zone’s days, worst first', async () => {
    const quiet = await createLead(member);
    const busy = await createLead(member);
    const before = await allReminders(member);
    expect(before.items.some((i) => i.lead.id === quiet.id)).toBe(false);
    expect((await enterprise.get(`${API}/reminders`)).statusCode).toBe(403);

    t.clock.advance(20 * DAY_MS);
    member = await t.loginAs('taskForceMember');
    today = await zoneToday(t.ctx, t.ctx.db, zoneId);
    await log(member, { leadId: busy.id, happenedOn: today });
    t.clock.advance(11 * DAY_MS);
    member = await t.loginAs('taskForceMember');

    const after = await allReminders(member);
    const quietItem = after.items.find((i) => i.lead.id === quiet.id);
    expect(quietItem?.reminders).toEqual([{ kind: 'idle', days: 31, limit: 30 }]);
    expect(after.items.some((i) => i.lead.id === busy.id)).toBe(false);
    const overs = after.items.map(over);
    expect(overs).toEqual([...overs].sort((a, b) => b - a));
    expect(after.items.every((i) => i.reminders.length > 0)).toBe(true);
  });

  it('calls a lead stale past its pool’s limit, as the zone sets it', async () => {
    admin = await t.loginAs('zoneAdmin');
    today = await zoneToday(t.ctx, t.ctx.db, zoneId);
    const settings = (await admin.get(`${API}/settings`)).json<{ staleDays: Record<string, number> }>();
    const put = await admin.put(`${API}/settings`, { ...settings, staleDays: { ...settings.staleDays, reserve: 20 } });
    expect(put.statusCode, put.body).toBe(200);
    const lead = await createLead(member, { registeredOn: daysFrom(-25) });
    await log(member, { leadId: lead.id, happenedOn: today });
    const { items } = await allReminders(member);
    expect(items.find((i) => i.lead.id === lead.id)?.reminders).toEqual([{ kind: 'stale', days: 25, limit: 20 }]);
  });
});
