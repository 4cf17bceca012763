import { describe, expect, it } from 'vitest';
import { boundsOf, featureCode, featureProblems, planarArea, rectangle } from './geojson.js';

const square = rectangle(0, 0, 10, 20);
const feature = (geometry: unknown, properties: Record<string, unknown> = { code: 'CZ-C-01' }) => ({
  type: 'Feature',
  properties,
  geometry,
});

describe('parcel GeoJSON rules', () => {
  it('accepts a closed polygon and a multipolygon', () => {
    expect(featureProblems(feature(square))).toEqual([]);
    expect(featureProblems(feature({ type: 'MultiPolygon', coordinates: [square.coordinates] }))).toEqual([]);
  });

  it('names each problem', () => {
    expect(featureProblems({ type: 'Nope' })).toEqual(['notFeature']);
    expect(featureProblems(feature(null))).toEqual(['noGeometry']);
    expect(featureProblems(feature({ type: 'Point', coordinates: [1, 2] }))).toEqual(['geometryType']);
    const open = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
    expect(featureProblems(feature({ type: 'Polygon', coordinates: [open] }))).toEqual(['ringOpen']);
    expect(featureProblems(feature({ type: 'Polygon', coordinates: [open.slice(0, 3)] }))).toEqual(['ringTooShort']);
    const infinite = [
      [0, 0],
      [1, 0],
      [1, 'x'],
      [0, 0],
    ];
    expect(featureProblems(feature({ type: 'Polygon', coordinates: [infinite] }))).toEqual(['coordinate']);
    expect(featureProblems(feature(square, {}))).toEqual(['noCode']);
  });

  it('reads the code under the names real files use, half-width and trimmed', () => {
    expect(featureCode(feature(square, { 地块编号: ' ＣＺ－Ｃ－０１ ' }))).toBe('CZ-C-01');
    expect(featureCode(feature(square, { 编号: 12 }))).toBe('12');
    expect(featureCode(feature(square, { parcelCode: 'P-1' }))).toBe('P-1');
  });

  it('computes bounds and planar area', () => {
    expect(boundsOf([square, rectangle(-5, 3, 2, 2)])).toEqual([-5, 0, 10, 20]);
    expect(boundsOf([])).toBeNull();
    expect(planarArea(square)).toBe(200);
    const holed = {
      type: 'Polygon' as const,
      coordinates: [...square.coordinates, ...rectangle(1, 1, 2, 2).coordinates],
    };
    expect(planarArea(holed)).toBe(196);
  });
});
