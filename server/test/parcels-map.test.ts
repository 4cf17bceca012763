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

  it('range-checks coordinates: longitude/latitude inside China when the file declares them, else the park plane', async () => {
    const lonLat = (name: string) => ({ type: 'name', properties: { name } });
    const post = (body: unknown) =>
      admin.post(`/api/v1/parks/${parks.north}/parcel-geometry`, body, { 'accept-language': 'en-US' });
    const refused = await post({
      type: 'FeatureCollection',
      crs: lonLat('urn:ogc:def:crs:OGC:1.3:CRS84'),
      features: [
        feature({ code: 'CZ-N-01' }, square(112.9, 36.2, 0.01)),
        feature({ code: 'CZ-N-02' }, { type: 'MultiPolygon', coordinates: [square(36.2, 112.9, 0.01).coordinates] }),
        feature({ code: 'CZ-N-03' }, square(-0.13, 51.5, 0.01)),
        feature({ code: 'CZ-N-04' }, square(1e12, 5, 10)),
      ],
    });
    expect(refused.statusCode).toBe(400);
    const errors = refused.json().errors as { field: string; code: string; message: string }[];
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['body.features.1.geometry.coordinates.0.0.0', 'coordinate.lonLatRange'],
      ['body.features.2.geometry.coordinates.0.0', 'coordinate.outsideChina'],
      ['body.features.3.geometry.coordinates.0.0', 'coordinate.lonLatRange'],
    ]);
    expect(errors[0]?.message).toBe(
      'feature 1 (CZ-N-02): [36.2, 112.9] is not a longitude and latitude (longitude -180 to 180, latitude -90 to 90)',
    );

    const zh = await admin.post(`/api/v1/parks/${parks.north}/parcel-geometry`, {
      type: 'FeatureCollection',
      features: [feature({ code: 'CZ-N-04' }, square(2e8, 0, 10))],
    });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().errors).toEqual([
      {
        field: 'body.features.0.geometry.coordinates.0.0',
        code: 'coordinate.planeRange',
        message: '要素 0（CZ-N-04）：平面坐标 [200000000, 0] 超出范围（绝对值不超过 100000000 米）',
      },
    ]);

    const accepted = await post({
      type: 'FeatureCollection',
      crs: lonLat('EPSG:4490'),
      features: [feature({ code: 'CZ-N-08' }, square(112.87, 36.12, 0.005))],
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    // A projected system (here CGCS2000 / 3-degree Gauss-Kruger zone 38) is a plane in metres.
    const projected = await post({
      type: 'FeatureCollection',
      crs: lonLat('urn:ogc:def:crs:EPSG::2362'),
      features: [feature({ code: 'CZ-N-08' }, square(38_500_000, 4_000_000, 100))],
    });
    expect(projected.statusCode, projected.body).toBe(200);
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
