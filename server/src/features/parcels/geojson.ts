/**
 * GeoJSON rules for parcel geometry, pure (no I/O): which shapes a parcel may have, what is wrong
 * with a feature, the bounds of a set of geometries and a planar area. Coordinates are in the park
 * map's own plane (metres from the park's south-west corner for the demo), so no projection here.
 */
export type Position = [number, number];
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Position[][];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}
export type ParcelGeometry = PolygonGeometry | MultiPolygonGeometry;

/** Why a feature is refused; the caller turns these into words in the user's language. */
export type GeometryProblem =
  | 'notFeature'
  | 'noGeometry'
  | 'geometryType'
  | 'ringTooShort'
  | 'ringOpen'
  | 'coordinate'
  | 'noCode';

/** Property names real-world files carry the parcel code under, first match wins. */
export const CODE_PROPERTIES = ['code', '地块编号', '编号', 'parcelCode'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The parcel code a feature names, trimmed, with full-width letters and digits made half-width. */
export function featureCode(feature: unknown): string | null {
  if (!isRecord(feature) || !isRecord(feature.properties)) return null;
  for (const key of CODE_PROPERTIES) {
    const value = feature.properties[key];
    if (typeof value === 'string' || typeof value === 'number') {
      const code = String(value)
        .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .trim();
      if (code !== '') return code;
    }
  }
  return null;
}

function ringProblem(ring: unknown): GeometryProblem | null {
  if (!Array.isArray(ring)) return 'coordinate';
  for (const position of ring) {
    if (!Array.isArray(position) || position.length < 2) return 'coordinate';
    if (!position.slice(0, 2).every((n) => typeof n === 'number' && Number.isFinite(n))) return 'coordinate';
  }
  if (ring.length < 4) return 'ringTooShort';
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return 'ringOpen';
  return null;
}

function polygonProblem(rings: unknown): GeometryProblem | null {
  if (!Array.isArray(rings) || rings.length === 0) return 'coordinate';
  for (const ring of rings) {
    const problem = ringProblem(ring);
    if (problem) return problem;
  }
  return null;
}

/** Every problem of one feature (empty when it is a valid parcel feature). */
export function featureProblems(feature: unknown): GeometryProblem[] {
  if (!isRecord(feature) || feature.type !== 'Feature') return ['notFeature'];
  const problems: GeometryProblem[] = [];
  if (featureCode(feature) === null) problems.push('noCode');
  const geometry = feature.geometry;
  if (!isRecord(geometry)) return [...problems, 'noGeometry'];
  if (geometry.type === 'Polygon') {
    const p = polygonProblem(geometry.coordinates);
    if (p) problems.push(p);
  } else if (geometry.type === 'MultiPolygon') {
    const polygons = geometry.coordinates;
    if (!Array.isArray(polygons) || polygons.length === 0) problems.push('coordinate');
    else {
      const p = polygons.map(polygonProblem).find((x) => x !== null);
      if (p) problems.push(p);
    }
  } else problems.push('geometryType');
  return problems;
}

/** The geometry of a feature already checked by featureProblems, keeping only x and y. */
export function cleanGeometry(geometry: ParcelGeometry): ParcelGeometry {
  const ring = (r: Position[]): Position[] => r.map(([x, y]) => [x, y]);
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(ring) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
}

function outerRings(geometry: ParcelGeometry): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** [minX, minY, maxX, maxY] over all geometries, or null when there are none. */
export function boundsOf(geometries: readonly ParcelGeometry[]): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  for (const g of geometries)
    for (const ring of outerRings(g))
      for (const [x, y] of ring) {
        if (!box) box = [x, y, x, y];
        else box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
      }
  return box;
}

const ringArea = (ring: Position[]): number => {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
};

/** Planar area in the coordinates' unit squared: outer rings minus holes (shoelace). */
export function planarArea(geometry: ParcelGeometry): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let area = 0;
  for (const [outer, ...holes] of polygons) {
    if (!outer) continue;
    area += ringArea(outer) - holes.reduce((s, h) => s + ringArea(h), 0);
  }
  return area;
}

/** An axis-aligned rectangle as a closed Polygon ring (what the demo layout is drawn with). */
export function rectangle(x: number, y: number, width: number, height: number): PolygonGeometry {
  const r = (n: number) => Math.round(n * 100) / 100;
  const [x0, y0, x1, y1] = [r(x), r(y), r(x + width), r(y + height)];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  };
}
