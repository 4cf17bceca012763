import { randomBytes } from 'node:crypto';
import { investorKey, STAGES } from '@zonehub/investment-rules';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameKeys } from '../src/features/enterprises/enterprise-names.js';
import type { NewLead } from '../src/features/investment/investment.table.js';
import { type Client, createTestApp, type TestApp } from './helper.js';

/**
 * A lead's files (upload, download, size limit, delete), the xlsx export, the form options, saved
 * filters, and the duplicate check among thousands of look-alike leads.
 */
let t: TestApp;
let admin: Client;
let member: Client;
let leader: Client;
const ids: Record<string, string> = {};
const L = '/api/v1/investment/leads';

beforeAll(async () => {
  t = await createTestApp();
  [admin, member, leader] = [
    await t.loginAs('zoneAdmin'),
    await t.loginAs('taskForceMember'),
    await t.loginAs('leader'),
  ];
  const zone = await t.ctx.db.selectFrom('zones').select('id').where('code', '=', 'changzi').executeTakeFirstOrThrow();
  ids.zone = zone.id;
  const units = await t.ctx.db
    .selectFrom('orgUnits')
    .select(['id', 'name', 'kind'])
    .where('zoneId', '=', zone.id)
    .execute();
  for (const u of units) ids[u.name] = u.id;
  const parks = await t.ctx.db.selectFrom('parks').select(['id', 'code']).where('zoneId', '=', zone.id).execute();
  for (const p of parks) ids[`park:${p.code}`] = p.id;
});
afterAll(async () => t.close());

