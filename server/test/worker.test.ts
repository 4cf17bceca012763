import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeSessions } from '../src/worker/jobs.js';
import { createTestApp, type TestApp } from './helper.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const sessionCount = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('sessions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the session purge job', () => {
  it('removes idle sessions and keeps live ones', async () => {
    await t.loginAs('leader');
    t.clock.advance(20 * 60_000);
    const live = await t.loginAs('parkStaff');
    expect(await sessionCount()).toBe(2);
    t.clock.advance(15 * 60_000);
    expect(await purgeSessions(t.ctx)).toMatchObject({ sessions: 1 });
    expect(await sessionCount()).toBe(1);
    expect((await live.get('/api/v1/auth/me')).statusCode).toBe(200);
  });
});

describe('the purge of sign-in counters', () => {
  const counterKeys = async () =>
    (await t.ctx.db.selectFrom('loginAttempts').select('key').orderBy('key').execute()).map((r) => r.key);

  it('keeps the counters of a running window and removes them once it has ended', async () => {
    const failed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'Ghost', password: 'Wrong#pass1' },
      remoteAddress: '192.0.2.9',
    });
    expect(failed.statusCode).toBe(401);
    await purgeSessions(t.ctx);
    expect(await counterKeys()).toEqual(['ip:192.0.2.9', 'pair:192.0.2.9|ghost', 'user:ghost']);
    t.clock.advance(15 * 60_000);
    expect((await purgeSessions(t.ctx)).counters).toBe(3);
    expect(await counterKeys()).toEqual([]);
  });
});

describe('a large session purge', () => {
  it('deletes a backlog a chunk at a time and answers a reader before it is done', async () => {
    const reader = await t.loginAs('leader');
    const row = await t.ctx.db.selectFrom('sessions').selectAll().executeTakeFirstOrThrow();
    // A backlog of sessions that expired long ago (as after days with the worker down).
    const stale = Array.from({ length: 35 }, (_, i) => ({
      ...row,
      id: `stale-session-${String(i).padStart(3, '0')}`,
      expiresAt: '2000-01-01T00:00:00.000Z',
    }));
    await t.ctx.db.insertInto('sessions').values(stale).execute();
    const before = await sessionCount();
    let done = false;
    const purging = purgeSessions(t.ctx, { chunkRows: 5 }).then((r) => {
      done = true;
      return r;
    });
    const answered = await reader.get('/api/v1/auth/me');
    const doneWhenAnswered = done;
    const purged = await purging;
    expect(answered.statusCode).toBe(200);
    expect(doneWhenAnswered).toBe(false);
    expect(purged.sessions).toBe(35);
    expect(await sessionCount()).toBe(before - 35);
  });
});
