import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sql, type TestApp } from './helper.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

let nextAddress = 1;
/** Each failing test signs in from its own address so lockout counts do not leak between tests. */
const freshAddress = () => `192.0.2.${nextAddress++}`;
const login = (username: string, password: string, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers, remoteAddress });

describe('login', () => {
  it('signs in with the demo password and sets an HttpOnly SameSite cookie', async () => {
    const response = await login('leader', 'Demo@2026');
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'zonehub_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = response.json();
    expect(me.user.username).toBe('leader');
    expect(me.role).toBe('leader');
    expect(me.zone.name).toBe('长子经济技术开发区');
    expect(me.zones).toHaveLength(2);
    expect(me.csrfToken).toMatch(/.{20,}/);
  });

  it('never stores the password or the cookie token in clear', async () => {
    const response = await login('zoneadmin', 'Demo@2026');
    const token = response.cookies.find((c) => c.name === 'zonehub_session')?.value ?? '';
    const users = await t.ctx.db.selectFrom('users').select('passwordHash').execute();
    expect(users.every((u) => u.passwordHash.startsWith('scrypt$') && !u.passwordHash.includes('Demo@2026'))).toBe(
      true,
    );
    const sessions = await t.ctx.db.selectFrom('sessions').select('id').execute();
    expect(sessions.some((s) => s.id === token)).toBe(false);
  });

  it('answers a wrong password with a localized 401 and no hint whether the user exists', async () => {
    const ip = freshAddress();
    const wrong = await login('park', 'Wrong@2026', { 'accept-language': 'en-US' }, ip);
    const unknown = await login('nobody', 'Wrong@2026', { 'accept-language': 'en-US' }, ip);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.json()).toMatchObject({ code: 'auth.invalidCredentials', detail: 'Wrong username or password.' });
    expect((await login('park', 'Wrong@2026', {}, ip)).json().detail).toBe('用户名或密码错误。');
  });
});

describe('sessions', () => {
  it('expires after 30 idle minutes and says so', async () => {
    const client = await t.loginAs('taskForceMember');
    t.clock.advance(29 * 60_000);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const expired = await client.get('/api/v1/auth/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('auth.sessionExpired');
  });

  it('never idles out a user who makes a request every 59 seconds, however the minute stamps fall', async () => {
    // last_seen_at is stamped at most once a minute, so it may lag the last request by up to a
    // minute; the idle check used to compare at a finer grain and ended such a session early.
    const client = await t.loginAs('taskForceMember');
    for (let i = 0; i < 5; i++) {
      t.clock.advance(59_000);
      expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
    }
    // The last request was ~59 s after the last stamp; 29.5 quiet minutes later the user is still in.
    t.clock.advance(29.5 * 60_000);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);

    const idle = await t.loginAs('taskForceMember');
    t.clock.advance(59_000);
    expect((await idle.get('/api/v1/auth/me')).statusCode).toBe(200);
    // Truly idle: 30 minutes after the last request (and a stamp's minute) the session is over.
    t.clock.advance(30 * 60_000 + 1000);
    expect((await idle.get('/api/v1/auth/me')).json().code).toBe('auth.sessionExpired');
  });

  it("does not let the app's own polling keep an idle session alive", async () => {
    // The bell polls the unread count every minute; before this header every poll counted as the
    // user's activity and a forgotten tab never idled out.
    const client = await t.loginAs('taskForceMember');
    const poll = () => client.get('/api/v1/notifications/unread-count', { 'x-zonehub-background': '1' });
    for (let minute = 1; minute <= 29; minute += 2) {
      t.clock.advance(2 * 60_000);
      expect((await poll()).statusCode).toBe(200);
    }
    t.clock.advance(2 * 60_000);
    const expired = await poll();
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('auth.sessionExpired');
  });

  it('counts a request the user makes as activity', async () => {
    const client = await t.loginAs('taskForceMember');
    t.clock.advance(20 * 60_000);
    expect((await client.get('/api/v1/notifications/unread-count')).statusCode).toBe(200);
    t.clock.advance(20 * 60_000);
    expect((await client.get('/api/v1/notifications/unread-count', { 'x-zonehub-background': '1' })).statusCode).toBe(
      200,
    );
  });

  it('ends at its absolute lifetime however active it is', async () => {
    const client = await t.loginAs('taskForceMember');
    // A request every 20 minutes keeps it from idling out; the 12-hour lifetime still ends it.
    for (let step = 1; step <= 36; step++) {
      t.clock.advance(20 * 60_000);
      const response = await client.get('/api/v1/auth/me');
      if (step < 36) expect(response.statusCode).toBe(200);
      else expect(response.json().code).toBe('auth.sessionExpired');
    }
  });

  it('refuses forged and malformed cookies with 401', async () => {
    for (const cookie of [
      'zonehub_session=forged',
      `zonehub_session=${'A'.repeat(43)}`,
      'zonehub_session=%%%',
      'garbage',
    ]) {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('auth.unauthenticated');
    }
  });

  it('logs out this session, and logout-all ends every session of the user', async () => {
    const first = await t.loginAs('parkStaff');
    const second = await t.loginAs('parkStaff');
    expect((await first.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await first.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await second.get('/api/v1/auth/me')).statusCode).toBe(200);
    const third = await t.loginAs('parkStaff');
    expect((await third.post('/api/v1/auth/logout-all')).statusCode).toBe(204);
    expect((await second.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await third.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a write without the session’s token and writes nothing', async () => {
    const client = await t.loginAs('zoneAdmin');
    const before = await t.ctx.db
      .selectFrom('orgUnits')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const body = { kind: 'department', code: 'CSRF1', name: '测试部门' };
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/org-units',
      payload: body,
      headers: { cookie: client.cookie ?? '' },
    });
    const wrong = await client.post('/api/v1/admin/org-units', body, { 'x-csrf-token': 'not-the-token' });
    for (const response of [missing, wrong]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('auth.csrfInvalid');
    }
    const after = await t.ctx.db
      .selectFrom('orgUnits')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect((await client.post('/api/v1/admin/org-units', body)).statusCode).toBe(201);
  });
});

