import { composeUscc } from '@zonehub/uscc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zoneToday } from '../src/features/investment/zone-today.js';
import { type Client, createTestApp, type TestApp } from './helper.js';

/**
 * Pool moves through the API: the walk reserve → negotiating → signed → landed with each gate's
 * evidence, drops, refusals, bad values, the zone admin's undo, screenings, and two people dragging
 * one card at once. Leads are created here through POST /leads (names carry MVX).
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
  detail: string;
  errors?: { field: string; code: string; message: string }[];
}
interface Detail {
  id: string;
  stage: string;
  version: number;
  stageEnteredOn: string;
  signedOn: string | null;
  signedAmountYuan: number | null;
  contractAttachmentId: string | null;
  landedOn: string | null;
  landedEnterpriseId: string | null;
  landedParcelId: string | null;
  droppedReason: string | null;
  droppedFromStage: string | null;
  moves: { seq: number; kind: string; fromStage: string; toStage: string; undone: boolean; reason: string | null }[];
}

const daysFrom = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

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
  const parcel = await t.ctx.db
    .selectFrom('parcels')
    .select('id')
    .where('code', '=', 'CZ-C-05')
    .executeTakeFirstOrThrow();
  ids.parcel = parcel.id;
  today = await zoneToday(t.ctx, t.ctx.db, zone.id);
});
afterAll(async () => t.close());

async function createLead(client: Client = member, overrides: Record<string, unknown> = {}): Promise<Detail> {
  const response = await client.post(`${API}/leads`, {
    name: 'MVX 冻干果蔬生产线',
    investorName: `MVX投资${Math.random().toString(36).slice(2, 8)}有限公司`,
    taskForceId: ids.星萌冻干项目专班,
    targetParkId: ids['park:central'],
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ lead: Detail }>().lead;
}

const move = (client: Client, id: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
  client.post(`${API}/leads/${id}/moves`, body, headers);

async function logMeeting(id: string) {
  const response = await member.post(`${API}/activities`, {
    leadId: id,
    kind: 'meeting',
    subject: 'MVX 与投资方会谈',
    happenedOn: today,
  });
  expect(response.statusCode, response.body).toBe(201);
}

async function screen(id: string, verdict: string) {
  const response = await member.post(`${API}/leads/${id}/screenings`, {
    verdict,
    reasons: '符合园区产业定位，废水经预处理后接管',
    decidedBy: '环保服务所 王工',
    decidedOn: today,
  });
  expect(response.statusCode, response.body).toBe(201);
}

async function upload(id: string): Promise<string> {
  const response = await member.post(
    `${API}/leads/${id}/attachments?kind=other&fileName=${encodeURIComponent('投资协议.pdf')}`,
    Buffer.from('%PDF-1.4 MVX contract'),
    { 'content-type': 'application/pdf' },
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

/** A lead already in the negotiating pool (a meeting logged, then moved). */
async function negotiatingLead(effectiveOn = today): Promise<Detail> {
  const lead = await createLead(member, { registeredOn: daysFrom(-30) });
  await logMeeting(lead.id);
  const response = await move(member, lead.id, { to: 'negotiating', version: lead.version, effectiveOn });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Detail>();
}

