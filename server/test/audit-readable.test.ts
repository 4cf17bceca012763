import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Client, createTestApp, type TestApp } from './helper.js';

/**
 * The audit log reads for a Chinese auditor: actions, object types and fields in the reader's
 * language, objects by name and code (resolved for a whole page at once), times in the zone's time
 * zone, and the export the same.
 */
let t: TestApp;
let admin: Client;
let me: { user: { id: string; displayName: string } };
/** 17:30:05 UTC on 7 December is 01:30:05 on 8 December in Beijing. */
const AT = Date.parse('2026-12-07T17:30:05Z');

beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(AT - t.clock.now().getTime());
  admin = await t.loginAs('zoneAdmin');
  me = (await admin.get('/api/v1/auth/me')).json();
});
afterAll(async () => t.close());

interface Entry {
  action: string;
  actionLabel: string;
  entityTypeLabel: string;
  entityName: string | null;
  entityCode: string | null;
  actorLabel: string | null;
  fieldLabels: Record<string, string>;
}

async function orgUnitEntries(id: string, language = 'zh-CN'): Promise<Entry[]> {
  const response = await admin.get(`/api/v1/audit-logs?entityType=orgUnit&entityId=${id}&order=asc`, {
    'accept-language': language,
  });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response.json().items;
}

describe('the audit log in the reader’s language', () => {
  let unitId = '';
  beforeAll(async () => {
    const created = await admin.post('/api/v1/admin/org-units', {
      kind: 'department',
      code: 'RDB1',
      name: '可读测试部',
    });
    expect(created.statusCode, created.body).toBe(201);
    unitId = created.json().id;
  });

  it('names the action, the object type, the object by name and code, the actor and the fields', async () => {
    const [create] = await orgUnitEntries(unitId);
    expect(create).toMatchObject({
      action: 'orgUnit.create',
      actionLabel: '新建组织机构',
      entityTypeLabel: '组织机构',
      entityName: '可读测试部',
      entityCode: 'RDB1',
      actorLabel: me.user.displayName,
    });
    expect(create?.fieldLabels).toMatchObject({ name: '名称', code: '代码', kind: '类型' });
  });

  it('in English for an English reader', async () => {
    const [create] = await orgUnitEntries(unitId, 'en-US');
    expect(create).toMatchObject({ actionLabel: 'Created organisation unit', entityTypeLabel: 'Organisation unit' });
    expect(create?.fieldLabels.name).toBe('Name');
  });

  it('names the object as it is called now, and a deleted one as the log recorded it', async () => {
    await admin.patch(`/api/v1/admin/org-units/${unitId}`, { name: '可读测试二部' });
    expect((await orgUnitEntries(unitId)).map((e) => e.entityName)).toEqual(['可读测试二部', '可读测试二部']);
    const doomed = (
      await admin.post('/api/v1/admin/org-units', { kind: 'department', code: 'RDB9', name: '将删部' })
    ).json();
    expect((await admin.delete(`/api/v1/admin/org-units/${doomed.id}`)).statusCode).toBe(204);
    const entries = await orgUnitEntries(doomed.id);
    expect(entries.map((e) => [e.actionLabel, e.entityName, e.entityCode])).toEqual([
      ['新建组织机构', '将删部', 'RDB9'],
      ['删除组织机构', '将删部', 'RDB9'],
    ]);
  });

  it('resolves the names of a page in a fixed number of queries, not one per entry', async () => {
    for (let i = 0; i < 12; i++)
      await admin.post('/api/v1/admin/org-units', { kind: 'department', code: `RDN${i}`, name: `批量部${i}` });
    const spy = vi.spyOn(t.ctx.db, 'selectFrom');
    const queriesFor = async (pageSize: number) => {
      spy.mockClear();
      const page = (await admin.get(`/api/v1/audit-logs?entityType=orgUnit&pageSize=${pageSize}`)).json();
      expect(page.items).toHaveLength(pageSize);
      expect(page.items.every((e: Entry) => e.entityName !== null)).toBe(true);
      return spy.mock.calls.length;
    };
    const small = await queriesFor(2);
    const large = await queriesFor(12);
    spy.mockRestore();
    expect(large).toBe(small);
  });

  it('lists the object types with their labels for the filter', async () => {
    const items = (await admin.get('/api/v1/audit-logs/entity-types')).json().items;
    expect(items).toContainEqual({ value: 'lead', label: '项目信息' });
    expect(items).toContainEqual({ value: 'orgUnit', label: '组织机构' });
  });
});

describe('the export', () => {
  it('has the same labels and names, and times in the zone’s time zone', async () => {
    const unit = (
      await admin.post('/api/v1/admin/org-units', { kind: 'department', code: 'RDX1', name: '导出测试部' })
    ).json();
    const response = await admin.get(`/api/v1/audit-logs/export?entityType=orgUnit&entityId=${unit.id}`);
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('审计日志');
    if (!sheet) throw new Error('no sheet 审计日志');
    const header = (sheet.getRow(1).values as unknown[]).slice(1, 8);
    expect(header).toEqual(['序号', '时间', '操作人', 'IP', '操作', '对象类型', '对象']);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row.slice(1, 7)).toEqual([
      '2026-12-08 01:30:05',
      me.user.displayName,
      '127.0.0.1',
      '新建组织机构',
      '组织机构',
      '导出测试部（RDX1）',
    ]);
    expect(String(row[9])).toContain('名称: 导出测试部');
    expect(String(row[9])).not.toContain('kind');
  });
});
