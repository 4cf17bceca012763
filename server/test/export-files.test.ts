import { composeUscc } from '@zonehub/uscc';
import { hasForbiddenCharacter } from '@zonehub/xml-text';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../src/features/audit/audit.service.js';
import { type Client, createTestApp, sql, type TestApp } from './helper.js';

/**
 * Exported files: older rows carrying characters XML forbids still export as files that open, and
 * a streamed .xlsx (enterprises, leads, audit log) whose query fails is an error response, not a 200
 * whose file stops mid-way.
 */
let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('zoneAdmin');
});
afterAll(async () => t.close());

/** Characters an older version let in (PostgreSQL never stored U+0000, so it is not among them). */
const LEGACY = '\u0001\u000b\u001f\uFFFE\uFFFF';

async function sheetOf(response: LightMyRequestResponse): Promise<ExcelJS.Worksheet> {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

function rowWith(sheet: ExcelJS.Worksheet, column: number, value: string): unknown[] {
  let found: unknown[] = [];
  sheet.eachRow((row) => {
    if (row.getCell(column).value === value) found = (row.values as unknown[]).slice(1);
  });
  return found;
}

describe('older rows with characters XML forbids', () => {
  it('export as a file that opens, with those characters dropped: enterprises', async () => {
    const uscc = composeUscc('91', '140428', 'XML00001');
    const created = await admin.post('/api/v1/enterprises', { uscc, name: '长子县旧数据测试有限公司' });
    expect(created.statusCode, created.body).toBe(201);
    await sql`update enterprises set name = ${`长子县${LEGACY}旧数据测试有限公司`}, address = ${`创业路${LEGACY}1 号`}
      where uscc = ${uscc}`.execute(t.ctx.db);
    const sheet = await sheetOf(await admin.get('/api/v1/enterprises/export'));
    const row = rowWith(sheet, 1, uscc);
    expect(row[1]).toBe('长子县旧数据测试有限公司');
    expect(row).toContain('创业路1 号');
  });

  it('leads', async () => {
    const lead = await t.ctx.db.selectFrom('leads').select(['id', 'code']).orderBy('code').executeTakeFirstOrThrow();
    await sql`update leads set name = ${`旧项目${LEGACY}名称`}, source_person = ${`王${LEGACY}某`} where id = ${lead.id}`.execute(
      t.ctx.db,
    );
    const sheet = await sheetOf(await admin.get('/api/v1/investment/leads/export.xlsx'));
    const row = rowWith(sheet, 1, lead.code);
    expect(row[1]).toBe('旧项目名称');
    expect(row).toContain('王某');
  });

  it('the audit log', async () => {
    const zone = await t.ctx.db
      .selectFrom('zones')
      .select('id')
      .where('code', '=', 'changzi')
      .executeTakeFirstOrThrow();
    await t.ctx.db.transaction().execute((trx) =>
      recordAudit(trx, t.ctx, {
        actor: { id: null, name: `管理员${LEGACY}` },
        ip: null,
        zoneId: zone.id,
        action: 'legacy.import',
        entityType: 'legacyRecord',
        entityId: 'L-1',
        before: null,
        after: { name: `旧${LEGACY}` },
      }),
    );
    const sheet = await sheetOf(await admin.get('/api/v1/audit-logs/export?entityType=legacyRecord'));
    // Actor, action, object type (unlabelled codes show as they are), object (named from the values), id.
    expect([3, 5, 6, 7, 8].map((c) => sheet.getRow(2).getCell(c).value)).toEqual([
      '管理员',
      'legacy.import',
      'legacyRecord',
      '旧',
      'L-1',
    ]);
    expect(sheet.getRow(2).getCell(10).value).toBe('名称: 旧');
  });
  it('meeting minutes (.docx)', async () => {
    const meeting = await t.ctx.db.selectFrom('meetings').select('id').orderBy('heldOn').executeTakeFirstOrThrow();
    await sql`update meetings set summary = ${`旧纪要${LEGACY}概述`} where id = ${meeting.id}`.execute(t.ctx.db);
    const response = await admin.get(`/api/v1/projects/meetings/${meeting.id}/minutes.docx`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const xml = Buffer.from(unzipSync(new Uint8Array(response.rawPayload))['word/document.xml'] ?? []).toString('utf8');
    expect(xml).toContain('旧纪要概述');
    expect(hasForbiddenCharacter(xml)).toBe(false);
  });
});

describe('an export whose query fails', () => {
  it('answers an error problem before sending any of the file', async () => {
    const broken = await createTestApp();
    try {
      const zoneAdmin = await broken.loginAs('zoneAdmin');
      await sql`alter table industry_codes rename to industry_codes_gone`.execute(broken.ctx.db);
      await sql`alter table audit_log rename to audit_log_gone`.execute(broken.ctx.db);
      for (const url of [
        '/api/v1/enterprises/export',
        '/api/v1/investment/leads/export.xlsx',
        '/api/v1/audit-logs/export',
      ]) {
        const response = await zoneAdmin.get(url);
        expect(response.statusCode, url).toBe(500);
        expect(response.headers['content-type'], url).toContain('application/problem+json');
        expect(response.json().code).toBe('internal');
      }
    } finally {
      await broken.close();
    }
  });
});