async function signedLead(negotiatingOn = today): Promise<Detail> {
  const lead = await negotiatingLead(negotiatingOn);
  await screen(lead.id, 'pass');
  const contractAttachmentId = await upload(lead.id);
  const response = await move(member, lead.id, {
    to: 'signed',
    version: lead.version,
    signedOn: today,
    signedAmountYuan: 2.56e9,
    contractAttachmentId,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Detail>();
}

const fields = (problem: Problem) => (problem.errors ?? []).map((e) => e.field);
const moveCount = async (leadId: string) =>
  (await t.ctx.db.selectFrom('leadStageMoves').select('id').where('leadId', '=', leadId).execute()).length;

describe('the walk through the four pools', () => {
  it('asks for a meeting before negotiating, then moves once one is logged', async () => {
    const lead = await createLead();
    const refused = await move(member, lead.id, { to: 'negotiating', version: lead.version });
    expect(refused.statusCode).toBe(422);
    const problem = refused.json<Problem>();
    expect(problem.code).toBe('lead.gateMissing');
    expect(problem.detail).toContain('在谈库');
    expect(problem.errors).toEqual([
      expect.objectContaining({
        field: 'evidence.meeting',
        code: 'gate.meeting',
        message: expect.stringContaining('至少需要一次与投资方的会谈记录'),
      }),
    ]);
    expect(await moveCount(lead.id)).toBe(0);

    await logMeeting(lead.id);
    const moved = await move(member, lead.id, { to: 'negotiating', version: lead.version });
    expect(moved.statusCode, moved.body).toBe(200);
    const detail = moved.json<Detail>();
    expect(detail).toMatchObject({ stage: 'negotiating', version: lead.version + 1, stageEnteredOn: today });
    expect(detail.moves).toEqual([
      expect.objectContaining({ seq: lead.version + 1, kind: 'forward', fromStage: 'reserve', toStage: 'negotiating' }),
    ]);
  });

  it('signs only with a screening that is not a rejection, the date, the amount and the document', async () => {
    const lead = await negotiatingLead();
    const bare = await move(member, lead.id, { to: 'signed', version: lead.version });
    expect(bare.statusCode).toBe(422);
    expect(fields(bare.json<Problem>())).toEqual([
      'evidence.screening',
      'body.signedOn',
      'body.signedAmountYuan',
      'body.contractAttachmentId',
    ]);
    const english = await move(
      member,
      lead.id,
      { to: 'signed', version: lead.version },
      { 'accept-language': 'en-US' },
    );
    expect(english.json<Problem>().errors?.[0]?.message).toContain('environmental access screening');

    const contractAttachmentId = await upload(lead.id);
    const evidence = { signedOn: today, signedAmountYuan: 3.2e8, contractAttachmentId };
    await screen(lead.id, 'reject');
    const rejected = await move(member, lead.id, { to: 'signed', version: lead.version, ...evidence });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json<Problem>().errors).toEqual([
      expect.objectContaining({ field: 'evidence.screening', message: '环保准入研判结论为“否决”，不能签约' }),
    ]);

    await screen(lead.id, 'conditional');
    const signed = await move(member, lead.id, { to: 'signed', version: lead.version, ...evidence });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json<Detail>()).toMatchObject({
      stage: 'signed',
      signedOn: today,
      signedAmountYuan: 3.2e8,
      contractAttachmentId,
      stageEnteredOn: today,
    });
    const attachment = await t.ctx.db
      .selectFrom('leadAttachments')
      .select('kind')
      .where('id', '=', contractAttachmentId)
      .executeTakeFirstOrThrow();
    expect(attachment.kind).toBe('contract');
  });

  it('lands with an enterprise created in the registry and a parcel', async () => {
    const lead = await signedLead();
    const missing = await move(member, lead.id, { to: 'landed', version: lead.version });
    expect(fields(missing.json<Problem>())).toEqual(['body.enterpriseId', 'body.parcelId']);

    const badCode = await move(member, lead.id, {
      to: 'landed',
      version: lead.version,
      newEnterprise: { name: '长子县MVX冻干食品有限公司', uscc: '91140428MA0XXXXX1', parkId: ids['park:central'] },
      parcelId: ids.parcel,
    });
    expect(badCode.statusCode).toBe(400);
    expect(fields(badCode.json<Problem>())).toContain('body.newEnterprise.uscc');

    const existing = await t.ctx.db
      .selectFrom('enterprises')
      .select('uscc')
      .where('zoneId', '=', zoneId)
      .executeTakeFirstOrThrow();
    const taken = await move(member, lead.id, {
      to: 'landed',
      version: lead.version,
      newEnterprise: { name: '长子县MVX重复企业', uscc: existing.uscc, parkId: ids['park:central'] },
      parcelId: ids.parcel,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<Problem>().code).toBe('enterprise.usccTaken');

    const elsewhere = await move(member, lead.id, {
      to: 'landed',
      version: lead.version,
      enterpriseId: 'no-such-enterprise',
      parcelId: 'no-such-parcel',
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json<Problem>().errors?.map((e) => e.code)).toEqual(['enterprise.notInZone', 'parcel.notInZone']);

    const uscc = composeUscc('91', '140428', 'MKX00001');
    const landed = await move(member, lead.id, {
      to: 'landed',
      version: lead.version,
      newEnterprise: { name: '长子县MVX冻干食品有限公司', uscc, parkId: ids['park:central'] },
      parcelId: ids.parcel,
    });
    expect(landed.statusCode, landed.body).toBe(200);
    const detail = landed.json<Detail>();
    expect(detail).toMatchObject({ stage: 'landed', landedOn: today, landedParcelId: ids.parcel });
    expect(detail.landedEnterpriseId).toEqual(expect.any(String));
    const registry = await admin.get(`/api/v1/enterprises/${detail.landedEnterpriseId}`);
    expect(registry.statusCode, registry.body).toBe(200);
    expect(registry.json()).toMatchObject({ name: '长子县MVX冻干食品有限公司', uscc });
    expect(detail.moves.map((m) => m.seq).sort()).toEqual([2, 3, 4]);
    const landing = await t.ctx.db
      .selectFrom('leadStageMoves')
      .select(['evidence', 'effectiveOn'])
      .where('leadId', '=', lead.id)
      .where('toStage', '=', 'landed')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(landing.evidence)).toEqual({
      enterpriseId: detail.landedEnterpriseId,
      parcelId: ids.parcel,
      buildingId: null,
    });
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', 'in', [lead.id, detail.landedEnterpriseId ?? ''])
      .execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['lead.move', 'enterprise.create']));
    expect(audit.filter((a) => a.action === 'lead.move')).toHaveLength(3);
  });
});

