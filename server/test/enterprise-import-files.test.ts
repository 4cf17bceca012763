import { composeUscc } from '@zonehub/uscc';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './helper.js';
import { uploader, workbook } from './sheet-files.js';

/** Files the import refuses, a 10,000-row sheet with a few bad rows, and export → import round trip. */
let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('zoneAdmin');
});
afterAll(async () => t.close());

const uscc = (n: number) => composeUscc('91', '140428', `W${String(n).padStart(7, '0')}`);

const upload = uploader(() => admin, 't.xlsx');

const countEnterprises = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('enterprises')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function waitFor(id: string) {
  for (let i = 0; i < 400; i++) {
    const job = (await admin.get(`/api/v1/enterprise-import/${id}`)).json<{ status: string }>();
    if (job.status !== 'importing') return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('import did not finish');
}

describe('files the import refuses, each with the reason', () => {
  it('refuses a file that is not an .xlsx (by content, not by name)', async () => {
    const csv = await upload(Buffer.from('统一社会信用代码,企业名称\n'));
    expect(csv.statusCode).toBe(415);
    expect(csv.json()).toMatchObject({ code: 'import.notXlsx' });
    expect(csv.json().detail).toContain('不是 .xlsx');
    const xls = await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), '', { 'accept-language': 'en-US' });
    expect(xls.json().detail).toContain('legacy .xls');
    const json = await admin.post('/api/v1/enterprise-import', { rows: [] });
    expect(json.json().code).toBe('import.notXlsx');
  });

  it('refuses a file over 20 MB', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
    big.write('PK\u0003\u0004');
    const response = await upload(big);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'import.tooLarge' });
    expect(response.json().detail).toContain('20 MB');
  });

  it('refuses a sheet without a recognisable header row', async () => {
    const response = await upload(await workbook([['名单'], ['甲', '乙', '丙'], [1, 2, 3]]));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'import.noHeader' });
  });

  it('refuses a sheet missing a required column and names it', async () => {
    const response = await upload(
      await workbook([
        ['企业名称', '法定代表人', '注册地址'],
        ['甲公司', '张三', '长子县'],
      ]),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'import.missingColumns' });
    expect(response.json().detail).toContain('统一社会信用代码');
  });

  it('is closed to roles without enterprise.import', async () => {
    const leader = await t.loginAs('leader');
    expect((await leader.get('/api/v1/enterprise-import/template')).statusCode).toBe(403);
  });
});

describe('a 10,000-row sheet with a few bad rows', () => {
  it('reports all of them and imports none', async () => {
    const rows: ExcelJS.CellValue[][] = [['统一社会信用代码', '企业名称', '注册资本（万元）', '成立日期', '行业代码']];
    for (let i = 0; i < 10_000; i++) rows.push([uscc(i), `批量测试企业${i}有限公司`, 100 + i, '2020-01-01', '3511']);
    const badRows = [17, 4_321, 9_999];
    for (const i of badRows) {
      const row = rows[i + 1];
      if (row) row[3] = '2020-02-30';
    }
    const before = await countEnterprises();
    const response = await upload(await workbook(rows));
    const job = response.json<{ status: string; totalRows: number; errors: { row: number; code: string }[] }>();
    expect(job.status).toBe('invalid');
    expect(job.totalRows).toBe(10_000);
    expect(job.errors.map((e) => [e.row, e.code])).toEqual(badRows.map((i) => [i + 2, 'date.invalid']));
    expect(await countEnterprises()).toBe(before);
  }, 60_000);
});

describe('export', () => {
  it('exports the filtered list with the import columns, and the export imports back cleanly', async () => {
    const parks = await t.ctx.db
      .selectFrom('parks')
      .innerJoin('zones', 'zones.id', 'parks.zoneId')
      .select(['parks.id', 'parks.name'])
      .where('zones.code', '=', 'changzi')
      .where('parks.code', '=', 'central')
      .executeTakeFirstOrThrow();
    const filtered = await admin.get(`/api/v1/enterprises/export?parkId=${parks.id}`);
    expect(filtered.statusCode).toBe(200);
    const list = await admin.get(`/api/v1/enterprises?parkId=${parks.id}&pageSize=200`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(filtered.rawPayload as unknown as Parameters<typeof book.xlsx.load>[0]);
    const sheet = book.worksheets[0];
    expect(sheet?.rowCount).toBe(list.json<{ total: number }>().total + 1);
    expect(sheet?.getRow(2).getCell(8).value).toBe(parks.name);

    const all = await admin.get('/api/v1/enterprises/export');
    const before = await countEnterprises();
    const snapshot = () =>
      t.ctx.db
        .selectFrom('enterprises')
        .select(['uscc', 'name', 'formerNames', 'legalRepresentative', 'registeredCapitalYuan', 'foundedOn'])
        .select(['address', 'parkId', 'industryCode', 'status', 'employees'])
        .orderBy('uscc')
        .execute();
    const rowsBefore = await snapshot();
    const job = (await upload(Buffer.from(all.rawPayload), '&mode=update')).json<{
      id: string;
      status: string;
      errors: unknown[];
      totalRows: number;
      toUpdate: number;
    }>();
    expect(job.errors).toEqual([]);
    expect(job.status).toBe('ready');
    expect(job.toUpdate).toBe(job.totalRows);
    await admin.post(`/api/v1/enterprise-import/${job.id}/commit`, { mode: 'update' });
    expect(await waitFor(job.id)).toMatchObject({ status: 'done', updatedCount: job.totalRows, createdCount: 0 });
    expect(await countEnterprises()).toBe(before);
    expect(await snapshot()).toEqual(rowsBefore);
  }, 60_000);
});
