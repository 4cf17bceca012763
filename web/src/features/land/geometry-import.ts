import type { FieldError } from '../../api/problem';

/** Why a chosen file is refused before it is sent (the server checks each feature itself). */
export type GeometryFileProblem = 'notJson' | 'notFeatureCollection' | 'noFeatures';

/** The body of POST /parks/:id/parcel-geometry; `crs` says how to read the coordinates (the server checks it). */
export interface GeometryBody {
  type: 'FeatureCollection';
  crs?: unknown;
  features: unknown[];
}

export type GeometryFile = { ok: true; body: GeometryBody } | { ok: false; problem: GeometryFileProblem };

/**
 * Reads the text of a .geojson / .json file as the body of POST /parks/:id/parcel-geometry, with its
 * coordinate system (`crs`) when the file declares one. Only the envelope is checked here; every
 * feature goes to the server, which reports each bad one by index.
 */
export function readGeometryFile(text: string): GeometryFile {
  let parsed: unknown;
  try {
    // A BOM is common in files saved by Windows GIS tools and is not JSON.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problem: 'notFeatureCollection' };
  }
  const { type, features, crs } = parsed as { type?: unknown; features?: unknown; crs?: unknown };
  if (type !== 'FeatureCollection' || !Array.isArray(features)) return { ok: false, problem: 'notFeatureCollection' };
  if (features.length === 0) return { ok: false, problem: 'noFeatures' };
  return { ok: true, body: { type: 'FeatureCollection', ...(crs === undefined ? {} : { crs }), features } };
}

export interface FeatureProblem {
  /** The feature's index in the file, or null for a problem with the file as a whole. */
  index: number | null;
  message: string;
}

/** The problems the server reported (`body.features.<i>`), in file order, whole-file ones first. */
export function featureProblems(errors: readonly FieldError[]): FeatureProblem[] {
  return errors
    .map((e) => {
      const match = /^body\.features\.(\d+)/.exec(e.field);
      return { index: match ? Number(match[1]) : null, message: e.message };
    })
    .sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
}
