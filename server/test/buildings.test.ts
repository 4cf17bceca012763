import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './helper.js';

let t: TestApp;
let admin: Client;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('zoneAdmin');
  for (const p of await t.ctx.db.selectFrom('parks').select(['id', 'code']).execute()) ids[p.code] = p.id;
  for (const e of await t.ctx.db.selectFrom('enterprises').select(['id', 'name']).execute()) ids[e.name] = e.id;
});
afterAll(async () => t.close());

const enterpriseId = (name: string) => ids[name];

describe('standard factory buildings', () => {
  it('lists the demo buildings with occupancy per building and per park', async () => {
    const list = (await admin.get('/api/v1/factory-buildings?pageSize=50')).json();
    expect(list.total).toBe(6);
    const zb01 = list.items.find((b: { code: string }) => b.code === 'ZB-01');
    expect(zb01).toMatchObject({ floorAreaM2: 8400, occupiedM2: 3200, parcelCode: 'CZ-C-08' });
    expect(zb01.occupancyRate).toBeCloseTo(3200 / 8400, 4);
    const central = list.parks.find((p: { parkId: string }) => p.parkId === ids.central);
    expect(central).toMatchObject({ buildings: 2, floorAreaM2: 16800, occupiedM2: 8800 });
    const north = list.parks.find((p: { parkId: string }) => p.parkId === ids.north);
    expect(north).toMatchObject({ buildings: 3, occupiedM2: 0, occupancyRate: 0 });
  });

  it('creates a building, refuses a taken code and a parcel of another park', async () => {
    const parcel = await t.ctx.db
      .selectFrom('parcels')
      .select('id')
      .where('code', '=', 'CZ-S-08')
      .executeTakeFirstOrThrow();
    const body = {
      code: 'NB-09',
      name: '测试厂房',
      parkId: ids.south,
      parcelId: parcel.id,
      floorAreaM2: 2000,
      floors: 2,
    };
    const created = await admin.post('/api/v1/factory-buildings', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'NB-09', parcelCode: 'CZ-S-08', occupiedM2: 0 });
    const taken = await admin.post('/api/v1/factory-buildings', body);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().detail).toContain(created.json().id);
    const wrongPark = await admin.post('/api/v1/factory-buildings', { ...body, code: 'NB-10', parkId: ids.north });
    expect(wrongPark.statusCode).toBe(400);
    expect(wrongPark.json().errors[0].field).toBe('body.parcelId');
  });

  it('never lets the occupied area exceed the floor area, naming the free area', async () => {
    const building = (await admin.get('/api/v1/factory-buildings?q=NB-09')).json().items[0];
    const url = `/api/v1/factory-buildings/${building.id}/occupancies`;
    const a = await admin.post(url, {
      enterpriseId: enterpriseId('山西浩诚环保科技有限公司'),
      areaM2: 1500,
      startedOn: '2026-01-01',
    });
    expect(a.statusCode).toBe(201);
    const tooBig = await admin.post(url, {
      enterpriseId: enterpriseId('山西中矿充填科技有限公司'),
      areaM2: 800,
      startedOn: '2026-02-01',
    });
    expect(tooBig.statusCode).toBe(409);
    expect(tooBig.json().code).toBe('building.overOccupied');
    expect(tooBig.json().detail).toContain('500');
    const before = await admin.post(url, {
      enterpriseId: enterpriseId('山西中矿充填科技有限公司'),
      areaM2: 800,
      startedOn: '2025-01-01',
      endedOn: '2026-01-01',
    });
    expect(before.statusCode).toBe(201);
    const ended = await admin.patch(`${url}/${a.json().id}`, { endedOn: '2026-03-01' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().endedOn).toBe('2026-03-01');
    const after = await admin.post(url, {
      enterpriseId: enterpriseId('山西中矿充填科技有限公司'),
      areaM2: 2000,
      startedOn: '2026-03-01',
    });
    expect(after.statusCode).toBe(201);
    const reopen = await admin.patch(`${url}/${a.json().id}`, { endedOn: null });
    expect(reopen.statusCode).toBe(409);
    const backwards = await admin.patch(`${url}/${a.json().id}`, { endedOn: '2025-12-01' });
    expect(backwards.statusCode).toBe(400);
    const shrink = await admin.patch(`/api/v1/factory-buildings/${building.id}`, { floorAreaM2: 1000 });
    expect(shrink.statusCode).toBe(409);
    const detail = (await admin.get(`/api/v1/factory-buildings/${building.id}`)).json();
    expect(detail.occupancies).toHaveLength(3);
    expect(detail.occupancies[0].enterpriseName).toBe('山西中矿充填科技有限公司');
  });

  it('keeps park staff to their park and enterprise users out of the building list', async () => {
    const staff = await t.loginAs('parkStaff');
    const list = (await staff.get('/api/v1/factory-buildings')).json();
    expect(list.items.map((b: { code: string }) => b.code)).toEqual(['ZB-01', 'ZB-02']);
    const dz = (await admin.get('/api/v1/factory-buildings?q=DZ-01')).json().items[0];
    expect((await staff.get(`/api/v1/factory-buildings/${dz.id}`)).statusCode).toBe(404);
    const outside = await staff.post('/api/v1/factory-buildings', {
      code: 'X-1',
      name: 'x',
      parkId: ids.north,
      floorAreaM2: 10,
    });
    expect(outside.statusCode).toBe(403);
    const user = await t.loginAs('enterpriseUser');
    expect((await user.get('/api/v1/factory-buildings')).json().total).toBe(0);
  });
});
