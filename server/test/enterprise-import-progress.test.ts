import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeUscc } from '@zonehub/uscc';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failAbandonedImports } from '../src/features/enterprise-import/import-commit.service.js';
import { startZoneHub } from '../src/runtime.js';
import { type Client, createTestApp, dialect, type TestApp } from './helper.js';
import { uploader, workbook } from './sheet-files.js';

/**
 * Progress of a running commit, seen by the poll while it runs (on SQLite the commit's transaction
 * holds the writer: this runs on a database FILE, which has a second, read connection), and imports
 * left "importing" by a process that died.
 */
const ROWS = 3_000;
let t: TestApp;
let admin: Client;
const dir = mkdtempSync(join(tmpdir(), 'zonehub-import-progress-'));

beforeAll(async () => {
  t = await createTestApp({ sqliteFile: join(dir, 'zonehub.db') });
  admin = await t.loginAs('zoneAdmin');
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const sheet = (rows: number): Promise<Buffer> =>
  workbook([
    ['统一社会信用代码', '企业名称', '注册资本（万元）', '成立日期', '行业代码'],
    ...Array.from({ length: rows }, (_, i) => [
      composeUscc('91', '140428', `P${String(i).padStart(7, '0')}`),
      `进度测试${i}号有限公司`,
      100,
      '2020-01-01',
      '3511',
    ]),
  ]);

interface Job {
  id: string;
  status: string;
  processedRows: number;
  createdCount: number;
  failure: string | null;
}

describe('progress of a large import', () => {
  it('is seen by the poll while the commit runs, with signed-in requests answered meanwhile', async () => {
    const upload = await uploader(() => admin, 'big.xlsx')(await sheet(ROWS));
    const job = upload.json<Job>();
    expect(job.status, upload.body).toBe('ready');
    expect((await admin.post(`/api/v1/enterprise-import/${job.id}/commit`, { mode: 'create' })).statusCode).toBe(202);
    const seen: number[] = [];
    let current = job;
    for (let i = 0; i < 2_000 && (current.status === 'importing' || current.status === 'ready'); i++) {
      const response = await admin.get(`/api/v1/enterprise-import/${job.id}`);
      expect(response.statusCode).toBe(200);
      current = response.json<Job>();
      if (current.status === 'importing') seen.push(current.processedRows);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(current.status).toBe('done');
    expect(current.createdCount).toBe(ROWS);
    // Counts in between, rising: the bar moves instead of jumping from 0 to done.
    expect(seen.some((n) => n > 0 && n < ROWS)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  }, 60_000);
});

describe('an import left running by a process that died', () => {
  const insertImporting = async (id: string, startedAt: string) => {
    const me = (await admin.get('/api/v1/auth/me')).json<{ zone: { id: string } }>();
    await t.ctx.db
      .insertInto('importJobs')
      .values({
        id,
        zoneId: me.zone.id,
        userId: null,
        fileName: 'stuck.xlsx',
        status: 'importing',
        mode: 'create',
        totalRows: 1,
        processedRows: 0,
        createdCount: 0,
        updatedCount: 0,
        problems: '[]',
        records: '{"columns":[],"rows":[]}',
        failure: null,
        createdAt: startedAt,
        startedAt,
        finishedAt: null,
      })
      .execute();
  };

  it('is marked failed at start-up instead of importing forever', async () => {
    const now = t.clock.now().getTime();
    await insertImporting('stuck-old', new Date(now - 2 * 3_600_000).toISOString());
    await insertImporting('stuck-recent', new Date(now - 60_000).toISOString());
    const failed = await failAbandonedImports(t.ctx);
    const status = async (id: string) => (await admin.get(`/api/v1/enterprise-import/${id}`)).json<Job>();
    const old = await status('stuck-old');
    expect(old.status).toBe('failed');
    expect(old.failure).not.toBeNull();
    // SQLite: this process alone uses the file, so any job left importing is dead. PostgreSQL: another
    // process may be importing right now, so only a job started long ago is.
    expect((await status('stuck-recent')).status).toBe(dialect === 'sqlite' ? 'failed' : 'importing');
    expect(failed).toBe(dialect === 'sqlite' ? 2 : 1);
  });

  it.runIf(dialect === 'sqlite')('is marked failed when the embedded runtime starts on the file', async () => {
    await insertImporting('stuck-at-restart', t.clock.now().toISOString());
    const running = await startZoneHub(
      {
        port: 0,
        host: '127.0.0.1',
        dataDir: dir,
        database: { kind: 'sqlite', file: join(dir, 'zonehub.db') },
        sessionSecret: 'x'.repeat(64),
        auditKey: 'k'.repeat(64),
        demo: false,
        roles: [],
        sessionIdleMinutes: 30,
        sessionMaxHours: 12,
        logLevel: 'silent',
        webDist: '/nonexistent',
        trustProxy: false,
        importChunkRows: 200,
        importMaxRows: 50_000,
      },
      pino({ level: 'silent' }),
    );
    await running.stop();
    const job = (await admin.get('/api/v1/enterprise-import/stuck-at-restart')).json<Job>();
    expect(job.status).toBe('failed');
  });
});