describe('landing on an existing enterprise', () => {
  it('links an enterprise of the zone and a factory building', async () => {
    const lead = await signedLead();
    const building = await t.ctx.db
      .selectFrom('factoryBuildings')
      .select('id')
      .where('zoneId', '=', zoneId)
      .executeTakeFirstOrThrow();
    const company = await t.ctx.db
      .selectFrom('enterprises')
      .select('id')
      .where('zoneId', '=', zoneId)
      .executeTakeFirstOrThrow();
    const effectiveOn = daysFrom(-3);
    const response = await move(member, lead.id, {
      to: 'landed',
      version: lead.version,
      enterpriseId: company.id,
      buildingId: building.id,
      effectiveOn,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      stage: 'landed',
      landedOn: effectiveOn,
      stageEnteredOn: effectiveOn,
      landedEnterpriseId: company.id,
      landedBuildingId: building.id,
      landedParcelId: null,
    });
  });
});

describe('drops and refusals', () => {
  it('drops from any pool with a reason, and asks for one without', async () => {
    const reserve = await createLead();
    const noReason = await move(member, reserve.id, { to: 'dropped', version: reserve.version, reason: '  ' });
    expect(noReason.statusCode).toBe(422);
    expect(fields(noReason.json<Problem>())).toEqual(['body.reason']);
    const dropped = await move(member, reserve.id, {
      to: 'dropped',
      version: reserve.version,
      reason: '投资方资金链断裂',
    });
    expect(dropped.statusCode, dropped.body).toBe(200);
    expect(dropped.json<Detail>()).toMatchObject({
      stage: 'dropped',
      droppedReason: '投资方资金链断裂',
      droppedFromStage: 'reserve',
    });

    const signed = await signedLead();
    const fromSigned = await move(member, signed.id, {
      to: 'dropped',
      version: signed.version,
      reason: '项目转投外省',
    });
    expect(fromSigned.json<Detail>()).toMatchObject({ stage: 'dropped', droppedFromStage: 'signed' });

    const again = await move(member, reserve.id, { to: 'negotiating', version: reserve.version + 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().code).toBe('lead.moveRefused');
  });

  it('refuses skipping a pool, naming why', async () => {
    const lead = await createLead();
    const response = await move(member, lead.id, { to: 'signed', version: lead.version });
    expect(response.statusCode).toBe(409);
    expect(response.json<Problem>()).toMatchObject({ code: 'lead.moveRefused', detail: '一次只能前移一个库' });
  });

  it('refuses a signing date in the future or before 2000, and a negative amount, changing nothing', async () => {
    const lead = await negotiatingLead();
    await screen(lead.id, 'pass');
    const contractAttachmentId = await upload(lead.id);
    const base = { to: 'signed', version: lead.version, signedAmountYuan: 1e8, contractAttachmentId };
    const future = await move(member, lead.id, { ...base, signedOn: daysFrom(1) });
    expect(future.statusCode).toBe(400);
    expect(future.json<Problem>().errors).toEqual([
      expect.objectContaining({ field: 'body.signedOn', code: 'date.future' }),
    ]);
    const ancient = await move(member, lead.id, { ...base, signedOn: '1999-12-31' });
    expect(ancient.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.signedOn', code: 'date.tooEarly' });
    const negative = await move(member, lead.id, { ...base, signedOn: today, signedAmountYuan: -5 });
    expect(negative.statusCode).toBe(400);
    expect(fields(negative.json<Problem>())).toEqual(['body.signedAmountYuan']);
    const after = (await member.get(`${API}/leads/${lead.id}`)).json<Detail>();
    expect(after).toMatchObject({ stage: 'negotiating', version: lead.version, signedOn: null });
    expect(await moveCount(lead.id)).toBe(1);
  });

  it('answers a stale version with a conflict naming the lead', async () => {
    const lead = await createLead();
    await logMeeting(lead.id);
    const stale = await move(member, lead.id, { to: 'negotiating', version: lead.version + 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>()).toMatchObject({ code: 'lead.versionConflict' });
    expect(stale.json<Problem>().detail).toContain('MVX 冻干果蔬生产线');
  });

  it('keeps moves to the lead’s own task force and to roles that manage investment', async () => {
    const other = await createLead(admin, { taskForceId: ids.食用菌项目专班 });
    expect((await move(member, other.id, { to: 'dropped', version: 1, reason: '测试' })).statusCode).toBe(404);
    const mine = await createLead();
    expect((await move(park, mine.id, { to: 'dropped', version: 1, reason: '测试' })).statusCode).toBe(403);
    expect((await move(enterprise, mine.id, { to: 'dropped', version: 1, reason: '测试' })).statusCode).toBe(403);
    expect(await moveCount(mine.id)).toBe(0);
  });
});

describe('undo', () => {
  it('lets a zone admin take back the last move, restoring the pool and clearing its evidence', async () => {
    const negotiatingOn = daysFrom(-10);
    const lead = await signedLead(negotiatingOn);
    expect(lead.stageEnteredOn).toBe(today);
    expect((await admin.post(`${API}/leads/${lead.id}/moves/undo`, { version: lead.version })).statusCode).toBe(400);
    const undone = await admin.post(`${API}/leads/${lead.id}/moves/undo`, {
      version: lead.version,
      reason: '签约日期录错',
    });
    expect(undone.statusCode, undone.body).toBe(200);
    const detail = undone.json<Detail>();
    expect(detail).toMatchObject({
      stage: 'negotiating',
      version: lead.version + 1,
      stageEnteredOn: negotiatingOn,
      signedOn: null,
      signedAmountYuan: null,
      contractAttachmentId: null,
    });
    const signing = detail.moves.find((m) => m.toStage === 'signed');
    expect(signing?.undone).toBe(true);
    expect(detail.moves).toContainEqual(
      expect.objectContaining({
        kind: 'undo',
        seq: lead.version + 1,
        fromStage: 'signed',
        toStage: 'negotiating',
        reason: '签约日期录错',
      }),
    );
  });

  it('restores a dropped lead and clears the drop', async () => {
    const lead = await createLead();
    const dropped = (await move(member, lead.id, { to: 'dropped', version: 1, reason: '重复登记' })).json<Detail>();
    const undone = await admin.post(`${API}/leads/${lead.id}/moves/undo`, {
      version: dropped.version,
      reason: '误操作',
    });
    expect(undone.json<Detail>()).toMatchObject({
      stage: 'reserve',
      stageEnteredOn: lead.stageEnteredOn,
      droppedReason: null,
      droppedFromStage: null,
    });
    const nothing = await admin.post(`${API}/leads/${lead.id}/moves/undo`, {
      version: dropped.version + 1,
      reason: '再撤',
    });
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json<Problem>().code).toBe('lead.noMoveToUndo');
  });

  it('is refused to a task-force member', async () => {
    const lead = await negotiatingLead();
    const response = await member.post(`${API}/leads/${lead.id}/moves/undo`, {
      version: lead.version,
      reason: '想退回',
    });
    expect(response.statusCode).toBe(403);
    expect(await moveCount(lead.id)).toBe(1);
  });
});

describe('screenings', () => {
  it('records a verdict and refuses a future date or missing reasons', async () => {
    const lead = await createLead();
    const base = { verdict: 'pass', reasons: '不涉及两高项目', decidedBy: '环保服务所 王工' };
    const future = await member.post(`${API}/leads/${lead.id}/screenings`, { ...base, decidedOn: daysFrom(2) });
    expect(future.statusCode).toBe(400);
    expect(fields(future.json<Problem>())).toEqual(['body.decidedOn']);
    const noReasons = await member.post(`${API}/leads/${lead.id}/screenings`, {
      ...base,
      reasons: '',
      decidedOn: today,
    });
    expect(fields(noReasons.json<Problem>())).toEqual(['body.reasons']);
    const ok = await member.post(`${API}/leads/${lead.id}/screenings`, { ...base, decidedOn: today });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      verdict: 'pass',
      decidedBy: '环保服务所 王工',
      recordedBy: { name: expect.any(String) },
    });
    expect((await park.post(`${API}/leads/${lead.id}/screenings`, { ...base, decidedOn: today })).statusCode).toBe(403);
  });
});

describe('two people moving one lead at once', () => {
  it('ends with one move and a conflict for the other', async () => {
    const lead = await createLead();
    await logMeeting(lead.id);
    const other = await t.loginAs('taskForceMember');
    const responses = await Promise.all([
      move(member, lead.id, { to: 'negotiating', version: lead.version }),
      move(other, lead.id, { to: 'negotiating', version: lead.version }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const conflict = responses.find((r) => r.statusCode === 409);
    expect(conflict?.json<Problem>().code).toBe('lead.versionConflict');
    expect(await moveCount(lead.id)).toBe(1);
  });

  it('holds when one drags forward and the other drops', async () => {
    const lead = await createLead();
    await logMeeting(lead.id);
    const responses = await Promise.all([
      move(member, lead.id, { to: 'negotiating', version: lead.version }),
      move(admin, lead.id, { to: 'dropped', version: lead.version, reason: '同时终止' }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await moveCount(lead.id)).toBe(1);
  });
});
