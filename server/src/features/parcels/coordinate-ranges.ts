import type { ParcelGeometry, Position } from './geojson.js';

/**
 * Which ranges a collection's positions must keep, pure (no I/O). A file says how to read its
 * coordinates with the GeoJSON `crs` member that GIS tools (QGIS, GDAL, ArcGIS) write: a geographic
 * system (WGS 84 or CGCS2000, the same to within centimetres at a park's scale) gives longitude and
 * latitude, which must lie in their ranges and, these being Chinese zones, inside China; any other
 * (a projected system such as CGCS2000 Gauss-Krüger) is a plane in metres. A file without `crs`
 * is in the park map's own plane, as the import has always read it (the demo's parcels are metres
 * from each park's south-west corner).
 */
export type CoordinateSystem = 'plane' | 'lonLat';

/** EPSG:4326 (WGS 84), EPSG:4490 (CGCS2000) and OGC CRS84, in the spellings GeoJSON writers use. */
const GEOGRAPHIC =
  /^(?:(?:EPSG|urn:ogc:def:crs:EPSG:[\d.]*):{1,2}(?:4326|4490)|(?:urn:ogc:def:crs:OGC:1\.3:|OGC:)?CRS84)$/i;

export function coordinateSystemOf(crsName: string | undefined): CoordinateSystem {
  return crsName !== undefined && GEOGRAPHIC.test(crsName.trim()) ? 'lonLat' : 'plane';
}

/** China's extent, generous (mainland, Hainan, the South China Sea islands), in degrees. */
export const CHINA_EXTENT = { minLon: 73, maxLon: 136, minLat: 3, maxLat: 54 } as const;
/** A plane coordinate's magnitude: Gauss-Krüger eastings with their zone number reach 45,500,000 m. */
export const PLANE_LIMIT_M = 100_000_000;

export type CoordinateRule = 'lonLatRange' | 'outsideChina' | 'planeRange';

export interface CoordinateProblem {
  rule: CoordinateRule;
  /** Indexes of the position inside `geometry.coordinates` (polygon, ring, position for a MultiPolygon). */
  path: number[];
  position: Position;
}

function ruleBroken([x, y]: Position, system: CoordinateSystem): CoordinateRule | null {
  if (system === 'plane') return Math.abs(x) > PLANE_LIMIT_M || Math.abs(y) > PLANE_LIMIT_M ? 'planeRange' : null;
  if (x < -180 || x > 180 || y < -90 || y > 90) return 'lonLatRange';
  const c = CHINA_EXTENT;
  if (x < c.minLon || x > c.maxLon || y < c.minLat || y > c.maxLat) return 'outsideChina';
  return null;
}

/**
 * The first position of a geometry (already shaped right by featureProblems) that leaves the
 * system's ranges, or null. One per feature: a file in the wrong system would otherwise list
 * every position of every feature.
 */
export function coordinateProblem(geometry: ParcelGeometry, system: CoordinateSystem): CoordinateProblem | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const [p, rings] of polygons.entries())
    for (const [r, ring] of rings.entries())
      for (const [i, position] of ring.entries()) {
        const rule = ruleBroken(position, system);
        if (rule) {
          const path = geometry.type === 'Polygon' ? [r, i] : [p, r, i];
          return { rule, path, position: [position[0], position[1]] };
        }
      }
  return null;
}
