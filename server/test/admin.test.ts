import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './helper.js';

let t: TestApp;
let zoneAdmin: Client;
let sysadmin: Client;
beforeAll(async () => {
  t = await createTestApp();
  zoneAdmin = await t.loginAs('zoneAdmin');
  sysadmin = await t.loginAs('systemAdmin');
});
afterAll(async () => t.close());

async function unitId(name: string) {
  return (await t.ctx.db.selectFrom('orgUnits').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

describe('users', () => {
  it('lists the zone’s users with search, role filter and pagination', async () => {
    const all = (await zoneAdmin.get('/api/v1/admin/users?pageSize=2&sort=username')).json();
    expect(all.items).toHaveLength(2);
    // The 7 demo accounts of 长子 (the system admin holds no zone role) and 28 demo task-force staff.
    expect(all.total).toBe(35);
    const parks = (await zoneAdmin.get('/api/v1/admin/users?role=parkStaff')).json();
    expect(parks.items.map((u: { username: string }) => u.username)).toEqual(['park']);
    expect(parks.items[0].parkIds).toHaveLength(1);
    const search = (await zoneAdmin.get(`/api/v1/admin/users?q=${encodeURIComponent('招商')}`)).json();
    expect(search.items.map((u: { username: string }) => u.username)).toEqual(['investment']);
  });

  it('creates a department user in an org unit and edits them', async () => {
    const env = await unitId('环保服务所');
    const created = await zoneAdmin.post('/api/v1/admin/users', {
      username: 'huanbao1',
      displayName: '环保专员',
      role: 'departmentStaff',
      password: 'Green#2026',
      orgUnitIds: [env],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      role: 'departmentStaff',
      orgUnitIds: [env],
      mustChangePassword: true,
      active: true,
    });
    const edited = await zoneAdmin.patch(`/api/v1/admin/users/${created.json().id}`, {
      displayName: '环保科长',
      active: false,
    });
    expect(edited.json()).toMatchObject({ displayName: '环保科长', active: false });
  });

  it('keeps a user’s mobile for administrators only, and refuses a bad number with nothing changed', async () => {
    const created = await zoneAdmin.post('/api/v1/admin/users', {
      username: 'mobile1',
      displayName: '手机用户',
      role: 'departmentStaff',
      password: 'Phone#2026',
      mobile: '13812345678',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json().mobile).toBe('13812345678');
    expect((await zoneAdmin.get(`/api/v1/admin/users/${id}`)).json().mobile).toBe('13812345678');

    const badCreate = await zoneAdmin.post('/api/v1/admin/users', {
      username: 'mobile2',
      displayName: 'x',
      role: 'departmentStaff',
      password: 'Phone#2026',
      mobile: '12812345678',
    });
    expect(badCreate.statusCode).toBe(400);
    expect(badCreate.json().errors).toEqual([
      { field: 'body.mobile', code: 'invalidFormat', message: '手机号须为 11 位中国大陆手机号码' },
    ]);
    const none = await t.ctx.db.selectFrom('users').select('id').where('username', '=', 'mobile2').execute();
    expect(none).toEqual([]);

    const bad = await zoneAdmin.patch(
      `/api/v1/admin/users/${id}`,
      { displayName: '改名', mobile: '1381234567' },
      { 'accept-language': 'en-US' },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { field: 'body.mobile', code: 'invalidFormat', message: 'must be an 11-digit mainland China mobile number' },
    ]);
    expect((await zoneAdmin.get(`/api/v1/admin/users/${id}`)).json()).toMatchObject({
      displayName: '手机用户',
      mobile: '13812345678',
    });

    const changed = await zoneAdmin.patch(`/api/v1/admin/users/${id}`, { mobile: ' 19987654321 ' });
    expect(changed.json().mobile).toBe('19987654321');
    // Leaders read the audit log: the number is masked there.
    const entry = await t.ctx.db
      .selectFrom('auditLog')
      .select('after')
      .where('entityId', '=', id)
      .where('action', '=', 'user.update')
      .executeTakeFirstOrThrow();
    expect(String(entry.after)).toContain('199****4321');
    expect(String(entry.after)).not.toContain('19987654321');

    const cleared = await zoneAdmin.patch(`/api/v1/admin/users/${id}`, { mobile: null });
    expect(cleared.json().mobile).toBeNull();
    const row = await t.ctx.db.selectFrom('users').select('mobile').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.mobile).toBeNull();
  });

  it('refuses a taken username, a weak password, an enterprise user without an enterprise', async () => {
    const taken = await zoneAdmin.post('/api/v1/admin/users', {
      username: 'leader',
      displayName: 'x',
      role: 'leader',
      password: 'Strong#2026',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0].field).toBe('body.username');
    const weak = await zoneAdmin.post('/api/v1/admin/users', {
      username: 'weakling',
      displayName: 'x',
      role: 'leader',
      password: 'short',
    });
    expect(weak.json().errors.map((e: { code: string }) => e.code)).toEqual(['tooShort', 'tooFewClasses']);
    const orphan = await zoneAdmin.post('/api/v1/admin/users', {
      username: 'orphan',
      displayName: 'x',
      role: 'enterpriseUser',
      password: 'Strong#2026',
    });
    expect(orphan.json().errors[0].field).toBe('body.enterpriseId');
  });

  it('lets only a system admin make a system admin', async () => {
    const body = { username: 'root2', displayName: 'x', role: 'systemAdmin', password: 'Strong#2026' };
    expect((await zoneAdmin.post('/api/v1/admin/users', body)).statusCode).toBe(403);
    expect((await sysadmin.post('/api/v1/admin/users', body)).statusCode).toBe(201);
  });

  it('signs a disabled user out at once, and a reset forces a new password', async () => {
    const victim = await t.loginAs('investmentStaff');
    const me = (await victim.get('/api/v1/auth/me')).json();
    expect(
      (await zoneAdmin.post(`/api/v1/admin/users/${me.user.id}/reset-password`, { password: 'Reset#2026x' }))
        .statusCode,
    ).toBe(204);
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(401);
    const again = await t.login('investment', 'Reset#2026x');
    expect((await again.get('/api/v1/auth/me')).json().user.mustChangePassword).toBe(true);
  });

  it('cannot see or edit users of another zone', async () => {
    const qingxu = await t.ctx.db
      .selectFrom('zones')
      .select('id')
      .where('code', '=', 'qingxu')
      .executeTakeFirstOrThrow();
    const leader = await t.loginAs('leader');
    const leaderId = (await leader.get('/api/v1/auth/me')).json().user.id;
    // A user only in 长子 is invisible from 清徐.
    await zoneAdmin.post('/api/v1/auth/zone', { zoneId: qingxu.id });
    const park = await t.ctx.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'park')
      .executeTakeFirstOrThrow();
    expect((await zoneAdmin.get(`/api/v1/admin/users/${park.id}`)).statusCode).toBe(404);
    expect((await zoneAdmin.patch(`/api/v1/admin/users/${park.id}`, { displayName: 'hijack' })).statusCode).toBe(404);
    expect((await zoneAdmin.get(`/api/v1/admin/users/${leaderId}`)).statusCode).toBe(200);
    const changzi = await t.ctx.db
      .selectFrom('zones')
      .select('id')
      .where('code', '=', 'changzi')
      .executeTakeFirstOrThrow();
    await zoneAdmin.post('/api/v1/auth/zone', { zoneId: changzi.id });
  });
});

