import { describe, expect, it } from 'vitest';
import { coordinateProblem, coordinateSystemOf } from './coordinate-ranges.js';
import { type ParcelGeometry, rectangle } from './geojson.js';

const multi = (...polygons: ParcelGeometry[]): ParcelGeometry => ({
  type: 'MultiPolygon',
  coordinates: polygons.flatMap((p) => (p.type === 'Polygon' ? [p.coordinates] : p.coordinates)),
});

describe('coordinate systems', () => {
  it('reads WGS 84, CGCS2000 and CRS84 as longitude/latitude in every spelling GIS tools write', () => {
    for (const name of [
      'EPSG:4326',
      'epsg:4490',
      'urn:ogc:def:crs:EPSG::4326',
      'urn:ogc:def:crs:EPSG:6.6:4490',
      'urn:ogc:def:crs:OGC:1.3:CRS84',
      'OGC:CRS84',
    ])
      expect(coordinateSystemOf(name), name).toBe('lonLat');
  });

  it('reads anything else, and no crs at all, as a plane in metres', () => {
    for (const name of [undefined, 'EPSG:4527', 'urn:ogc:def:crs:EPSG::2362', 'EPSG:43260', 'local'])
      expect(coordinateSystemOf(name), String(name)).toBe('plane');
  });
});

describe('coordinate ranges', () => {
  it('accepts a parcel in China in longitude/latitude and any sane plane', () => {
    expect(coordinateProblem(rectangle(112.87, 36.12, 0.005, 0.004), 'lonLat')).toBeNull();
    expect(coordinateProblem(rectangle(-500, 0, 1200, 300), 'plane')).toBeNull();
    expect(coordinateProblem(rectangle(38_500_000, 4_000_000, 100, 100), 'plane')).toBeNull();
  });

  it('names the first position out of range by its path in the coordinates, with its values', () => {
    expect(coordinateProblem(rectangle(112.9, 95, 0.01, 0.01), 'lonLat')).toEqual({
      rule: 'lonLatRange',
      path: [0, 0],
      position: [112.9, 95],
    });
    expect(coordinateProblem(rectangle(135.9, 36, 50, 1), 'lonLat')).toMatchObject({
      rule: 'lonLatRange',
      path: [0, 1],
    });
    expect(coordinateProblem(multi(rectangle(112, 36, 1, 1), rectangle(-0.13, 51.5, 0.01, 0.01)), 'lonLat')).toEqual({
      rule: 'outsideChina',
      path: [1, 0, 0],
      position: [-0.13, 51.5],
    });
    expect(coordinateProblem(rectangle(0, -1e9, 1, 1), 'plane')).toMatchObject({ rule: 'planeRange', path: [0, 0] });
  });
});
