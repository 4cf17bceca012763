import { DEMO_USERNAME_BY_ROLE } from '@zonehub/access';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationCount } from '../src/features/auth/password-hash.js';
import { createTestApp, type TestApp } from './helper.js';

/**
 * The sign-in lockout: 5 failures lock a (submitted username, address) pair, 20 from anywhere lock
 * the username, an address spraying many usernames is slowed down; counts are kept per submitted
 * username, so an unknown one answers exactly like a known one.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const PASSWORD = 'Demo@2026';
const WRONG = 'Wrong#pass1';
const LOCK_MS = 15 * 60_000;

let nextAddress = 1;
/** Every test signs in from addresses of its own, so no count leaks from one test into another. */
const freshAddress = () => {
  const n = nextAddress++;
  return `10.77.${Math.floor(n / 250)}.${(n % 250) + 1}`;
};

const attempt = (username: string, password: string, remoteAddress: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress, headers });

/** Each checked password that was wrong leaves one auth.loginFailed audit entry. */
const failedChecks = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('auditLog')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('action', '=', 'auth.loginFailed')
        .executeTakeFirstOrThrow()
    ).n,
  );

/** What a client can compare between two answers: everything but the request id. */
const visible = (response: LightMyRequestResponse) => {
  const { requestId: _requestId, ...body } = response.json<Record<string, unknown>>();
  return { status: response.statusCode, retryAfter: response.headers['retry-after'] ?? null, body };
};

describe('a burst of concurrent wrong passwords', () => {
  it('gets at most 5 password checks for one username, then the pair is locked', async () => {
    const ip = freshAddress();
    const before = await failedChecks();
    const answers = await Promise.all(Array.from({ length: 100 }, () => attempt('investment', WRONG, ip)));
    expect((await failedChecks()) - before).toBeLessThanOrEqual(5);
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(4);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    const locked = await attempt('investment', PASSWORD, ip);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('auth.locked');
    t.clock.advance(LOCK_MS + 1000);
    expect((await attempt('investment', PASSWORD, ip)).statusCode).toBe(200);
  });
});

describe('one address shared by a whole office (NAT)', () => {
  it('locks only the pair that failed: colleagues behind the same address still sign in', async () => {
    const office = freshAddress();
    const remaining: number[] = [];
    for (let i = 0; i < 4; i++) {
      const wrong = await attempt('park', WRONG, office);
      expect(wrong.statusCode).toBe(401);
      remaining.push(wrong.json().remainingAttempts);
    }
    expect(remaining).toEqual([4, 3, 2, 1]);
    const fifth = await attempt('park', WRONG, office);
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json()).toMatchObject({ code: 'auth.locked' });
    expect(Number(fifth.headers['retry-after'])).toBe(15 * 60);

    expect((await attempt('park', PASSWORD, office)).statusCode).toBe(429);
    expect((await attempt('leader', PASSWORD, office)).statusCode).toBe(200);
    // The same person from home (another address) is not locked out by the office's pair.
    expect((await attempt('park', PASSWORD, freshAddress())).statusCode).toBe(200);
    t.clock.advance(LOCK_MS + 1000);
    expect((await attempt('park', PASSWORD, office)).statusCode).toBe(200);
  });

  it('answers an unknown username exactly like a known one, count for count', async () => {
    const ip = freshAddress();
    for (let i = 0; i < 6; i++) {
      const known = visible(await attempt('enterprise', WRONG, ip, { 'accept-language': 'en-US' }));
      const unknown = visible(await attempt('no-such-user', WRONG, ip, { 'accept-language': 'en-US' }));
      expect(unknown).toEqual(known);
      if (i < 4) expect(known.body).toMatchObject({ code: 'auth.invalidCredentials', remainingAttempts: 4 - i });
      else expect(known).toMatchObject({ status: 429, body: { code: 'auth.locked' } });
    }
    t.clock.advance(LOCK_MS + 1000);
  });

  it('counts the submitted username trimmed and in lower case', async () => {
    const ip = freshAddress();
    for (const name of ['Ghost', ' ghost', 'GHOST ', 'ghost']) await attempt(name, WRONG, ip);
    const fifth = await attempt('gHoSt', WRONG, ip);
    expect(fifth.statusCode).toBe(429);
    t.clock.advance(LOCK_MS + 1000);
  });
});

