import { composeUscc } from '@zonehub/uscc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateEnterprise } from '../src/features/enterprises/enterprise.writer.js';
import { type Client, createTestApp, type TestApp } from './helper.js';

/**
 * Finding 10: two people editing one enterprise. The later save names the version it read; when
 * someone saved in between it gets 409 saying who and when, and overwrites nothing.
 */
let t: TestApp;
let admin: Client;
let investment: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('zoneAdmin');
  investment = await t.loginAs('investmentStaff');
});
afterAll(async () => t.close());

describe('enterprise edits are version-checked', () => {
  it('refuses a save made on a stale copy, naming who changed it, and keeps the first save', async () => {
    const created = await admin.post('/api/v1/enterprises', {
      uscc: composeUscc('91', '140428', 'BANB0001'),
      name: '长子县版本测试有限公司',
      employees: 10,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, version } = created.json();
    expect(version).toBe(1);
    // Both open the record at version 1.
    expect((await investment.get(`/api/v1/enterprises/${id}`)).json().version).toBe(1);

    const first = await admin.patch(`/api/v1/enterprises/${id}`, { version: 1, employees: 50 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ employees: 50, version: 2 });

    const stale = await investment.patch(`/api/v1/enterprises/${id}`, { version: 1, employees: 12, name: '后到' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('enterprise.versionConflict');
    expect(stale.json().detail).toContain('开发区管理员（演示）');
    expect(stale.json().detail).toContain('第 2 版');
    const english = await investment.patch(
      `/api/v1/enterprises/${id}`,
      { version: 1, employees: 12 },
      { 'accept-language': 'en-US' },
    );
    expect(english.json().detail).toContain('now version 2');
    expect((await admin.get(`/api/v1/enterprises/${id}`)).json()).toMatchObject({
      name: '长子县版本测试有限公司',
      employees: 50,
      version: 2,
    });

    // Reloaded, the second save goes through on top of the first.
    const retried = await investment.patch(`/api/v1/enterprises/${id}`, {
      version: 2,
      name: '长子县版本测试二有限公司',
    });
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ name: '长子县版本测试二有限公司', employees: 50, version: 3 });
  });

  it('counts a write by an import as a change: an edit made before it is refused', async () => {
    const one = (await admin.get(`/api/v1/enterprises?q=${encodeURIComponent('康宝')}`)).json().items[0];
    const opened = (await admin.get(`/api/v1/enterprises/${one.id}`)).json().version;
    // The import commit writes through the same writer, without a version of its own.
    await t.ctx.db.transaction().execute((trx) => updateEnterprise(trx, one.id, { employees: 77 }));
    const stale = await admin.patch(`/api/v1/enterprises/${one.id}`, { version: opened, employees: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await admin.get(`/api/v1/enterprises/${one.id}`)).json()).toMatchObject({
      employees: 77,
      version: opened + 1,
    });
  });

  it('requires the version on every edit', async () => {
    const one = (await admin.get('/api/v1/enterprises?pageSize=1')).json().items[0];
    const missing = await admin.patch(`/api/v1/enterprises/${one.id}`, { employees: 1 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.version']);
  });
});
