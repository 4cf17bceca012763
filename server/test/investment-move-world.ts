import { afterAll, beforeAll, expect } from 'vitest';
import { zoneToday } from '../src/features/investment/zone-today.js';
import { type Client, createTestApp, type TestApp } from './helper.js';

/**
 * The world the pool-move tests share: a demo app, the clients of four roles, ids by name, and
 * factories for leads at each pool. Leads are created through POST /leads (names carry MVX).
 * Bindings are assigned in setUpMoveWorld's beforeAll; ESM imports see them live.
 */
export let t: TestApp;
export let admin: Client;
export let member: Client;
export let park: Client;
export let enterprise: Client;
export let today: string;
export let zoneId: string;
export const ids: Record<string, string> = {};
export const API = '/api/v1/investment';

export interface Problem {
  code: string;
  detail: string;
  errors?: { field: string; code: string; message: string }[];
}
export interface Detail {
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

export const daysFrom = (n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Registers the world's set-up and tear-down in the calling test file. */
export function setUpMoveWorld(): void {
  beforeAll(async () => {
    t = await createTestApp();
    [admin, member, park, enterprise] = [
      await t.loginAs('zoneAdmin'),
      await t.loginAs('taskForceMember'),
      await t.loginAs('parkStaff'),
      await t.loginAs('enterpriseUser'),
    ];
    const zone = await t.ctx.db
      .selectFrom('zones')
      .select('id')
      .where('code', '=', 'changzi')
      .executeTakeFirstOrThrow();
    zoneId = zone.id;
    for (const u of await t.ctx.db
      .selectFrom('orgUnits')
      .select(['id', 'name'])
      .where('zoneId', '=', zone.id)
      .execute())
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
}

export async function createLead(client: Client = member, overrides: Record<string, unknown> = {}): Promise<Detail> {
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

export const move = (client: Client, id: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
  client.post(`${API}/leads/${id}/moves`, body, headers);

export async function logMeeting(id: string) {
  const response = await member.post(`${API}/activities`, {
    leadId: id,
    kind: 'meeting',
    subject: 'MVX 与投资方会谈',
    happenedOn: today,
  });
  expect(response.statusCode, response.body).toBe(201);
}

export async function screen(id: string, verdict: string) {
  const response = await member.post(`${API}/leads/${id}/screenings`, {
    verdict,
    reasons: '符合园区产业定位，废水经预处理后接管',
    decidedBy: '环保服务所 王工',
    decidedOn: today,
  });
  expect(response.statusCode, response.body).toBe(201);
}

export async function upload(id: string): Promise<string> {
  const response = await member.post(
    `${API}/leads/${id}/attachments?kind=other&fileName=${encodeURIComponent('投资协议.pdf')}`,
    Buffer.from('%PDF-1.4 MVX contract'),
    { 'content-type': 'application/pdf' },
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

/** A lead already in the negotiating pool (a meeting logged, then moved). */
export async function negotiatingLead(effectiveOn = today, overrides: Record<string, unknown> = {}): Promise<Detail> {
  const lead = await createLead(member, { registeredOn: daysFrom(-30), ...overrides });
  await logMeeting(lead.id);
  const response = await move(member, lead.id, { to: 'negotiating', version: lead.version, effectiveOn });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Detail>();
}

export async function signedLead(negotiatingOn = today, overrides: Record<string, unknown> = {}): Promise<Detail> {
  const lead = await negotiatingLead(negotiatingOn, overrides);
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

export const fields = (problem: Problem) => (problem.errors ?? []).map((e) => e.field);
export const moveCount = async (leadId: string) =>
  (await t.ctx.db.selectFrom('leadStageMoves').select('id').where('leadId', '=', leadId).execute()).length;
