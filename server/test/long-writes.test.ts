import { composeUscc } from '@zonehub/uscc';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/features/audit/audit.service.js';
import { failAbandonedImports, runImport } from '../src/features/enterprise-import/import-commit.service.js';
import type { Caller } from '../src/http/context.js';
import { type Client, createTestApp, type TestApp } from './helper.js';
import { uploader, workbook } from './sheet-files.js';

/**
 * A long write must not freeze the API: health never waits for the database, and a large import
 * commits in chunks that let other requests through, revealing its rows all at once.
 */
let t: TestApp;
let admin: Client;
/** Small chunks, so that a test-sized sheet commits in several. */
const CHUNK_ROWS = 40;

beforeAll(async () => {
  t = await createTestApp({ config: { importChunkRows: CHUNK_ROWS } });
  admin = await t.loginAs('zoneAdmin');
});
afterAll(async () => {
  await t.close();
});

/** Resolves with the value, or with 'timeout' after `ms`. */
const within = <T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> =>
  Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);

describe('health during a long write', () => {
  it('answers from memory while a transaction holds the writer', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = () => {};
    const inside = new Promise<void>((resolve) => {
      started = resolve;
    });
    // On SQLite (one writer connection) every query waits for this transaction; on PostgreSQL it
    // takes the table lock an import's writes would, which a health query must not need either.
    const writer = t.ctx.db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      if (t.ctx.dialect === 'postgres') await sql`lock table sessions in access exclusive mode`.execute(trx);
      started();
      await held;
    });
    await inside;
    const health = await within(t.anonymous().get('/api/v1/health'), 1_000);
    release();
    await writer;
    expect(health).not.toBe('timeout');
    if (health === 'timeout') return;
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok', database: t.ctx.dialect });
  });
});

interface Job {
  id: string;
  status: string;
  processedRows: number;
  createdCount: number;
  failure: string | null;
}

/** A sheet of `rows` new enterprises whose names all contain `tag` (so a search finds exactly them). */
const sheet = (tag: string, codeLetter: string, rows: number): Promise<Buffer> =>
  workbook([
    ['统一社会信用代码', '企业名称', '注册资本（万元）', '成立日期', '行业代码', '联系人', '四上（年份）', '四上行业'],
    ...Array.from({ length: rows }, (_, i) => [
      composeUscc('91', '140428', `${codeLetter}${String(i).padStart(7, '0')}`),
      `${tag}${i}号有限公司`,
      100,
      '2020-01-01',
      '3511',
      `联系人${i}`,
      2025,
      '工业',
    ]),
  ]);

const total = async (query = '') =>
  (await admin.get(`/api/v1/enterprises?pageSize=1${query}`)).json<{ total: number }>().total;

async function upload(tag: string, codeLetter: string, rows: number): Promise<Job> {
  const response = await uploader(() => admin, `${tag}.xlsx`)(await sheet(tag, codeLetter, rows));
  const job = response.json<Job>();
  expect(job.status, response.body).toBe('ready');
  return job;
}

/** Enterprise names in the export of the whole list. */
async function exportedNames(): Promise<string[]> {
  const response = await admin.get('/api/v1/enterprises/export');
  expect(response.statusCode).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as Parameters<typeof book.xlsx.load>[0]);
  const names: string[] = [];
  book.worksheets[0]?.eachRow((row) => {
    names.push(String(row.getCell(2).value ?? ''));
  });
  return names;
}