async function createLead(client: Client, overrides: Record<string, unknown> = {}) {
  const response = await client.post(L, {
    name: 'FLX 冻干车间',
    investorName: '山西星星食品有限公司',
    taskForceId: ids.星萌冻干项目专班,
    plannedInvestmentYuan: 256_000_000,
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ lead: { id: string; code: string } }>().lead;
}

const attachmentsOf = async (leadId: string) =>
  (await admin.get(`${L}/${leadId}`)).json<{ attachments: { id: string; fileName: string }[] }>().attachments;

describe('lead attachments', () => {
  it('keeps the bytes and media type, names the file in UTF-8, and deletes it', async () => {
    const lead = await createLead(member);
    const bytes = randomBytes(70_000);
    const name = '投资合作协议（草案）.pdf';
    const uploaded = await member.post(
      `${L}/${lead.id}/attachments?kind=contract&fileName=${encodeURIComponent(name)}`,
      bytes,
      { 'content-type': 'application/pdf' },
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const meta = uploaded.json<{ id: string }>();
    expect(meta).toMatchObject({ kind: 'contract', fileName: name, mediaType: 'application/pdf', sizeBytes: 70_000 });
    const stored = await t.ctx.db
      .selectFrom('leadAttachments')
      .select('sha256')
      .where('id', '=', meta.id)
      .executeTakeFirstOrThrow();
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);

    const download = await member.get(`${L}/${lead.id}/attachments/${meta.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
    expect(Buffer.compare(download.rawPayload, bytes)).toBe(0);

    // A JSON file is a file like any other here: kept as bytes, not parsed.
    const json = await member.post(`${L}/${lead.id}/attachments?fileName=data.json`, '{"a":1}', {
      'content-type': 'application/json',
    });
    expect(json.statusCode, json.body).toBe(201);
    expect((await member.get(`${L}/${lead.id}/attachments/${json.json<{ id: string }>().id}`)).body).toBe('{"a":1}');

    // Another task force's member may neither read nor delete it.
    const other = await admin.post(L, {
      name: 'FLX 他人项目',
      investorName: '河南某某有限公司',
      taskForceId: ids.食用菌项目专班,
    });
    const otherId = other.json<{ lead: { id: string } }>().lead.id;
    expect(
      (await member.post(`${L}/${otherId}/attachments?fileName=a.txt`, 'x', { 'content-type': 'text/plain' }))
        .statusCode,
    ).toBe(404);

    const removed = await member.delete(`${L}/${lead.id}/attachments/${meta.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await attachmentsOf(lead.id)).map((a) => a.id)).not.toContain(meta.id);
    expect((await member.get(`${L}/${lead.id}/attachments/${meta.id}`)).statusCode).toBe(404);
  });

  it('refuses a file over 20 MB with 413 and keeps the contract a signing move used', async () => {
    const lead = await createLead(member, { name: 'FLX 大文件' });
    const tooLarge = await member.post(
      `${L}/${lead.id}/attachments?fileName=big.bin`,
      Buffer.alloc(20 * 1024 * 1024 + 1),
      {
        'content-type': 'application/octet-stream',
      },
    );
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ code: 'lead.attachmentTooLarge' });
    expect(await attachmentsOf(lead.id)).toEqual([]);
    const empty = await member.post(`${L}/${lead.id}/attachments?fileName=empty.txt`, '', {
      'content-type': 'text/plain',
    });
    expect(empty.statusCode).toBe(400);

    const contract = await member.post(
      `${L}/${lead.id}/attachments?kind=contract&fileName=c.pdf`,
      Buffer.from('%PDF'),
      {
        'content-type': 'application/pdf',
      },
    );
    const contractId = contract.json<{ id: string }>().id;
    // What the signing move does: the lead points at the contract it used.
    await t.ctx.db.updateTable('leads').set({ contractAttachmentId: contractId }).where('id', '=', lead.id).execute();
    const refused = await member.delete(`${L}/${lead.id}/attachments/${contractId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'lead.attachmentInUse' });
    expect((await attachmentsOf(lead.id)).map((a) => a.id)).toEqual([contractId]);
  });
});

describe('lead export', () => {
  it('streams the filtered leads as xlsx with Chinese headers and amounts in 万元', async () => {
    const lead = await createLead(admin, { name: 'FLX 导出项目', investorName: '北京丰台某某科技有限公司' });
    const response = await admin.get(`${L}/export.xlsx?q=FLX`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('项目信息');
    if (!sheet) throw new Error('no sheet 项目信息');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['编号', '项目名称', '所处库', '投资方']);
    expect(header).toContain('计划投资（万元）');
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1));
    });
    const total = (await admin.get(`${L}?q=FLX`)).json<{ total: number }>().total;
    expect(rows).toHaveLength(total);
    const mine = rows.find((r) => r[0] === lead.code);
    expect(mine?.[1]).toBe('FLX 导出项目');
    expect(mine?.[2]).toBe('信息储备库');
    expect(mine?.[header.indexOf('计划投资（万元）')]).toBe(25600);
    // A task-force member's export holds only their task force's leads.
    const theirs = await member.get(`${L}/export.xlsx?q=FLX`);
    const theirBook = new ExcelJS.Workbook();
    await theirBook.xlsx.load(theirs.rawPayload as unknown as ArrayBuffer);
    const names: unknown[] = [];
    theirBook.getWorksheet('项目信息')?.eachRow((row, n) => {
      if (n > 1) names.push(row.getCell(22).value);
    });
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(['星萌冻干项目专班']));
  });
});

describe('leads: options and saved filters', () => {
  it("lists the form choices with the caller's task forces first", async () => {
    const options = (await member.get('/api/v1/investment/options')).json();
    expect(options.taskForces[0]).toMatchObject({ id: ids.星萌冻干项目专班, mine: true });
    expect(options.taskForces.filter((tf: { mine: boolean }) => tf.mine)).toHaveLength(1);
    expect(options.taskForces).toHaveLength(11);
    expect(options.methods.map((m: { name: string }) => m.name)).toContain('以商招商');
    expect(options.regions).toContain('greaterBay');
    const xingmeng = ids.星萌冻干项目专班 ?? '';
    expect(options.owners.some((o: { taskForceIds: string[] }) => o.taskForceIds.includes(xingmeng))).toBe(true);
  });

  it("keeps each person's filters to themselves and checks the query as the list does", async () => {
    const saved = await admin.post('/api/v1/investment/saved-filters', {
      name: '南部园区',
      query: { targetParkId: ids['park:south'], reminder: 'stale' },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const id = saved.json<{ id: string }>().id;
    expect((await admin.get('/api/v1/investment/saved-filters')).json()).toEqual([
      expect.objectContaining({ id, name: '南部园区', query: expect.objectContaining({ reminder: 'stale' }) }),
    ]);
    expect((await leader.get('/api/v1/investment/saved-filters')).json()).toEqual([]);
    expect((await leader.delete(`/api/v1/investment/saved-filters/${id}`)).statusCode).toBe(404);
    const twice = await admin.post('/api/v1/investment/saved-filters', { name: '南部园区', query: {} });
    expect(twice.statusCode).toBe(400);
    const bad = await admin.post('/api/v1/investment/saved-filters', { name: '坏的', query: { stage: 'bogus' } });
    expect(bad.statusCode).toBe(400);
    expect((await admin.delete(`/api/v1/investment/saved-filters/${id}`)).statusCode).toBe(204);
    expect((await admin.get('/api/v1/investment/saved-filters')).json()).toEqual([]);
  });
});

const CITIES = ['深圳市', '佛山市', '石家庄市', '苏州市', '杭州市', '太原市', '长治市', '北京', '上海', '广州市'];
const WORDS = ['华强', '远航', '金泰', '恒瑞', '星辰', '鼎盛', '新源', '博达', '天成', '中科', '宏图', '瑞丰'];
const TRADES = ['电子', '食品', '机械', '新材料', '物流', '能源', '环保', '生物'];
const FORMS = ['有限公司', '股份有限公司', '集团有限公司', '科技有限公司'];

async function seedLeads(count: number): Promise<void> {
  const taskForces = await t.ctx.db
    .selectFrom('orgUnits')
    .select('id')
    .where('zoneId', '=', ids.zone ?? '')
    .where('kind', '=', 'taskForce')
    .execute();
  const now = Date.parse('2026-01-01T00:00:00Z');
  const rows: NewLead[] = [];
  for (let i = 0; i < count; i++) {
    const investorName = `${CITIES[i % 10]}${WORDS[(i * 7) % 12]}${TRADES[(i * 3) % 8]}${i}${FORMS[i % 4]}`;
    const key = investorKey(investorName);
    const registeredOn = new Date(now - (i % 365) * 86_400_000).toISOString().slice(0, 10);
    rows.push({
      id: `perf-${i}`,
      zoneId: ids.zone ?? '',
      code: `PF2026-${String(i).padStart(5, '0')}`,
      name: `生成项目 ${i}`,
      stage: STAGES[i % 5] ?? 'reserve',
      version: 1,
      isDemo: 0,
      investorName,
      investorKey: key,
      investorPinyin: nameKeys(key).namePinyin,
      taskForceId: taskForces[i % taskForces.length]?.id ?? '',
      plannedInvestmentYuan: (i % 50) * 1e6,
      registeredOn,
      stageEnteredOn: registeredOn,
      createdAt: new Date(now + i * 1000).toISOString(),
      updatedAt: new Date(now + i * 1000).toISOString(),
    });
  }
  for (let i = 0; i < rows.length; i += 500)
    await t.ctx.db
      .insertInto('leads')
      .values(rows.slice(i, i + 500))
      .execute();
}

// Speed is measured by bench/investment.ts (board, contest, duplicate check); this checks that the
// duplicate check's candidate cap still finds the exact match among thousands of look-alike names.
describe('with 3,000 look-alike leads', () => {
  it('fills every pool on the board and still finds the exact duplicate', { timeout: 120_000 }, async () => {
    await seedLeads(3_000);
    const board = (await leader.get(`${L}/board`)).json<{
      pools: { stage: string; total: number; items: unknown[] }[];
    }>();
    expect(board.pools.reduce((s, p) => s + p.total, 0)).toBeGreaterThanOrEqual(3_000);
    expect(board.pools.every((p) => p.items.length === Math.min(20, p.total))).toBe(true);
    const dup = await admin.get(`${L}/duplicates?investorName=${encodeURIComponent('深圳市华强电子0有限公司')}`);
    expect(dup.json<{ items: { code: string; reason: string }[] }>().items[0]).toMatchObject({
      code: 'PF2026-00000',
      reason: 'sameName',
    });
  });
});
