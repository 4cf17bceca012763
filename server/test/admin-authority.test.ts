import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './helper.js';
import { demoParkId, demoUnitId, demoZoneId, FACTORY_PASSWORD, placeUser } from './user-factory.js';

/**
 * Finding 1 (cross-zone account takeover) and finding 4 (memberships edited in one zone wiped in
 * every zone): an administrator acts on a user only when their authority covers every zone the user
 * holds a role in, and a membership edit touches only the zone being edited.
 */
let t: TestApp;
/** Zone admin of 长子 only. */
let changziAdmin: Client;
let sysadmin: Client;
/** Zone admin of 清徐 who also leads in 长子: the account a 长子 admin must not be able to take. */
let qingxuAdminId: string;

beforeAll(async () => {
  t = await createTestApp();
  await placeUser(t.ctx.db, 'cz-admin', [{ zone: 'changzi', role: 'zoneAdmin' }]);
  qingxuAdminId = await placeUser(t.ctx.db, 'qx-admin', [
    { zone: 'qingxu', role: 'zoneAdmin' },
    { zone: 'changzi', role: 'leader' },
  ]);
  changziAdmin = await t.login('cz-admin', FACTORY_PASSWORD);
  sysadmin = await t.loginAs('systemAdmin');
});
afterAll(async () => t.close());

