import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, sql, type TestApp } from './helper.js';

let t: TestApp;
let admin: Client;
const parks: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('zoneAdmin');
  const rows = await t.ctx.db.selectFrom('parks').select(['id', 'code']).execute();
  for (const p of rows) parks[p.code] = p.id;
});
afterAll(async () => t.close());

const square = (x: number, y: number, size: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });

describe('park map', () => {
  it('draws every mapped parcel of the park with its enterprise and industry, and the bounds', async () => {
    const map = (await admin.get(`/api/v1/parks/${parks.central}/map`)).json();
    expect(map.type).toBe('FeatureCollection');
    expect(map.park.name).toBe('中部装备制造与食品加工产业园');
    expect(map.features).toHaveLength(10);
    const c01 = map.features.find((f: { properties: { code: string } }) => f.properties.code === 'CZ-C-01');
    expect(c01.properties).toMatchObject({
      areaMu: 186.5,
      supplyStatus: 'supplied',
      enterpriseName: '山西星萌科技有限公司',
      industryCode: '1321',
      industrySection: 'C',
    });
    expect(c01.geometry.type).toBe('Polygon');
    expect(map.bounds[0]).toBe(0);
    expect(map.bounds[2]).toBeGreaterThan(500);
  });

  it('keeps park staff to their park and enterprise users to their parcels', async () => {
    const staff = await t.loginAs('parkStaff');
    expect((await staff.get(`/api/v1/parks/${parks.south}/map`)).statusCode).toBe(404);
    expect((await staff.get(`/api/v1/parks/${parks.central}/map`)).statusCode).toBe(200);
    const user = await t.loginAs('enterpriseUser');
    const own = (await user.get(`/api/v1/parks/${parks.central}/map`)).json();
    expect(own.features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual(['CZ-C-01']);
    expect((await admin.get(`/api/v1/parks/${parks.chemical}/map`)).statusCode).toBe(404);
  });
});

describe('GeoJSON import', () => {
  it('updates the geometry of the named parcels, accepting the usual code properties', async () => {
    const res = await admin.post(`/api/v1/parks/${parks.north}/parcel-geometry`, {
      type: 'FeatureCollection',
      features: [
        feature({ code: 'CZ-N-01' }, square(0, 0, 100)),
        feature(
          { 地块编号: ' ＣＺ－Ｎ－０２ ' },
          { type: 'MultiPolygon', coordinates: [square(200, 0, 50).coordinates] },
        ),
        feature({ 编号: 'CZ-N-03', name: 'extra properties are fine' }, square(300, 0, 60)),
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ updated: 3, codes: ['CZ-N-01', 'CZ-N-02', 'CZ-N-03'] });
    const map = (await admin.get(`/api/v1/parks/${parks.north}/map`)).json();
    const n01 = map.features.find((f: { properties: { code: string } }) => f.properties.code === 'CZ-N-01');
    expect(n01.geometry).toEqual(square(0, 0, 100));
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'parcel.geometry')
      .execute();
    expect(audit).toHaveLength(3);
  });

  it('reports every bad feature by index and code, in the caller’s language, and writes nothing', async () => {
    const before = await sql<{ geometry: string }>`select geometry from parcels where code = 'CZ-N-05'`.execute(
      t.ctx.db,
    );
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
      ],
    };
    const res = await admin.post(
      `/api/v1/parks/${parks.north}/parcel-geometry`,
      {
        type: 'FeatureCollection',
        features: [
          feature({ code: 'CZ-N-05' }, square(0, 0, 10)),
          feature({ code: 'CZ-N-06' }, open),
          feature({ code: 'CZ-C-01' }, square(0, 0, 10)),
          feature({}, { type: 'Point', coordinates: [1, 2] }),
          feature({ code: 'CZ-N-05' }, square(5, 5, 10)),
          feature({ code: 'CZ-N-07' }, square(0, 0, Number.NaN)),
        ],
      },
      { 'accept-language': 'en-US' },
    );
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { field: string; code: string; message: string }[];
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['body.features.1', 'geometry.ringOpen'],
      ['body.features.2', 'feature.unknownCode'],
      ['body.features.3', 'geometry.noCode'],
      ['body.features.3', 'geometry.geometryType'],
      ['body.features.4', 'feature.duplicateCode'],
      ['body.features.5', 'geometry.coordinate'],
    ]);
    expect(errors[1]?.message).toBe('feature 2 (CZ-C-01): the park has no parcel with code CZ-C-01');
    const zh = await admin.post(`/api/v1/parks/${parks.north}/parcel-geometry`, {
      type: 'FeatureCollection',
      features: [feature({ code: 'CZ-N-06' }, open)],
    });
    expect(zh.json().errors[0].message).toBe('要素 0（CZ-N-06）：多边形的环未闭合（首尾坐标须相同）');
    const after = await sql<{ geometry: string }>`select geometry from parcels where code = 'CZ-N-05'`.execute(
      t.ctx.db,
    );
    expect(after.rows).toEqual(before.rows);
  });

  it('refuses a body that is not a FeatureCollection, and park staff outside their park', async () => {
    const res = await admin.post(`/api/v1/parks/${parks.north}/parcel-geometry`, { type: 'Feature', features: [] });
    expect(res.statusCode).toBe(400);
    const staff = await t.loginAs('parkStaff');
    const other = await staff.post(`/api/v1/parks/${parks.north}/parcel-geometry`, {
      type: 'FeatureCollection',
      features: [feature({ code: 'CZ-N-01' }, square(0, 0, 10))],
    });
    expect(other.statusCode).toBe(404);
  });
});
