import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../src/features/notifications/notify.js';
import {
  claimOutbox,
  markOutboxFailed,
  markOutboxSent,
  OUTBOX_MAX_ATTEMPTS,
  outboxBackoffMs,
} from '../src/features/notifications/outbox.repository.js';
import { createTestApp, dialect, type TestApp } from './helper.js';

/**
 * The outbox a gateway reads. The demo seed runs the real alerts job, so the outbox starts with
 * pending rows; each test takes its own batch by claiming.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const LEASE = 60;
const DAY_MS = 86_400_000;
const at = (ms: number) => new Date(t.clock.now().getTime() + ms);
const statusOf = (id: string) =>
  t.ctx.db
    .selectFrom('notificationOutbox')
    .select(['status', 'attempts', 'availableAt', 'claimedUntil', 'sentAt', 'lastError'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('the notification outbox', () => {
  it('starts with a pending row per demo notification', async () => {
    const pending = await t.ctx.db
      .selectFrom('notificationOutbox')
      .select('id')
      .where('status', '=', 'pending')
      .execute();
    expect(pending.length).toBeGreaterThanOrEqual(12);
  });

  it('never hands the same row to two concurrent claims, and holds a claimed row for its lease', async () => {
    const now = at(0);
    const batches = await Promise.all(
      [1, 2, 3, 4].map(() => claimOutbox(t.ctx.db, { limit: 3, now, leaseSeconds: LEASE })),
    );
    const claimed = batches.flat().map((row) => row.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed).toHaveLength(12);
    for (const row of batches.flat()) expect(row.claimedUntil).toBe(at(LEASE * 1000).toISOString());
    // Still leased a moment later: a fresh claim takes other rows.
    const next = await claimOutbox(t.ctx.db, { limit: 500, now: at(1000), leaseSeconds: LEASE });
    expect(next.some((row) => claimed.includes(row.id))).toBe(false);
    // After the lease runs out (a crashed gateway), the rows come back.
    const again = await claimOutbox(t.ctx.db, { limit: 500, now: at(LEASE * 1000 + 1000), leaseSeconds: LEASE });
    expect(again.map((row) => row.id)).toEqual(expect.arrayContaining(claimed));
  });

  it('marks a row sent: it is never claimed again', async () => {
    const later = at(10 * 60_000);
    const [row] = await claimOutbox(t.ctx.db, { limit: 1, now: later, leaseSeconds: LEASE });
    if (!row) throw new Error('nothing to claim');
    expect(await markOutboxSent(t.ctx.db, row.id, later)).toBe(true);
    expect(await statusOf(row.id)).toMatchObject({ status: 'sent', sentAt: later.toISOString(), claimedUntil: null });
    const all = await claimOutbox(t.ctx.db, { limit: 500, now: at(DAY_MS), leaseSeconds: LEASE });
    expect(all.some((r) => r.id === row.id)).toBe(false);
    expect(await markOutboxSent(t.ctx.db, row.id, later)).toBe(false);
  });

  it('retries a failed row after a growing backoff and gives up after the last attempt', async () => {
    let now = at(2 * DAY_MS);
    const [row] = await claimOutbox(t.ctx.db, { limit: 1, now, leaseSeconds: LEASE });
    if (!row) throw new Error('nothing to claim');
    for (let attempt = 1; attempt < OUTBOX_MAX_ATTEMPTS; attempt++) {
      expect(await markOutboxFailed(t.ctx.db, row.id, `gateway said no #${attempt}`, now)).toBe(true);
      const state = await statusOf(row.id);
      expect(state).toMatchObject({ status: 'pending', attempts: attempt, claimedUntil: null });
      expect(state.lastError).toBe(`gateway said no #${attempt}`);
      const retryAt = new Date(now.getTime() + outboxBackoffMs(attempt));
      expect(state.availableAt).toBe(retryAt.toISOString());
      // Not before its time…
      const early = await claimOutbox(t.ctx.db, {
        limit: 500,
        now: new Date(retryAt.getTime() - 1000),
        leaseSeconds: 1,
      });
      expect(early.some((r) => r.id === row.id)).toBe(false);
      // …but then (the other rows' short leases have run out by the next round).
      now = retryAt;
      const due = await claimOutbox(t.ctx.db, { limit: 500, now, leaseSeconds: 1 });
      expect(due.some((r) => r.id === row.id)).toBe(true);
    }
    expect(await markOutboxFailed(t.ctx.db, row.id, 'last try', now)).toBe(true);
    expect(await statusOf(row.id)).toMatchObject({ status: 'failed', attempts: OUTBOX_MAX_ATTEMPTS });
    const after = await claimOutbox(t.ctx.db, { limit: 500, now: at(30 * DAY_MS), leaseSeconds: 1 });
    expect(after.some((r) => r.id === row.id)).toBe(false);
  });

  it.runIf(dialect === 'postgres')('skips rows another transaction holds rather than waiting for them', async () => {
    const now = at(60 * DAY_MS);
    // Hold one claimable row locked in an open transaction, as a slow gateway mid-claim would.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let lockedId = '';
    const locked = new Promise<void>((resolve) => {
      void t.ctx.db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('notificationOutbox')
          .select('id')
          .where('status', '=', 'pending')
          .orderBy('availableAt')
          .orderBy('id')
          .limit(1)
          .forUpdate()
          .executeTakeFirstOrThrow();
        lockedId = row.id;
        resolve();
        await held;
      });
    });
    await locked;
    const claimed = await claimOutbox(t.ctx.db, { limit: 500, now, leaseSeconds: LEASE });
    release();
    expect(claimed.length).toBeGreaterThan(0);
    expect(claimed.some((r) => r.id === lockedId)).toBe(false);
  });

  it('sends to the mobile an administrator gave the user, and leaves the recipient null without one', async () => {
    const admin = await t.loginAs('zoneAdmin');
    const users = await t.ctx.db
      .selectFrom('users')
      .select(['id', 'username', 'mobile'])
      .where('username', 'in', ['park', 'leader'])
      .orderBy('username')
      .execute();
    const [leader, park] = users;
    if (!leader || !park) throw new Error('demo users missing');
    // Demo users carry no numbers: we do not make them up.
    expect(users.map((u) => u.mobile)).toEqual([null, null]);
    expect((await admin.patch(`/api/v1/admin/users/${park.id}`, { mobile: '13912345678' })).statusCode).toBe(200);
    const zone = await t.ctx.db
      .selectFrom('zones')
      .select('id')
      .where('code', '=', 'changzi')
      .executeTakeFirstOrThrow();
    const send = (userId: string) =>
      t.ctx.db.transaction().execute((trx) =>
        notify(trx, {
          zoneId: zone.id,
          userId,
          kind: 'actionAssigned',
          params: { itemName: '核对用地手续', dueOn: null, meetingTitle: '周调度 2026-11-30', projectName: null },
          link: null,
          subjectType: null,
          subjectId: null,
          dedupeKey: 'test:recipient',
          now: at(0),
        }),
      );
    expect(await send(park.id)).toBe(true);
    expect(await send(leader.id)).toBe(true);
    const rows = await t.ctx.db
      .selectFrom('notificationOutbox')
      .innerJoin('notifications', 'notifications.id', 'notificationOutbox.notificationId')
      .select(['notificationOutbox.userId', 'notificationOutbox.recipient'])
      .where('notifications.dedupeKey', '=', 'test:recipient')
      .execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { userId: park.id, recipient: '13912345678' },
        { userId: leader.id, recipient: null },
      ]),
    );
    expect(rows).toHaveLength(2);
  });
});