describe('forced password change', () => {
  it('lets a new account do nothing but change its password, by the rules', async () => {
    const admin = await t.loginAs('zoneAdmin');
    const created = await admin.post('/api/v1/admin/users', {
      username: 'newstaff',
      displayName: '新同事',
      role: 'leader',
      password: 'Initial#2026',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().mustChangePassword).toBe(true);

    const user = await t.login('newstaff', 'Initial#2026');
    expect((await user.get('/api/v1/auth/me')).json().menu).toEqual([]);
    const blocked = await user.get('/api/v1/home/summary');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('auth.passwordChangeRequired');

    const weak = await user.post('/api/v1/auth/password', { currentPassword: 'Initial#2026', newPassword: 'abcdefgh' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors.map((e: { code: string }) => e.code)).toEqual(['tooFewClasses']);
    const wrongCurrent = await user.post('/api/v1/auth/password', {
      currentPassword: 'nope',
      newPassword: 'Better#2026x',
    });
    expect(wrongCurrent.json().code).toBe('auth.wrongPassword');

    expect(
      (await user.post('/api/v1/auth/password', { currentPassword: 'Initial#2026', newPassword: 'Better#2026x' }))
        .statusCode,
    ).toBe(204);
    expect((await user.get('/api/v1/home/summary')).statusCode).toBe(200);
  });
});

describe('demo accounts', () => {
  it('cannot sign in when the deployment is not in demo mode', async () => {
    t.ctx.config.demo = false;
    try {
      expect((await login('leader', 'Demo@2026', {}, freshAddress())).statusCode).toBe(401);
    } finally {
      t.ctx.config.demo = true;
    }
  });
});

describe('audit of sign-ins', () => {
  it('records logins and failures', async () => {
    const rows = await sql<{ action: string }>`select action from audit_log`.execute(t.ctx.db);
    const actions = new Set(rows.rows.map((r) => r.action));
    expect(actions).toContain('auth.login');
    expect(actions).toContain('auth.loginFailed');
  });
});
