import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../src/features/projects/reports/report-files.js';
import { findZoneLabel } from '../src/features/projects/reports/reports.repository.js';
import type { ReportModel } from '../src/features/projects/reports/reports.schema.js';
import { type Client, createTestApp, type TestApp } from './helper.js';

/**
 * Generated reports only read: they neither hold the writer nor wait for it, and their CPU-heavy
 * steps (charts, tables) leave the event loop turns for other requests (issue 9 finding 5).
 */
let t: TestApp;
let leader: Client;
const dir = mkdtempSync(join(tmpdir(), 'zonehub-report-writer-'));

beforeAll(async () => {
  // A database file: SQLite then has its read connection beside the one writer.
  t = await createTestApp({ sqliteFile: join(dir, 'zonehub.db') });
  leader = await t.loginAs('leader');
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves with the value, or with 'timeout' after `ms`. */
const within = <T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> =>
  Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);

describe('reports and the writer', () => {
  it('answers the monthly summary and its .docx while a transaction holds the writer', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = () => {};
    const inside = new Promise<void>((resolve) => {
      started = resolve;
    });
    // A write in progress (as a recompute chunk or an import's): on SQLite it holds the one writer
    // connection until it commits.
    const writer = t.ctx.db.transaction().execute(async (trx) => {
      await sql`update zones set name = name where 1 = 0`.execute(trx);
      started();
      await held;
    });
    await inside;
    const model = await within(leader.get('/api/v1/projects/reports/monthly'), 5_000);
    const file = await within(leader.get('/api/v1/projects/reports/monthly.docx'), 10_000);
    release();
    await writer;
    expect(model).not.toBe('timeout');
    expect(file).not.toBe('timeout');
    if (model === 'timeout' || file === 'timeout') return;
    expect(model.statusCode, model.body).toBe(200);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');
  }, 30_000);

  it('gives the event loop a turn after each chart and each table while writing a file', async () => {
    const model = (await leader.get('/api/v1/projects/reports/monthly')).json<ReportModel>();
    const zoneId = (await leader.get('/api/v1/auth/me')).json<{ zone: { id: string } }>().zone.id;
    const zone = await findZoneLabel(t.ctx.db, zoneId);
    for (const format of ['docx', 'xlsx'] as const) {
      let turns = 0;
      let writing = true;
      const tick = () => {
        if (!writing) return;
        turns += 1;
        setImmediate(tick);
      };
      setImmediate(tick);
      const { document } = await reportFile(model, zone, format);
      writing = false;
      const charts = document.charts.filter((c) => c.categories.length > 0).length;
      expect(charts + document.tables.length).toBeGreaterThan(2);
      expect(turns, format).toBeGreaterThanOrEqual(charts + document.tables.length);
    }
  }, 60_000);
});
