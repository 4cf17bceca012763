import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropAppendOnlyGuards } from '../src/features/audit/audit.repository.js';
import { verifyAuditChain } from '../src/features/audit/audit.service.js';
import { type Client, createTestApp, sql, type TestApp } from './helper.js';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('zoneAdmin');
});
afterAll(async () => t.close());

describe('every write is audited', () => {
  it('records who, when, from where, what, and the values before and after', async () => {
    const created = (
      await admin.post('/api/v1/admin/org-units', { kind: 'department', code: 'AUD1', name: '审计测试部' })
    ).json();
    await admin.patch(`/api/v1/admin/org-units/${created.id}`, { name: '审计测试二部' });
    const response = await admin.get(`/api/v1/audit-logs?entityType=orgUnit&entityId=${created.id}&order=asc`);
    expect(response.statusCode).toBe(200);
    const [create, update] = response.json().items;
    expect(create).toMatchObject({ action: 'orgUnit.create', actorName: 'zoneadmin', ip: '127.0.0.1', before: null });
    expect(create.after).toMatchObject({ code: 'AUD1', name: '审计测试部' });
    expect(update).toMatchObject({ action: 'orgUnit.update' });
    expect(update.before.name).toBe('审计测试部');
    expect(update.after.name).toBe('审计测试二部');
    expect(Date.parse(update.occurredAt)).not.toBeNaN();
  });

  it('never records a password or its hash', async () => {
    await admin.post('/api/v1/admin/users', {
      username: 'auditee',
      displayName: '被审计',
      role: 'leader',
      password: 'Secret#2026',
    });
    const rows = await sql<{ after: string | null }>`select after from audit_log`.execute(t.ctx.db);
    const text = rows.rows.map((r) => r.after ?? '').join('\n');
    expect(text).not.toContain('Secret#2026');
    expect(text).not.toContain('scrypt$');
  });

  it('filters by user, entity and time, and only shows the caller’s zone', async () => {
    const me = (await admin.get('/api/v1/auth/me')).json();
    const byActor = (await admin.get(`/api/v1/audit-logs?actorId=${me.user.id}&pageSize=200`)).json();
    expect(byActor.items.length).toBeGreaterThan(0);
    expect(byActor.items.every((e: { actorId: string }) => e.actorId === me.user.id)).toBe(true);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await admin.get(`/api/v1/audit-logs?from=${future}`)).json().total).toBe(0);
    const zone = me.zone.id;
    expect(byActor.items.every((e: { zoneId: string }) => e.zoneId === zone)).toBe(true);
  });

  it('lists the actors of the zone’s log for the filter', async () => {
    const actors = (await admin.get('/api/v1/audit-logs/actors')).json().items;
    expect(actors.map((a: { name: string }) => a.name)).toContain('zoneadmin');
  });

  it('is refused to roles without audit.view', async () => {
    const staff = await t.loginAs('investmentStaff');
    expect((await staff.get('/api/v1/audit-logs')).statusCode).toBe(403);
  });

  it('exports the filtered log to a readable .xlsx with Chinese headers', async () => {
    const response = await admin.get('/api/v1/audit-logs/export?entityType=orgUnit');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('审计日志');
    expect(sheet?.getRow(1).getCell(5).value).toBe('操作');
    const actions = [];
    for (let r = 2; r <= (sheet?.rowCount ?? 0); r++) actions.push(sheet?.getRow(r).getCell(5).value);
    expect(actions).toEqual(['新建组织机构', '修改组织机构']);
  });
});

describe('the hash chain', () => {
  it('verifies intact, and the database refuses edits and deletions', async () => {
    expect(await verifyAuditChain(t.ctx.db, t.ctx.config.auditKey)).toMatchObject({ ok: true });
    await expect(sql`update audit_log set actor_name = 'x' where seq = 1`.execute(t.ctx.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log where seq = 1`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
  });

  it('detects an edited entry, a deleted entry and a removed tail once the guards are bypassed', async () => {
    const tampered = await createTestApp();
    try {
      const client = await tampered.loginAs('zoneAdmin');
      for (const code of ['T1', 'T2', 'T3'])
        await client.post('/api/v1/admin/org-units', { kind: 'taskForce', code, name: code });
      const db = tampered.ctx.db;
      const key = tampered.ctx.config.auditKey;
      await dropAppendOnlyGuards(db);
      expect(await verifyAuditChain(db, key, { pageSize: 2 })).toMatchObject({ ok: true });

      await sql`update audit_log set after = replace(after, 'T2', 'T9') where seq = 3`.execute(db);
      expect(await verifyAuditChain(db, key, { pageSize: 2 })).toEqual({
        ok: false,
        problem: { kind: 'badHash', seq: 3 },
      });

      await sql`delete from audit_log where seq = 3`.execute(db);
      expect(await verifyAuditChain(db, key, { pageSize: 2 })).toEqual({
        ok: false,
        problem: { kind: 'gap', expectedSeq: 3, foundSeq: 4 },
      });

      const last = await sql<{ seq: number }>`select max(seq) as seq from audit_log`.execute(db);
      const tail = Number(last.rows[0]?.seq);
      await sql`delete from audit_log where seq >= 3`.execute(db);
      expect(await verifyAuditChain(db, key, { pageSize: 2 })).toEqual({
        ok: false,
        problem: { kind: 'headMismatch', headSeq: tail, lastSeq: 2 },
      });
    } finally {
      await tampered.close();
    }
  });

  it('stays one unbroken chain under concurrent writes', async () => {
    const writes = Array.from({ length: 12 }, (_, i) =>
      admin.post('/api/v1/admin/org-units', { kind: 'taskForce', code: `C${i}`, name: `并发${i}` }),
    );
    const responses = await Promise.all(writes);
    expect(responses.map((r) => r.statusCode)).toEqual(Array(12).fill(201));
    expect(await verifyAuditChain(t.ctx.db, t.ctx.config.auditKey)).toMatchObject({ ok: true });
  });
});