const userRow = (id: string) =>
  t.ctx.db
    .selectFrom('users')
    .select(['displayName', 'active', 'passwordHash', 'mobile', 'systemAdmin', 'enterpriseId'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const zoneRoles = (id: string) =>
  t.ctx.db.selectFrom('userZoneRoles').select(['zoneId', 'role']).where('userId', '=', id).orderBy('zoneId').execute();
const auditCount = async (id: string) =>
  (
    await t.ctx.db
      .selectFrom('auditLog')
      .select('seq')
      .where('entityId', '=', id)
      .where('action', 'like', 'user.%')
      .execute()
  ).length;

describe('an administrator acts on a user only within their authority', () => {
  it('refuses a 长子 admin resetting, renaming, disabling or re-roling the 清徐 admin; nothing changes', async () => {
    const victim = await t.login('qx-admin', FACTORY_PASSWORD);
    const before = { row: await userRow(qingxuAdminId), roles: await zoneRoles(qingxuAdminId) };
    const url = `/api/v1/admin/users/${qingxuAdminId}`;

    const reset = await changziAdmin.post(`${url}/reset-password`, { password: 'Hijack#2026x' });
    expect(reset.statusCode).toBe(403);
    expect(reset.json()).toMatchObject({ code: 'user.outsideAuthority' });
    expect(reset.json().detail).toContain('您不管理的开发区');
    const english = await changziAdmin.post(
      `${url}/reset-password`,
      { password: 'Hijack#2026x' },
      { 'accept-language': 'en-US' },
    );
    expect(english.json().detail).toContain('a zone you do not administer');

    for (const body of [
      { displayName: 'hijacked' },
      { active: false },
      { role: 'investmentStaff' },
      { role: 'zoneAdmin' },
      { mobile: '13812345678' },
      { parkIds: [demoParkId('changzi', 'central')] },
      { orgUnitIds: [demoUnitId('changzi', '招商局')] },
    ]) {
      const response = await changziAdmin.patch(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(403);
      expect(response.json().code).toBe('user.outsideAuthority');
    }

    expect(await userRow(qingxuAdminId)).toEqual(before.row);
    expect(await zoneRoles(qingxuAdminId)).toEqual(before.roles);
    expect(await auditCount(qingxuAdminId)).toBe(0);
    // Still signed in, and the old password still signs in.
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(200);
    const again = await t.login('qx-admin', FACTORY_PASSWORD);
    expect((await again.get('/api/v1/auth/me')).json().user.mustChangePassword).toBe(false);
  });

  it('still lets the 长子 admin read the user, marked as beyond their authority', async () => {
    const one = await changziAdmin.get(`/api/v1/admin/users/${qingxuAdminId}`);
    expect(one.statusCode).toBe(200);
    // Only the 长子 side shows: the role there, no 清徐 parks or units.
    expect(one.json()).toMatchObject({ role: 'leader', manageable: false, parkIds: [], orgUnitIds: [] });
    const list = (await changziAdmin.get('/api/v1/admin/users?pageSize=200')).json();
    const byName = new Map(list.items.map((u: { username: string; manageable: boolean }) => [u.username, u]));
    expect(byName.get('qx-admin')).toMatchObject({ manageable: false });
    // The demo leader leads in 清徐 too; the demo investment officer works only in 长子.
    expect(byName.get('leader')).toMatchObject({ manageable: false });
    expect(byName.get('investment')).toMatchObject({ manageable: true });
  });

  it('refuses acting on a user who also works in another zone, even without admin rights there', async () => {
    const leader = await t.ctx.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'leader')
      .executeTakeFirstOrThrow();
    const refused = await changziAdmin.patch(`/api/v1/admin/users/${leader.id}`, { displayName: '改名' });
    expect(refused.statusCode).toBe(403);
    // The demo zone admin administers both of the leader's zones.
    const zoneAdmin = await t.loginAs('zoneAdmin');
    const renamed = await zoneAdmin.patch(`/api/v1/admin/users/${leader.id}`, { displayName: '王主任' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().manageable).toBe(true);
  });

  it('lets a system admin rename, re-role and reset the 清徐 admin', async () => {
    const url = `/api/v1/admin/users/${qingxuAdminId}`;
    const renamed = await sysadmin.patch(url, { displayName: '清徐管理员', role: 'investmentStaff' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ displayName: '清徐管理员', role: 'investmentStaff', manageable: true });
    expect(await zoneRoles(qingxuAdminId)).toEqual(
      [
        { zoneId: demoZoneId('changzi'), role: 'investmentStaff' },
        { zoneId: demoZoneId('qingxu'), role: 'zoneAdmin' },
      ].sort((a, b) => a.zoneId.localeCompare(b.zoneId)),
    );
    expect((await sysadmin.post(`${url}/reset-password`, { password: 'Reset#2026x' })).statusCode).toBe(204);
    const again = await t.login('qx-admin', 'Reset#2026x');
    expect((await again.get('/api/v1/auth/me')).json().user.mustChangePassword).toBe(true);
  });
});

describe('memberships are edited per zone', () => {
  it('editing a user’s parks and org units in 长子 leaves their 清徐 parks and units intact', async () => {
    const id = await placeUser(t.ctx.db, 'two-parks', [
      { zone: 'changzi', role: 'parkStaff', parks: ['central'], units: ['环保服务所'] },
      { zone: 'qingxu', role: 'parkStaff', parks: ['chemical'], units: ['生态环境分局'] },
    ]);
    const zoneAdmin = await t.loginAs('zoneAdmin');
    const edited = await zoneAdmin.patch(`/api/v1/admin/users/${id}`, {
      parkIds: [demoParkId('changzi', 'south')],
      orgUnitIds: [],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ parkIds: [demoParkId('changzi', 'south')], orgUnitIds: [] });

    const parks = await t.ctx.db.selectFrom('userParks').select('parkId').where('userId', '=', id).execute();
    expect(parks.map((p) => p.parkId).sort()).toEqual(
      [demoParkId('changzi', 'south'), demoParkId('qingxu', 'chemical')].sort(),
    );
    const units = await t.ctx.db.selectFrom('userOrgUnits').select('orgUnitId').where('userId', '=', id).execute();
    expect(units.map((u) => u.orgUnitId)).toEqual([demoUnitId('qingxu', '生态环境分局')]);

    await zoneAdmin.post('/api/v1/auth/zone', { zoneId: demoZoneId('qingxu') });
    expect((await zoneAdmin.get(`/api/v1/admin/users/${id}`)).json()).toMatchObject({
      parkIds: [demoParkId('qingxu', 'chemical')],
      orgUnitIds: [demoUnitId('qingxu', '生态环境分局')],
    });
  });
});
