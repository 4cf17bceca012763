import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendProjectAlerts } from '../src/features/notifications/project-alerts.service.js';
import { createTestApp, type TestApp } from './helper.js';

/**
 * The daily project alerts write a zone's notifications a few items at a time, one transaction each
 * with an event-loop turn between them (issue 9 finding 5), and send what one transaction would.
 */
let whole: TestApp;
let chunked: TestApp;
const DAYS = 12 * 86_400_000;

beforeAll(async () => {
  whole = await createTestApp();
  chunked = await createTestApp();
});
afterAll(async () => {
  await whole.close();
  await chunked.close();
});

/** The notifications and SMS outbox rows of an app, without ids and times, in a stable order. */
async function sent(t: TestApp) {
  const notifications = await t.ctx.db
    .selectFrom('notifications')
    .select(['zoneId', 'userId', 'kind', 'params', 'dedupeKey', 'subjectId'])
    .execute();
  const outbox = await t.ctx.db.selectFrom('notificationOutbox').select(['userId', 'recipient', 'body']).execute();
  return {
    notifications: notifications.map((n) => JSON.stringify(n)).sort(),
    outbox: outbox.map((o) => JSON.stringify(o)).sort(),
  };
}

describe('the daily project alerts in chunks', () => {
  it('send what one transaction per zone sends, and answer a reader before they are done', async () => {
    // Twelve days on, items turned amber and red since the seed's own run.
    whole.clock.advance(DAYS);
    chunked.clock.advance(DAYS);
    const reader = await chunked.loginAs('leader');
    const one = await sendProjectAlerts(whole.ctx.db, whole.clock.now(), { chunkItems: 1_000_000 });
    expect(one.created).toBeGreaterThan(3);

    let done = false;
    const running = sendProjectAlerts(chunked.ctx.db, chunked.clock.now(), { chunkItems: 1 }).then((r) => {
      done = true;
      return r;
    });
    const answered = await reader.get('/api/v1/notifications?pageSize=1');
    const doneWhenAnswered = done;
    const parts = await running;
    expect(answered.statusCode).toBe(200);
    expect(doneWhenAnswered).toBe(false);
    expect(parts).toEqual(one);
    expect(await sent(chunked)).toEqual(await sent(whole));
  }, 60_000);
});
