import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helper.js';

/**
 * A long write must not freeze the API: health never waits for the database, and a large import
 * commits in chunks that let other requests through, revealing its rows all at once.
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
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
