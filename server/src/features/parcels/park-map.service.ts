import type { Db } from '../../db/database.js';
import type { AppContext, Caller, Scope } from '../../http/context.js';
import { AppError, type FieldError, notFound } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';
import { recordChange } from '../audit/audit.service.js';
import { type CoordinateSystem, coordinateProblem, PLANE_LIMIT_M } from './coordinate-ranges.js';
import { boundsOf, cleanGeometry, featureCode, featureProblems, type ParcelGeometry } from './geojson.js';
import { landFieldError } from './land-messages.js';
import * as repo from './parcel.repository.js';
import { parseGeometry } from './parcel.schema.js';
import { assertMayWriteInPark } from './parcel.service.js';

/** The park, if it is in the caller's zone and (for park staff) one of their parks. */
async function parkInScope(db: Db, scope: Scope, parkId: string) {
  const park = await repo.findParkInZone(db, scope.zoneId, parkId);
  if (!park || (scope.parkIds !== null && !scope.parkIds.includes(parkId))) throw notFound('park');
  return park;
}

export async function parkMap(db: Db, scope: Scope, parkId: string) {
  const park = await parkInScope(db, scope, parkId);
  const rows = await repo.mappedParcels(db, scope, parkId);
  const features = rows.map((r) => ({
    type: 'Feature' as const,
    id: r.id,
    properties: {
      id: r.id,
      code: r.code,
      areaMu: Number(r.areaMu),
      supplyStatus: r.supplyStatus,
      landUse: r.landUse,
      enterpriseId: r.enterpriseId,
      enterpriseName: r.enterpriseName,
      industryCode: r.industryCode,
      industrySection: r.industrySection,
    },
    geometry: parseGeometry(r.geometry) as ParcelGeometry,
  }));
  return {
    type: 'FeatureCollection' as const,
    park: { id: park.id, code: park.code, name: park.name },
    bounds: boundsOf(features.map((f) => f.geometry)),
    features,
  };
}

/**
 * Sets the geometry of the park's parcels from a FeatureCollection. Every feature is checked first
 * (shape, then its coordinates against the collection's system, see coordinate-ranges.ts) and every
 * problem reported (by index and code); nothing is written unless all are valid.
 */
export async function importGeometry(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  parkId: string,
  features: readonly unknown[],
  system: CoordinateSystem,
  locale: Locale,
): Promise<{ updated: number; codes: string[] }> {
  await parkInScope(trx, caller.scope, parkId);
  assertMayWriteInPark(caller.scope, parkId);
  const parcels = await repo.parcelIdsByCodeInPark(trx, parkId);
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const valid: { code: string; geometry: ParcelGeometry }[] = [];
  features.forEach((feature, index) => {
    const code = featureCode(feature);
    const field = `body.features.${index}`;
    const prefix =
      locale === 'en-US'
        ? `feature ${index}${code ? ` (${code})` : ''}: `
        : `要素 ${index}${code ? `（${code}）` : ''}：`;
    const problems = featureProblems(feature);
    for (const p of problems) errors.push(landFieldError(locale, field, `geometry.${p}`, {}, prefix));
    const outOfRange =
      problems.length === 0 ? coordinateProblem((feature as { geometry: ParcelGeometry }).geometry, system) : null;
    if (outOfRange) {
      const [x, y] = outOfRange.position;
      const at = `${field}.geometry.coordinates.${outOfRange.path.join('.')}`;
      errors.push(landFieldError(locale, at, `coordinate.${outOfRange.rule}`, { x, y, limit: PLANE_LIMIT_M }, prefix));
    }
    if (code !== null) {
      const other = seen.get(code);
      if (other !== undefined)
        errors.push(landFieldError(locale, field, 'feature.duplicateCode', { code, other }, prefix));
      else seen.set(code, index);
      if (!parcels.has(code)) errors.push(landFieldError(locale, field, 'feature.unknownCode', { code }, prefix));
    }
    if (problems.length === 0 && !outOfRange && code !== null)
      valid.push({ code, geometry: (feature as { geometry: ParcelGeometry }).geometry });
  });
  if (errors.length > 0) throw new AppError('validation.failed', { count: errors.length }, errors);
  const now = ctx.clock.now().toISOString();
  for (const { code, geometry } of valid) {
    const parcel = parcels.get(code);
    if (!parcel) continue;
    const clean = cleanGeometry(geometry);
    await repo.updateParcel(trx, parcel.id, { geometry: JSON.stringify(clean), updatedAt: now });
    await recordChange(trx, ctx, caller.principal, {
      action: 'parcel.geometry',
      entityType: 'parcel',
      entityId: parcel.id,
      zoneId: caller.scope.zoneId,
      before: { code, geometry: parseGeometry(parcel.geometry) },
      after: { code, geometry: clean },
    });
  }
  return { updated: valid.length, codes: valid.map((v) => v.code) };
}
