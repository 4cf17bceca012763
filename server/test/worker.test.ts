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