describe('a large import commit', () => {
  it('serves readers between its chunks, and they see none of the sheet until all of it', async () => {
    // Over one batch of audit entries (500), so the reveal appends to the chain more than once.
    const ROWS = 600;
    const tag = '分批可见测试';
    const before = await total();
    const job = await upload(tag, 'H', ROWS);
    expect((await admin.post(`/api/v1/enterprise-import/${job.id}/commit`, { mode: 'create' })).statusCode).toBe(202);
    const seen: { status: string; total: number; found: number; healthMs: number }[] = [];
    for (let i = 0; i < 2_000; i++) {
      const started = performance.now();
      const health = await t.anonymous().get('/api/v1/health');
      const healthMs = performance.now() - started;
      expect(health.statusCode).toBe(200);
      const [all, found] = [await total(), await total(`&q=${encodeURIComponent(tag)}`)];
      const status = (await admin.get(`/api/v1/enterprise-import/${job.id}`)).json<Job>().status;
      seen.push({ status, total: all, found, healthMs });
      if (status !== 'importing') break;
      // A poller's pause (in-process requests alone would never leave the microtask queue).
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(seen.at(-1)?.status).toBe('done');
    // Readers were answered while the import was running, not only after it.
    expect(seen.filter((s) => s.status === 'importing').length).toBeGreaterThan(0);
    // Each saw the registry without the sheet or with all of it: never a part.
    for (const s of seen) {
      expect([before, before + ROWS]).toContain(s.total);
      expect([0, ROWS]).toContain(s.found);
    }
    expect(await total()).toBe(before + ROWS);
    expect(await verifyAuditChain(t.ctx.db, t.ctx.config.auditKey)).toMatchObject({ ok: true });
    const audited = await t.ctx.db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'enterprise.create')
      .where('after', 'like', `%${tag}%`)
      .executeTakeFirstOrThrow();
    expect(Number(audited.n)).toBe(ROWS);
    expect(Math.max(...seen.map((s) => s.healthMs))).toBeLessThan(500);
  }, 120_000);

  /** Starts the commit the way POST …/commit does, but pausing after its first chunk. */
  async function commitPausedAfterFirstChunk(job: Job) {
    const me = (await admin.get('/api/v1/auth/me')).json<{
      user: { id: string; username: string };
      zone: { id: string };
    }>();
    await t.ctx.db
      .updateTable('importJobs')
      .set({ status: 'importing', startedAt: t.clock.now().toISOString() })
      .where('id', '=', job.id)
      .execute();
    const principal = { userId: me.user.id, username: me.user.username, ip: '127.0.0.1' };
    const scope = { zoneId: me.zone.id, role: 'zoneAdmin' as const, parkIds: null, orgUnitIds: [], enterpriseId: null };
    const caller = {
      actor: { id: me.user.id, name: me.user.username },
      ip: '127.0.0.1',
      principal,
      scope,
    } as unknown as Caller;
    let paused = () => {};
    const atPause = new Promise<void>((resolve) => {
      paused = resolve;
    });
    let resume: (go: boolean) => void = () => {};
    const gate = new Promise<boolean>((resolve) => {
      resume = resolve;
    });
    const running = runImport(t.ctx, caller, job.id, {
      afterChunk: async (staged) => {
        if (staged !== CHUNK_ROWS) return;
        paused();
        if (!(await gate)) throw new Error('stopped between chunks');
      },
    });
    await atPause;
    return { running, resume };
  }

  async function expectNothingOfTheSheet(tag: string, before: number) {
    expect(await total()).toBe(before);
    expect(await total(`&q=${encodeURIComponent(tag)}`)).toBe(0);
    expect((await exportedNames()).filter((name) => name.includes(tag))).toEqual([]);
    // Not even by id, nor as a zone to switch to.
    const staged = await t.ctx.db.selectFrom('enterprises').select('id').where('name', 'like', `${tag}%`).execute();
    for (const { id } of staged.slice(0, 3)) {
      expect((await admin.get(`/api/v1/enterprises/${id}`)).statusCode).toBe(404);
    }
    const system = await t.loginAs('systemAdmin');
    const zones = (await system.get('/api/v1/auth/me')).json<{ zones: { id: string }[] }>().zones;
    expect(zones.filter((z) => z.id.startsWith('import:'))).toEqual([]);
    return staged.length;
  }

  it('shows nothing of a sheet stopped between chunks, and the next start-up removes what it staged', async () => {
    const tag = '中途停止测试';
    const before = await total();
    const job = await upload(tag, 'J', CHUNK_ROWS * 3);
    await commitPausedAfterFirstChunk(job);
    // One chunk is written (staged), the rest is not: as if the process were killed here.
    expect(await expectNothingOfTheSheet(tag, before)).toBe(CHUNK_ROWS);
    // Start-up of the next process (on PostgreSQL only a job started over an hour ago counts as dead).
    t.clock.advance(2 * 3_600_000);
    await failAbandonedImports(t.ctx);
    admin = await t.loginAs('zoneAdmin');
    expect((await admin.get(`/api/v1/enterprise-import/${job.id}`)).json<Job>().status).toBe('failed');
    expect(await expectNothingOfTheSheet(tag, before)).toBe(0);
    const left = await t.ctx.db.selectFrom('zones').select('id').where('id', 'like', 'import:%').execute();
    expect(left).toEqual([]);
  }, 60_000);

  it('removes what it staged when the commit fails midway, and reveals all of it when it goes on', async () => {
    const tag = '中途失败测试';
    const before = await total();
    const failing = await upload(tag, 'L', CHUNK_ROWS * 3);
    const stopped = await commitPausedAfterFirstChunk(failing);
    stopped.resume(false);
    await expect(stopped.running).rejects.toThrow('stopped between chunks');
    expect((await admin.get(`/api/v1/enterprise-import/${failing.id}`)).json<Job>().status).toBe('failed');
    expect(await expectNothingOfTheSheet(tag, before)).toBe(0);

    const again = await upload(tag, 'L', CHUNK_ROWS * 3);
    const going = await commitPausedAfterFirstChunk(again);
    expect(await total()).toBe(before);
    going.resume(true);
    await going.running;
    expect(await total()).toBe(before + CHUNK_ROWS * 3);
    expect(await total(`&q=${encodeURIComponent(tag)}`)).toBe(CHUNK_ROWS * 3);
    expect((await exportedNames()).filter((name) => name.includes(tag))).toHaveLength(CHUNK_ROWS * 3);
  }, 60_000);
});
