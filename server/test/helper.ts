import { randomBytes } from 'node:crypto';
import type { Role } from '@zonehub/access';
import { DEMO_USERNAME_BY_ROLE } from '@zonehub/access';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import type { Config } from '../src/config/config.js';
import { type DatabaseHandle, openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { DEMO_PASSWORD, seedDemo } from '../src/demo/seed.js';
import { type App, buildApp } from '../src/http/app.js';
import type { AppContext, Clock } from '../src/http/context.js';

/**
 * Boots the real app in-process on a fresh database: an in-memory SQLite file, or (project
 * api-postgres) a new schema in the database ZONEHUB_TEST_DATABASE_URL names, dropped afterwards.
 */
export const dialect = process.env.ZONEHUB_TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

export class TestClock implements Clock {
  private current: number;
  constructor(start = Date.now()) {
    this.current = start;
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

export interface TestApp {
  app: App;
  ctx: AppContext;
  clock: TestClock;
  close(): Promise<void>;
  /** Signs in (demo password unless given) and returns a client carrying the cookie and CSRF token. */
  login(username: string, password?: string): Promise<Client>;
  /** The same, for the demo account of a role. */
  loginAs(role: Role): Promise<Client>;
  anonymous(): Client;
}

export interface Client {
  cookie: string | null;
  csrfToken: string | null;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

function testConfig(overrides: Partial<Config>): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    database: { kind: 'sqlite', file: ':memory:' },
    sessionSecret: randomBytes(32).toString('hex'),
    auditKey: randomBytes(32).toString('hex'),
    demo: true,
    roles: ['web'],
    sessionIdleMinutes: 30,
    sessionMaxHours: 12,
    logLevel: 'silent',
    webDist: '/nonexistent',
    trustProxy: false,
    importChunkRows: 200,
    importMaxRows: 50_000,
    ...overrides,
  };
}

export async function openTestDatabase(sqliteFile: string): Promise<{ handle: DatabaseHandle; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const handle = openDatabase({ kind: 'sqlite', file: sqliteFile });
    return { handle, drop: async () => {} };
  }
  const url = process.env.ZONEHUB_TEST_DATABASE_URL;
  if (!url) throw new Error('ZONEHUB_TEST_DATABASE_URL is not set');
  const schema = `zh_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = openDatabase({ kind: 'postgres', url }, { searchPath: schema, poolSize: 4 });
  return {
    handle,
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

export async function createTestApp(
  options: {
    demo?: boolean;
    config?: Partial<Config>;
    /** SQLite only: a database file instead of memory (a file has a second, read connection). */
    sqliteFile?: string;
  } = {},
): Promise<TestApp> {
  const sqliteFile = options.sqliteFile ?? ':memory:';
  const { handle, drop } = await openTestDatabase(sqliteFile);
  await migrateToLatest(handle.db);
  const clock = new TestClock();
  const database: Config['database'] =
    dialect === 'sqlite'
      ? { kind: 'sqlite', file: sqliteFile }
      : { kind: 'postgres', url: process.env.ZONEHUB_TEST_DATABASE_URL ?? '' };
  const config = testConfig({ ...options.config, database });
  const ctx: AppContext = { db: handle.db, readDb: handle.readDb, dialect: handle.dialect, config, clock };
  if (options.demo ?? true) await seedDemo(handle.db, clock.now());
  const app = await buildApp(ctx, false);
  await app.ready();

  const client = (cookie: string | null, csrfToken: string | null): Client => {
    const send = (
      method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
      url: string,
      body?: unknown,
      extra: Record<string, string> = {},
    ) =>
      app.inject({
        method,
        url,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(csrfToken && method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
          ...extra,
        },
        ...(body !== undefined ? { payload: body as object } : {}),
      });
    return {
      cookie,
      csrfToken,
      get: (url, headers) => send('GET', url, undefined, headers),
      post: (url, body, headers) => send('POST', url, body, headers),
      patch: (url, body, headers) => send('PATCH', url, body, headers),
      put: (url, body, headers) => send('PUT', url, body, headers),
      delete: (url, headers) => send('DELETE', url, undefined, headers),
    };
  };

  const login = async (username: string, password = DEMO_PASSWORD): Promise<Client> => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.body}`);
    const setCookie = response.cookies.find((c) => c.name === 'zonehub_session');
    if (!setCookie) throw new Error('no session cookie');
    return client(`zonehub_session=${setCookie.value}`, response.json<{ csrfToken: string }>().csrfToken);
  };

  return {
    app,
    ctx,
    clock,
    anonymous: () => client(null, null),
    login,
    loginAs: (role) => login(DEMO_USERNAME_BY_ROLE[role]),
    async close() {
      await app.close();
      await handle.destroy();
      await drop();
    },
  };
}

/** Raw SQL for tests that must look under the API (tamper tests, "nothing written" checks). */
export { sql };
