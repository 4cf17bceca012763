import { COLUMNS } from '@zonehub/enterprise-sheet';
import { composeUscc } from '@zonehub/uscc';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/features/audit/audit.service.js';
import { type Client, createTestApp, type TestApp } from './helper.js';
import { uploader, workbook, XLSX } from './sheet-files.js';

/** Import of enterprises from Excel: template, messy sheets, every error, duplicates, modes. */
const PARK = '中部装备制造与食品加工产业园';
let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('zoneAdmin');
});
afterAll(async () => t.close());

const uscc = (n: number) => composeUscc('91', '140428', `T${String(n).padStart(7, '0')}`);

const upload = uploader(() => admin, 'test.xlsx');

interface Job {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  toCreate: number;
  toUpdate: number;
  createdCount: number;
  updatedCount: number;
  errorCount: number;
  errors: { row: number; column: string; code: string; message: string }[];
  preview: { row: number; uscc: string; name: string; parkName: string | null; action: string }[];
}

async function commitAndWait(id: string, mode: 'create' | 'update'): Promise<Job> {
  const started = await admin.post(`/api/v1/enterprise-import/${id}/commit`, { mode });
  expect(started.statusCode, started.body).toBe(202);
  for (let i = 0; i < 200; i++) {
    const job = (await admin.get(`/api/v1/enterprise-import/${id}`)).json<Job>();
    if (job.status !== 'importing') return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('import did not finish');
}

const enterpriseByUscc = (code: string) =>
  t.ctx.db.selectFrom('enterprises').selectAll().where('uscc', '=', code).executeTakeFirst();
const countEnterprises = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('enterprises')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('template', () => {
  it('downloads with headers, instructions, allowed values and industry codes, and re-parses', async () => {
    const response = await admin.get('/api/v1/enterprise-import/template');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as Parameters<typeof book.xlsx.load>[0]);
    expect(book.worksheets.map((s) => s.name)).toEqual(['企业信息', '填写说明', '可选值', '行业代码']);
    const data = book.getWorksheet('企业信息');
    if (!data) throw new Error('no data sheet');
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(COLUMNS.map((c) => c.header));
    expect(data.getCell('H2').dataValidation?.type).toBe('list');
    expect(book.getWorksheet('可选值')?.getColumn(1).values).toContain(PARK);
    expect(book.getWorksheet('行业代码')?.rowCount).toBeGreaterThan(1900);

    // Empty, it is refused as having no data; with a row typed in, it imports.
    expect((await upload(Buffer.from(response.rawPayload))).json().code).toBe('import.empty');
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.load(response.rawPayload as unknown as Parameters<typeof filled.xlsx.load>[0]);
    const sheet = filled.getWorksheet('企业信息');
    if (!sheet) throw new Error('no data sheet');
    sheet.getCell('A2').value = uscc(1);
    sheet.getCell('B2').value = '模板测试有限公司';
    const job = (await upload(Buffer.from(await filled.xlsx.writeBuffer()))).json<Job>();
    expect(job).toMatchObject({ status: 'ready', totalRows: 1, errorCount: 0 });
  });
});

describe('a messy real-world sheet', () => {
  it('imports: title row, blank rows, header variants, numbers as text, full-width codes, serial and text dates', async () => {
    const spaced = uscc(2)
      .replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
      .replace(/^(.{6})/, '$1 ');
    const file = await workbook([
      ['长子经开区企业名单（2026年）'],
      [],
      [
        '序号',
        '单位名称',
        '社会信用代码',
        '法人',
        '注册资本(万元)',
        '成立时间',
        '园区',
        '国民经济行业代码',
        '经营状态',
        '职工人数',
        '四上',
        '四上行业',
      ],
      [1, '山西测试机械有限公司', ` ${spaced} `, '王五', '1,200', 44652, PARK, 'C3511', '存续', '85', '2024年', '工业'],
      [],
      [2, '山西测试食品有限公司', uscc(3).toLowerCase(), null, 300, '2021年3月5日', 'central', '1411', '在营', 40],
      [3, '山西测试物流有限公司', uscc(4), null, ' ３００ ', new Date(Date.UTC(2019, 6, 1)), null, null, null, null],
    ]);
    const response = await upload(file);
    expect(response.statusCode, response.body).toBe(200);
    const job = response.json<Job>();
    expect(job).toMatchObject({ status: 'ready', totalRows: 3, errorCount: 0, toCreate: 3, toUpdate: 0 });
    expect(job.preview.map((p) => [p.row, p.uscc, p.parkName])).toEqual([
      [4, uscc(2), PARK],
      [6, uscc(3), PARK],
      [7, uscc(4), null],
    ]);

    const done = await commitAndWait(job.id, 'create');
    expect(done).toMatchObject({ status: 'done', createdCount: 3, updatedCount: 0, processedRows: 3 });
    expect(await enterpriseByUscc(uscc(2))).toMatchObject({
      name: '山西测试机械有限公司',
      legalRepresentative: '王五',
      registeredCapitalYuan: 12_000_000,
      foundedOn: '2022-04-01',
      industryCode: '3511',
      status: 'operating',
      employees: 85,
    });
    expect(await enterpriseByUscc(uscc(3))).toMatchObject({
      foundedOn: '2021-03-05',
      registeredCapitalYuan: 3_000_000,
    });
    expect(await enterpriseByUscc(uscc(4))).toMatchObject({ foundedOn: '2019-07-01', parkId: null });
    const id = (await enterpriseByUscc(uscc(2)))?.id ?? '';
    const classes = await t.ctx.db
      .selectFrom('enterpriseClassifications')
      .selectAll()
      .where('enterpriseId', '=', id)
      .execute();
    expect(classes.map((c) => [c.kind, c.sector, c.year])).toEqual([['fourAbove', 'industry', 2024]]);
    const audit = await t.ctx.db.selectFrom('auditLog').select('action').where('entityId', '=', id).execute();
    expect(audit.map((a) => a.action)).toEqual(['enterprise.create']);
    // The import's entries are chained in bulk; the chain still verifies.
    expect(await verifyAuditChain(t.ctx.db, t.ctx.config.auditKey)).toMatchObject({ ok: true });

    // The new enterprise is found by the registry's search, and a job cannot be committed twice.
    const list = await admin.get(`/api/v1/enterprises?q=${encodeURIComponent('测试机械')}`);
    expect(list.json<{ items: { uscc: string }[] }>().items.map((i) => i.uscc)).toEqual([uscc(2)]);
    expect((await admin.post(`/api/v1/enterprise-import/${job.id}/commit`, { mode: 'create' })).statusCode).toBe(409);
  });
});