describe('org units', () => {
  it('lists departments and the 11 task forces of 长子', async () => {
    const units = (await zoneAdmin.get('/api/v1/admin/org-units?pageSize=200')).json().items;
    expect(units.filter((u: { kind: string }) => u.kind === 'taskForce')).toHaveLength(11);
    expect(units.map((u: { name: string }) => u.name)).toEqual(
      expect.arrayContaining(['招商局', '环保服务所', '行政审批服务局']),
    );
  });

  it('refuses to delete a unit that has members', async () => {
    const id = await unitId('招商局');
    expect((await zoneAdmin.delete(`/api/v1/admin/org-units/${id}`)).statusCode).toBe(409);
    const empty = (
      await zoneAdmin.post('/api/v1/admin/org-units', { kind: 'office', code: 'TMP', name: '临时办公室' })
    ).json();
    expect((await zoneAdmin.delete(`/api/v1/admin/org-units/${empty.id}`)).statusCode).toBe(204);
  });
});

describe('zones and parks', () => {
  it('lets a system admin create a zone and a zone admin add a park to theirs', async () => {
    expect((await zoneAdmin.post('/api/v1/admin/zones', { code: 'new', name: '新区' })).statusCode).toBe(403);
    const zone = await sysadmin.post('/api/v1/admin/zones', {
      code: 'gaoping',
      name: '高平经济技术开发区',
      areaKm2: 10.2,
    });
    expect(zone.statusCode).toBe(201);
    expect(
      (await zoneAdmin.post(`/api/v1/admin/zones/${zone.json().id}/parks`, { code: 'p1', name: '一园' })).statusCode,
    ).toBe(404);
    const own = (await zoneAdmin.get('/api/v1/admin/zones')).json().items;
    expect(own).toHaveLength(1);
    const park = await zoneAdmin.post(`/api/v1/admin/zones/${own[0].id}/parks`, {
      code: 'east',
      name: '东部新园',
      sortOrder: 3,
    });
    expect(park.statusCode).toBe(201);
    const duplicate = await zoneAdmin.post(`/api/v1/admin/zones/${own[0].id}/parks`, { code: 'east', name: '重复' });
    expect(duplicate.statusCode).toBe(409);
    expect((await sysadmin.get('/api/v1/admin/zones')).json().items.length).toBe(3);
  });
});

describe('roles', () => {
  it('lists every role with its permissions for administrators', async () => {
    const roles = (await zoneAdmin.get('/api/v1/admin/roles')).json().items;
    expect(roles).toHaveLength(8);
    expect(roles.find((r: { role: string }) => r.role === 'enterpriseUser').permissions).toEqual([
      'home.view',
      'enterprise.view',
      'land.view',
      'project.view',
      'enterprise.keepProfile',
      'enterprise.requestChange',
    ]);
  });
});
