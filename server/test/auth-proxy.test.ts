import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../src/config/config.js';
import { hashPassword } from '../src/features/auth/password-hash.js';
import { createTestApp, type TestApp } from './helper.js';

/**
 * Behind a TLS reverse proxy (ZONEHUB_TRUST_PROXY): the client's address and scheme come from
 * X-Forwarded-For / X-Forwarded-Proto only when the socket is a trusted proxy.
 */
const USERNAME = 'proxied';
const PASSWORD = 'Proxy#2026pass';

async function withUser(config: Partial<Config>): Promise<TestApp> {
  const t = await createTestApp({ demo: false, config });
  const now = t.clock.now().toISOString();
  await t.ctx.db
    .insertInto('users')
    .values({
      id: crypto.randomUUID(),
      username: USERNAME,
      displayName: '代理后的用户',
      passwordHash: await hashPassword(PASSWORD),
      mustChangePassword: 0,
      active: 1,
      systemAdmin: 0,
      enterpriseId: null,
      isDemo: 0,
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  return t;
}

let behindProxy: TestApp;
let oneHop: TestApp;
let direct: TestApp;
beforeAll(async () => {
  behindProxy = await withUser({ trustProxy: ['127.0.0.1', '10.0.0.0/8'] });
  oneHop = await withUser({ trustProxy: 1 });
  direct = await withUser({});
});
afterAll(async () => {
  await behindProxy.close();
  await oneHop.close();
  await direct.close();
});

const login = (t: TestApp, password: string, headers: Record<string, string>, remoteAddress = '127.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: USERNAME, password },
    headers,
    remoteAddress,
  });

const lastAuditIp = async (t: TestApp, action: string) =>
  (
    await t.ctx.db
      .selectFrom('auditLog')
      .select('ip')
      .where('action', '=', action)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow()
  ).ip;

const forwarded = (client: string) => ({ 'x-forwarded-for': client, 'x-forwarded-proto': 'https' });

describe('with ZONEHUB_TRUST_PROXY naming the proxy', () => {
  it('takes the client address and https from the proxy: Secure cookie, audit and session IP', async () => {
    const response = await login(behindProxy, PASSWORD, forwarded('203.0.113.7'));
    expect(response.statusCode).toBe(200);
    expect(response.cookies.find((c) => c.name === 'zonehub_session')?.secure).toBe(true);
    expect(await lastAuditIp(behindProxy, 'auth.login')).toBe('203.0.113.7');
    const session = await behindProxy.ctx.db.selectFrom('sessions').select('ip').executeTakeFirstOrThrow();
    expect(session.ip).toBe('203.0.113.7');
  });

  it('locks the client behind the proxy, not every client of the proxy', async () => {
    for (let i = 0; i < 5; i++) await login(behindProxy, 'Wrong#pass1', forwarded('203.0.113.66'));
    expect(await lastAuditIp(behindProxy, 'auth.loginFailed')).toBe('203.0.113.66');
    expect((await login(behindProxy, PASSWORD, forwarded('203.0.113.66'))).statusCode).toBe(429);
    expect((await login(behindProxy, PASSWORD, forwarded('198.51.100.20'))).statusCode).toBe(200);
  });

  it('ignores the headers from a socket that is not a trusted proxy', async () => {
    const response = await login(behindProxy, PASSWORD, forwarded('203.0.113.99'), '192.0.2.50');
    expect(response.statusCode).toBe(200);
    expect(response.cookies.find((c) => c.name === 'zonehub_session')?.secure).toBeFalsy();
    expect(await lastAuditIp(behindProxy, 'auth.login')).toBe('192.0.2.50');
  });
});

describe('with a hop count', () => {
  it('takes the last forwarded address, whoever connects', async () => {
    const response = await login(oneHop, PASSWORD, forwarded('10.1.1.1, 203.0.113.8'), '192.0.2.77');
    expect(response.cookies.find((c) => c.name === 'zonehub_session')?.secure).toBe(true);
    expect(await lastAuditIp(oneHop, 'auth.login')).toBe('203.0.113.8');
  });
});

describe('without it (the default)', () => {
  it('ignores X-Forwarded-For and X-Forwarded-Proto', async () => {
    const response = await login(direct, PASSWORD, forwarded('203.0.113.7'));
    expect(response.statusCode).toBe(200);
    expect(response.cookies.find((c) => c.name === 'zonehub_session')?.secure).toBeFalsy();
    expect(await lastAuditIp(direct, 'auth.login')).toBe('127.0.0.1');
  });
});
