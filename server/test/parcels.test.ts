import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './helper.js';

let t: TestApp;
let admin: Client;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('zoneAdmin');
  const parks = await t.ctx.db
    .selectFrom('parks')
    .innerJoin('zones', 'zones.id', 'parks.zoneId')
    .select(['parks.id', 'parks.code', 'zones.code as zone'])
    .execute();
  for (const p of parks) ids[`${p.zone}/${p.code}`] = p.id;
  const xingmeng = await t.ctx.db
    .selectFrom('enterprises')
    .select('id')
    .where('name', '=', '山西星萌科技有限公司')
    .executeTakeFirstOrThrow();
  ids.xingmeng = xingmeng.id;
  const meijin = await t.ctx.db
    .selectFrom('enterprises')
    .select('id')
    .where('name', '=', '山西美锦华盛化工新材料有限公司')
    .executeTakeFirstOrThrow();
  ids.meijin = meijin.id;
});
afterAll(async () => t.close());

const newParcel = (overrides: Record<string, unknown> = {}) => ({
  code: 'T-01',
  parkId: ids['changzi/central'],
  areaMu: 30,
  landUse: '工业用地',
  supplyStatus: 'unsupplied',
  ...overrides,
});

describe('parcels: create, read, edit, delete', () => {
  it('stores both areas from mu, and from m²', async () => {
    const created = await admin.post('/api/v1/parcels', newParcel());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      code: 'T-01',
      areaMu: 30,
      areaM2: 20000.1,
      standardLand: false,
      parkName: '中部装备制造与食品加工产业园',
    });
    const fromM2 = await admin.post('/api/v1/parcels', newParcel({ code: 'T-02', areaMu: undefined, areaM2: 6666.7 }));
    expect(fromM2.statusCode).toBe(201);
    expect(fromM2.json()).toMatchObject({ areaMu: 10, areaM2: 6666.7 });
    const both = await admin.post('/api/v1/parcels', newParcel({ code: 'T-03', areaM2: 100 }));
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0]).toMatchObject({ field: 'body.areaMu', code: 'area.exactlyOne' });
    const neither = await admin.post('/api/v1/parcels', newParcel({ code: 'T-03', areaMu: undefined }), {
      'accept-language': 'en-US',
    });
    expect(neither.json().errors[0].message).toContain('exactly one area');
  });

  it('lists with filters, sort and pagination', async () => {
    const list = (
      await admin.get(`/api/v1/parcels?parkId=${ids['changzi/central']}&sort=areaMu&order=desc&pageSize=3`)
    ).json();
    expect(list.total).toBe(12);
    expect(list.items).toHaveLength(3);
    expect(list.items[0].code).toBe('CZ-C-01');
    const q = (await admin.get('/api/v1/parcels?q=T-0')).json();
    expect(q.items.map((p: { code: string }) => p.code)).toEqual(['T-01', 'T-02']);
    const reserved = (await admin.get('/api/v1/parcels?supplyStatus=reserved&pageSize=100')).json();
    expect(reserved.items.every((p: { supplyStatus: string }) => p.supplyStatus === 'reserved')).toBe(true);
    const standard = (await admin.get('/api/v1/parcels?standardLand=yes')).json();
    expect(standard.items.map((p: { code: string }) => p.code)).toEqual(['CZ-C-06', 'CZ-N-04', 'CZ-S-07']);
    const mine = (await admin.get(`/api/v1/parcels?enterpriseId=${ids.xingmeng}`)).json();
    expect(mine.items.map((p: { code: string }) => p.code)).toEqual(['CZ-C-01']);
  });

  it('edits area and enterprise, records the audit entry, and deletes', async () => {
    const id = (await admin.get('/api/v1/parcels?q=T-01')).json().items[0].id;
    const edited = await admin.patch(`/api/v1/parcels/${id}`, {
      areaM2: 13333.4,
      enterpriseId: ids.xingmeng,
      supplyStatus: 'supplied',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ areaMu: 20, areaM2: 13333.4, enterpriseName: '山西星萌科技有限公司' });
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select(['action', 'before', 'after'])
      .where('entityId', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['parcel.create', 'parcel.update']);
    expect(JSON.parse(audit[1]?.before ?? '{}').areaMu).toBe(30);
    expect((await admin.delete(`/api/v1/parcels/${id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/parcels/${id}`)).statusCode).toBe(404);
  });

  it('refuses a taken code with 409 pointing at the existing parcel', async () => {
    const existing = (await admin.get('/api/v1/parcels?q=CZ-C-01')).json().items[0];
    const taken = await admin.post('/api/v1/parcels', newParcel({ code: 'CZ-C-01' }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'parcel.codeTaken' });
    expect(taken.json().detail).toContain(existing.id);
    const other = (await admin.get('/api/v1/parcels?q=CZ-C-02')).json().items[0];
    expect((await admin.patch(`/api/v1/parcels/${other.id}`, { code: 'CZ-C-01' })).statusCode).toBe(409);
  });

  it('refuses a park or enterprise of another zone', async () => {
    const res = await admin.post(
      '/api/v1/parcels',
      newParcel({ code: 'T-09', parkId: ids['qingxu/chemical'], enterpriseId: ids.meijin }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.parkId', 'body.enterpriseId']);
  });

  it('refuses to delete a parcel a factory building stands on', async () => {
    const n04 = (await admin.get('/api/v1/parcels?q=CZ-N-04')).json().items[0];
    const res = await admin.delete(`/api/v1/parcels/${n04.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('parcel.hasBuildings');
  });
});

describe('standard land', () => {
  it('puts, reads, replaces and deletes the indicators', async () => {
    const parcel = (await admin.get('/api/v1/parcels?q=CZ-C-05')).json().items[0];
    const body = {
      investmentIntensityYuanPerMu: 3_000_000,
      plotRatio: 1.2,
      taxPerMuYuan: 150_000,
      addedValuePerTceYuan: 20_000,
      addedValuePerEmissionYuan: 5_000_000,
      agreedOn: '2026-05-20',
    };
    const put = await admin.put(`/api/v1/parcels/${parcel.id}/standard-land`, body);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject(body);
    const detail = (await admin.get(`/api/v1/parcels/${parcel.id}`)).json();
    expect(detail.standardLand).toBe(true);
    expect(detail.standardLandIndicators).toMatchObject(body);
    expect(detail.geometry.type).toBe('Polygon');
    const again = await admin.put(`/api/v1/parcels/${parcel.id}/standard-land`, { ...body, plotRatio: 1.5 });
    expect(again.json().plotRatio).toBe(1.5);
    const bad = await admin.put(`/api/v1/parcels/${parcel.id}/standard-land`, { ...body, agreedOn: '20.5.2026' });
    expect(bad.statusCode).toBe(400);
    expect((await admin.delete(`/api/v1/parcels/${parcel.id}/standard-land`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/parcels/${parcel.id}`)).json().standardLandIndicators).toBeNull();
    expect((await admin.delete(`/api/v1/parcels/${parcel.id}/standard-land`)).statusCode).toBe(404);
  });
});

