import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { createTestApp, dialect, sql, type TestApp } from './helper.js';

const run = promisify(execFile);
const repoRoot = new URL('../../', import.meta.url).pathname;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('OpenAPI', () => {
  it('documents every /api/v1 route as OpenAPI 3.1', async () => {
    const response = await t.anonymous().get('/api/docs/openapi.json');
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const route of t.app.routeTable) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
    }
    expect(doc.paths['/api/v1/auth/login'].post.requestBody).toBeDefined();
  });

  it('is browsable at /api/docs', async () => {
    const response = await t.anonymous().get('/api/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });
});

describe('migrations', () => {
  it('are all applied once; running again applies none', async () => {
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(t.ctx.db);
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS).sort());
    expect(await migrateToLatest(t.ctx.db)).toEqual([]);
  });

  it('are named by timestamp, in order', () => {
    const names = Object.keys(MIGRATIONS);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{8}T\d{4}_[a-z0-9_]+$/);
  });
});

describe.runIf(dialect === 'sqlite')('the zonehub command', () => {
  const zonehub = (args: string[], env: Record<string, string>) =>
    run(process.execPath, ['--import', 'tsx', 'server/src/main.ts', ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
    });

  it('migrates, then verifies the audit log, then catches tampering', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zonehub-cli-'));
    const migrated = await zonehub(['migrate'], { ZONEHUB_DATA_DIR: dir });
    expect(migrated.stdout).toContain(`applied ${Object.keys(MIGRATIONS).length} migration(s)`);
    expect((await zonehub(['migrate'], { ZONEHUB_DATA_DIR: dir })).stdout).toContain('database is up to date');

    const handle = openDatabase({ kind: 'sqlite', file: join(dir, 'zonehub.db') });
    await sql`insert into audit_log (seq, occurred_at, action, entity_type, prev_hash, hash) values (1, '2026-01-01T00:00:00Z', 'x', 'y', ${'0'.repeat(64)}, 'forged')`.execute(
      handle.db,
    );
    await sql`update audit_head set seq = 1, hash = 'forged'`.execute(handle.db);
    await handle.destroy();
    const verify = zonehub(['audit', 'verify'], { ZONEHUB_DATA_DIR: dir });
    await expect(verify).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('AUDIT LOG TAMPERED: entry 1 was altered'),
    });
    const clean = mkdtempSync(join(tmpdir(), 'zonehub-cli-'));
    await zonehub(['migrate'], { ZONEHUB_DATA_DIR: clean });
    expect((await zonehub(['audit', 'verify'], { ZONEHUB_DATA_DIR: clean })).stdout).toContain(
      'audit log intact: 0 entries',
    );
  }, 30_000);

  it('stops on bad configuration with one line naming the variable', async () => {
    const failed = zonehub(['migrate'], { ZONEHUB_DATA_DIR: mkdtempSync(join(tmpdir(), 'zonehub-cli-')), PORT: 'abc' });
    await expect(failed).rejects.toMatchObject({
      code: 1,
      stderr: 'zonehub: invalid configuration: PORT: must be a whole number, got "abc"\n',
    });
  }, 30_000);
});

describe.runIf(dialect === 'postgres')('PostgreSQL number parsing', () => {
  it('parses int8 and numeric into numbers, and refuses an int8 a number cannot hold', async () => {
    const row = await sql<{
      big: number;
      money: number;
      n: number;
    }>`select 12345678901::int8 as big, 1234567.89::numeric as money, count(*) as n from zones`.execute(t.ctx.db);
    expect(row.rows[0]).toEqual({ big: 12345678901, money: 1234567.89, n: 2 });
    await expect(sql`select 9007199254740993::int8 as x`.execute(t.ctx.db)).rejects.toThrow(/safe integer/);
  });
});

describe.runIf(dialect === 'sqlite')('SQLite settings', () => {
  it('enforces foreign keys', async () => {
    await expect(
      sql`insert into parks (id, zone_id, code, name, sort_order, is_demo, created_at, updated_at) values ('p', 'no-such-zone', 'c', 'n', 0, 0, 'x', 'x')`.execute(
        t.ctx.db,
      ),
    ).rejects.toThrow(/FOREIGN KEY/);
  });
});