describe('what a sign-in costs', () => {
  it('checks no password for an unknown username, yet answers like a wrong password for a known one', async () => {
    // One real check first, as any running server has made: the unknown username's timer imitates it.
    await attempt('leader', WRONG, freshAddress());
    const before = verificationCount();
    const unknown = visible(await attempt('nobody-at-all', WRONG, freshAddress()));
    expect(verificationCount()).toBe(before);
    const known = visible(await attempt('leader', WRONG, freshAddress()));
    expect(verificationCount()).toBe(before + 1);
    expect(unknown).toEqual(known);
    expect(known).toMatchObject({ status: 401, body: { code: 'auth.invalidCredentials', remainingAttempts: 4 } });
  });

  it('checks no password while a pair or an account is locked', async () => {
    const ip = freshAddress();
    for (let i = 0; i < 5; i++) await attempt('leader', WRONG, ip);
    const before = verificationCount();
    const answers = await Promise.all(Array.from({ length: 10 }, () => attempt('leader', PASSWORD, ip)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(10).fill(429));
    expect(verificationCount()).toBe(before);
    t.clock.advance(LOCK_MS + 1000);
  });
});

describe('an account attacked from many addresses', () => {
  const notificationsOfLock = () =>
    t.ctx.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.userId')
      .select(['users.username', 'notifications.params', 'notifications.zoneId'])
      .where('notifications.kind', '=', 'accountLocked' as never)
      .execute();

  // Twenty real password checks: allow for a busy machine.
  it('locks the username after 20 failures from anywhere and tells the zone admins once', {
    timeout: 60_000,
  }, async () => {
    const target = DEMO_USERNAME_BY_ROLE.departmentStaff;
    for (let i = 0; i < 19; i++) expect((await attempt(target, WRONG, freshAddress())).statusCode).toBe(401);
    const last = await attempt(target, WRONG, freshAddress());
    expect(last.statusCode).toBe(429);
    expect(last.json().code).toBe('auth.locked');
    // Locked everywhere, even with the right password from a new address.
    expect((await attempt(target, PASSWORD, freshAddress())).statusCode).toBe(429);
    expect((await attempt(target, WRONG, freshAddress())).statusCode).toBe(429);

    const told = await notificationsOfLock();
    expect(told.map((n) => n.username)).toEqual([DEMO_USERNAME_BY_ROLE.zoneAdmin]);
    expect(JSON.parse(told[0]?.params ?? '{}')).toMatchObject({ username: target, attempts: 20, minutes: 15 });

    const admin = await t.loginAs('zoneAdmin');
    const bell = (await admin.get('/api/v1/notifications')).json<{ items: { kind: string }[] }>();
    expect(bell.items.map((n) => n.kind)).toContain('accountLocked');

    t.clock.advance(LOCK_MS + 1000);
    expect((await attempt(target, PASSWORD, freshAddress())).statusCode).toBe(200);
    expect(await notificationsOfLock()).toHaveLength(1);
  });
});

describe('an address trying many usernames', () => {
  it('is slowed down with a growing Retry-After after 10 failures, other addresses are not', {
    timeout: 60_000,
  }, async () => {
    const ip = freshAddress();
    for (let i = 1; i <= 10; i++) expect((await attempt(`spray-${i}`, WRONG, ip)).statusCode).toBe(401);
    expect((await attempt('spray-11', WRONG, ip)).statusCode).toBe(401);
    const slowed = await attempt('spray-12', WRONG, ip);
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json().code).toBe('auth.slowDown');
    expect(slowed.headers['retry-after']).toBe('1');
    // Refused before any check: even the right password waits.
    expect((await attempt('leader', PASSWORD, ip)).statusCode).toBe(429);
    expect((await attempt('leader', PASSWORD, freshAddress())).statusCode).toBe(200);

    t.clock.advance(1000);
    expect((await attempt('spray-12', WRONG, ip)).statusCode).toBe(401);
    expect((await attempt('spray-13', WRONG, ip)).headers['retry-after']).toBe('2');
    t.clock.advance(2000);
    expect((await attempt('leader', PASSWORD, ip)).statusCode).toBe(200);
    t.clock.advance(LOCK_MS + 1000);
  });
});

describe('a wrong current password on password change', () => {
  it('is limited the same way: 5 wrong ones lock the change for 15 minutes', async () => {
    const user = await t.loginAs('taskForceMember');
    const change = (currentPassword: string) =>
      user.post('/api/v1/auth/password', { currentPassword, newPassword: 'Better#2026x' });
    for (let left = 4; left >= 1; left--) {
      const wrong = await change(WRONG);
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({ code: 'auth.wrongPassword', remainingAttempts: left });
      expect(wrong.json().errors[0].message).toContain(`还可尝试 ${left} 次`);
    }
    const fifth = await change(WRONG);
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().code).toBe('auth.locked');
    expect((await change(PASSWORD)).statusCode).toBe(429);
    t.clock.advance(LOCK_MS + 1000);
    expect((await change(PASSWORD)).statusCode).toBe(204);
  });
});