describe('parcel scope', () => {
  it('park staff see and write only their park', async () => {
    const staff = await t.loginAs('parkStaff');
    const list = (await staff.get('/api/v1/parcels?pageSize=200')).json();
    const central = (await admin.get(`/api/v1/parcels?parkId=${ids['changzi/central']}`)).json();
    expect(list.total).toBe(central.total);
    expect(list.items.every((p: { parkId: string }) => p.parkId === ids['changzi/central'])).toBe(true);
    const south = (await admin.get('/api/v1/parcels?q=CZ-S-01')).json().items[0];
    expect((await staff.get(`/api/v1/parcels/${south.id}`)).statusCode).toBe(404);
    expect((await staff.patch(`/api/v1/parcels/${south.id}`, { landUse: 'x' })).statusCode).toBe(404);
    const elsewhere = await staff.post('/api/v1/parcels', newParcel({ code: 'T-20', parkId: ids['changzi/south'] }));
    expect(elsewhere.statusCode).toBe(403);
    const own = await staff.post('/api/v1/parcels', newParcel({ code: 'T-21' }));
    expect(own.statusCode).toBe(201);
    const move = await staff.patch(`/api/v1/parcels/${own.json().id}`, { parkId: ids['changzi/south'] });
    expect(move.statusCode).toBe(403);
  });

  it('an enterprise user sees only their own parcels and land, and cannot write', async () => {
    const user = await t.loginAs('enterpriseUser');
    const list = (await user.get('/api/v1/parcels?pageSize=200')).json();
    expect(list.items.map((p: { code: string }) => p.code)).toEqual(['CZ-C-01']);
    const land = await user.get(`/api/v1/enterprises/${ids.xingmeng}/land`);
    expect(land.statusCode).toBe(200);
    expect(land.json().parcels.map((p: { code: string }) => p.code)).toEqual(['CZ-C-01']);
    const other = (await admin.get('/api/v1/parcels?q=CZ-C-02')).json().items[0];
    expect((await user.get(`/api/v1/enterprises/${other.enterpriseId}/land`)).statusCode).toBe(404);
    expect((await user.post('/api/v1/parcels', newParcel({ code: 'T-30' }))).statusCode).toBe(403);
  });

  it('gives the profile tab parcels and occupancies', async () => {
    const haorun = (await admin.get('/api/v1/parcels?q=CZ-C-07')).json().items[0];
    const land = (await admin.get(`/api/v1/enterprises/${haorun.enterpriseId}/land`)).json();
    expect(land.parcels.map((p: { code: string }) => p.code)).toEqual(['CZ-C-07']);
    expect(land.occupancies).toMatchObject([{ buildingCode: 'ZB-01', areaM2: 3200, endedOn: null }]);
  });
});