describe('a sheet with mistakes', () => {
  it('reports every error by row and column in both languages and writes nothing', async () => {
    const good = uscc(10);
    const badCheck = `${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'}`;
    const headers = [
      '统一社会信用代码',
      '企业名称',
      '成立日期',
      '所属园区',
      '行业代码',
      '企业状态',
      '注册资本（万元）',
    ];
    const file = await workbook([
      headers,
      [badCheck, '错误一公司', '2022-13-01', PARK, '3511', '在营', 10],
      [uscc(11), '', '2022-01-01', '西园', '9999', '倒闭', 'abc'],
      ['91140428', '错误三公司'],
      [uscc(12), '重复一公司'],
      [uscc(12), '重复二公司'],
    ]);
    const before = await countEnterprises();
    const job = (await upload(file)).json<Job>();
    expect(job.status).toBe('invalid');
    expect(job.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '统一社会信用代码', 'uscc.checkDigit'],
      [2, '成立日期', 'date.invalid'],
      [3, '企业名称', 'required'],
      [3, '注册资本（万元）', 'number.invalid'],
      [3, '所属园区', 'park.unknown'],
      [3, '行业代码', 'industry.unknown'],
      [3, '企业状态', 'status.unknown'],
      [4, '统一社会信用代码', 'uscc.length'],
      [6, '统一社会信用代码', 'uscc.duplicateInFile'],
    ]);
    expect(job.errors[0]?.message).toBe(`校验位错误：应为 ${good.slice(17)}，实际为 ${badCheck.slice(17)}`);
    expect(job.errors[8]?.message).toBe('与第 5 行的统一社会信用代码重复');
    const english = (
      await admin.get(`/api/v1/enterprise-import/${job.id}`, { 'accept-language': 'en-US' })
    ).json<Job>();
    expect(english.errors[0]?.message).toBe(
      `Wrong check digit: expected ${good.slice(17)}, found ${badCheck.slice(17)}`,
    );
    expect(english.errors[8]?.message).toBe('Same credit code as row 5');

    const commit = await admin.post(`/api/v1/enterprise-import/${job.id}/commit`, { mode: 'create' });
    expect(commit.statusCode).toBe(409);
    expect(commit.json().code).toBe('import.notReady');
    expect(await countEnterprises()).toBe(before);
  });
});

describe('a credit code already in the registry', () => {
  it('is an error when only adding, and updates that enterprise when updating by credit code', async () => {
    const existing = await t.ctx.db
      .selectFrom('enterprises')
      .innerJoin('zones', 'zones.id', 'enterprises.zoneId')
      .select(['enterprises.id', 'enterprises.uscc', 'enterprises.name', 'enterprises.address'])
      .where('zones.code', '=', 'changzi')
      .orderBy('enterprises.name')
      .executeTakeFirstOrThrow();
    const file = await workbook([
      ['统一社会信用代码', '企业名称', '从业人员', '联系人', '联系电话'],
      [existing.uscc, `${existing.name}（更名）`, 321, '赵六', '0355-1234567'],
    ]);
    const refused = (await upload(file)).json<Job>();
    expect(refused.errors.map((e) => [e.row, e.code])).toEqual([[2, 'uscc.exists']]);
    expect(refused.errors[0]?.message).toContain(existing.name);

    const job = (await upload(file, '&mode=update')).json<Job>();
    expect(job).toMatchObject({ status: 'ready', toCreate: 0, toUpdate: 1 });
    expect(job.preview[0]?.action).toBe('update');
    const done = await commitAndWait(job.id, 'update');
    expect(done).toMatchObject({ status: 'done', createdCount: 0, updatedCount: 1 });
    // Columns the sheet did not have (address) are left alone.
    expect(await enterpriseByUscc(existing.uscc)).toMatchObject({
      id: existing.id,
      name: `${existing.name}（更名）`,
      employees: 321,
      address: existing.address,
    });
    const contact = await t.ctx.db
      .selectFrom('enterpriseContacts')
      .selectAll()
      .where('enterpriseId', '=', existing.id)
      .where('isPrimary', '=', 1)
      .execute();
    expect(contact.map((c) => [c.name, c.phone])).toEqual([['赵六', '0355-1234567']]);
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select(['action', 'before'])
      .where('entityId', '=', existing.id)
      .execute();
    expect(audit.at(-1)?.action).toBe('enterprise.update');
    expect(audit.at(-1)?.before).toContain(existing.name);
  });
});
