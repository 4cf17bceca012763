import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helper.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Park = { name: string; enterprises: number; parcels: number; users: number };

describe('home summary reflects the database and the caller’s scope', () => {
  it('gives a leader the whole zone, per park', async () => {
    const leader = await t.loginAs('leader');
    const summary = (await leader.get('/api/v1/home/summary')).json();
    expect(summary.zone).toMatchObject({
      name: '长子经济技术开发区',
      approvedOn: '2022-07-06',
      areaKm2: 7.14,
      isDemo: true,
    });
    expect(summary.parks.map((p: Park) => p.name)).toEqual([
      '中部装备制造与食品加工产业园',
      '南部现代物流与环保产业园',
      '北部宋村新兴产业园区',
    ]);
    const enterprises = await t.ctx.db
      .selectFrom('enterprises')
      .innerJoin('zones', 'zones.id', 'enterprises.zoneId')
      .select('enterprises.id')
      .where('zones.code', '=', 'changzi')
      .execute();
    expect(summary.totals.enterprises).toBe(enterprises.length);
    expect(summary.totals.parcels).toBe(27);
  });

  it('counts the zone’s accounts as 用户管理 lists them, not only park staff and enterprise users (平台用户 2 vs 36)', async () => {
    const admin = await t.loginAs('zoneAdmin');
    const summary = (await admin.get('/api/v1/home/summary')).json();
    const users = (await admin.get('/api/v1/admin/users?pageSize=1')).json();
    expect(summary.totals.users).toBe(users.total);
    expect(summary.usersCounted).toBe('zone');
    const leader = (await (await t.loginAs('leader')).get('/api/v1/home/summary')).json();
    expect(leader.totals.users).toBe(users.total);
  });

  it('counts what is added, live', async () => {
    const leader = await t.loginAs('leader');
    const before = (await leader.get('/api/v1/home/summary')).json();
    const park = await t.ctx.db
      .selectFrom('parks')
      .select(['id', 'zoneId'])
      .where('code', '=', 'north')
      .executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    await t.ctx.db
      .insertInto('enterprises')
      .values({
        id: 'e-live',
        zoneId: park.zoneId,
        parkId: park.id,
        uscc: '91140428MA0LIVE01X',
        name: '实时企业',
        status: 'operating',
        industryCode: null,
        isDemo: 0,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    const after = (await leader.get('/api/v1/home/summary')).json();
    expect(after.totals.enterprises).toBe(before.totals.enterprises + 1);
    await t.ctx.db.deleteFrom('enterprises').where('id', '=', 'e-live').execute();
  });

  it('gives park staff their park only', async () => {
    const park = await t.loginAs('parkStaff');
    const summary = (await park.get('/api/v1/home/summary')).json();
    expect(summary.parks.map((p: Park) => p.name)).toEqual(['中部装备制造与食品加工产业园']);
    expect(summary.usersCounted).toBe('parks');
    expect(summary.totals.users).toBe(summary.parks[0].users);
    const list = (await park.get('/api/v1/enterprises?pageSize=200')).json();
    expect(list.items.length).toBe(summary.parks[0].enterprises);
    expect(list.items.every((e: { parkName: string }) => e.parkName === '中部装备制造与食品加工产业园')).toBe(true);
  });

  it('gives an enterprise user their own enterprise and nothing else', async () => {
    const enterprise = await t.loginAs('enterpriseUser');
    const list = (await enterprise.get('/api/v1/enterprises?pageSize=200')).json();
    expect(list.total).toBe(1);
    expect(list.items[0].name).toBe('山西星萌科技有限公司');
    const summary = (await enterprise.get('/api/v1/home/summary')).json();
    expect(summary.totals).toEqual({ enterprises: 1, parcels: 1, users: 1 });
    expect(summary.usersCounted).toBe('enterprise');
  });

  it('keeps zones apart: switching zone switches the data', async () => {
    const leader = await t.loginAs('leader');
    const me = (await leader.get('/api/v1/auth/me')).json();
    const qingxu = me.zones.find((z: { code: string }) => z.code === 'qingxu');
    const switched = await leader.post('/api/v1/auth/zone', { zoneId: qingxu.id });
    expect(switched.json().zone.name).toBe('清徐经济开发区');
    const list = (await leader.get('/api/v1/enterprises?pageSize=200')).json();
    expect(list.items.map((e: { name: string }) => e.name)).toContain('山西美锦华盛化工新材料有限公司');
    expect(list.items.map((e: { name: string }) => e.name)).not.toContain('山西星萌科技有限公司');
  });

  it('refuses to switch into a zone the user does not belong to', async () => {
    const park = await t.loginAs('parkStaff');
    const qingxu = await t.ctx.db
      .selectFrom('zones')
      .select('id')
      .where('code', '=', 'qingxu')
      .executeTakeFirstOrThrow();
    expect((await park.post('/api/v1/auth/zone', { zoneId: qingxu.id })).statusCode).toBe(403);
  });

  it('searches enterprises by part of the name, with wildcards taken literally', async () => {
    const leader = await t.loginAs('leader');
    const found = (await leader.get(`/api/v1/enterprises?q=${encodeURIComponent('星萌')}`)).json();
    expect(found.items.map((e: { name: string }) => e.name)).toEqual(['山西星萌科技有限公司']);
    expect((await leader.get('/api/v1/enterprises?q=%25')).json().total).toBe(0);
  });
});
