import { describe, expect, it } from 'vitest';
import { featureProblems, readGeometryFile } from './geometry-import';

describe('readGeometryFile', () => {
  it('takes a FeatureCollection as the body, BOM and all', () => {
    const text = '\uFEFF{"type":"FeatureCollection","features":[{"type":"Feature"}],"name":"x"}';
    expect(readGeometryFile(text)).toEqual({
      ok: true,
      body: { type: 'FeatureCollection', features: [{ type: 'Feature' }] },
    });
  });

  it('keeps the coordinate system the file declares', () => {
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } };
    const text = JSON.stringify({ type: 'FeatureCollection', crs, features: [{ type: 'Feature' }] });
    expect(readGeometryFile(text)).toEqual({
      ok: true,
      body: { type: 'FeatureCollection', crs, features: [{ type: 'Feature' }] },
    });
  });

  it('refuses text that is not JSON', () => {
    expect(readGeometryFile('PK\u0003\u0004')).toEqual({ ok: false, problem: 'notJson' });
  });

  it('refuses JSON that is not a FeatureCollection', () => {
    expect(readGeometryFile('[1,2]')).toEqual({ ok: false, problem: 'notFeatureCollection' });
    expect(readGeometryFile('{"type":"Feature","geometry":null}')).toEqual({
      ok: false,
      problem: 'notFeatureCollection',
    });
    expect(readGeometryFile('{"type":"FeatureCollection","features":{}}')).toEqual({
      ok: false,
      problem: 'notFeatureCollection',
    });
  });

  it('refuses an empty collection', () => {
    expect(readGeometryFile('{"type":"FeatureCollection","features":[]}')).toEqual({
      ok: false,
      problem: 'noFeatures',
    });
  });
});

describe('featureProblems', () => {
  it('lists every problem by feature index, in file order', () => {
    const errors = [
      { field: 'body.features.10', code: 'x', message: '要素 10：坐标须为有限数值' },
      { field: 'body.features.2', code: 'x', message: '要素 2：环未闭合' },
      { field: 'body.features.2', code: 'y', message: '要素 2：没有该地块' },
      { field: 'body', code: 'z', message: '文件太大' },
    ];
    expect(featureProblems(errors)).toEqual([
      { index: null, message: '文件太大' },
      { index: 2, message: '要素 2：环未闭合' },
      { index: 2, message: '要素 2：没有该地块' },
      { index: 10, message: '要素 10：坐标须为有限数值' },
    ]);
  });
});
