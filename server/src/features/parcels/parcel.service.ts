import type { Db } from '../../db/database.js';
import type { AppContext, Caller, Scope } from '../../http/context.js';
import { AppError, type FieldError, forbidden, notFound } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';
import { recordChange } from '../audit/audit.service.js';
import { landFieldError } from './land-messages.js';
import * as repo from './parcel.repository.js';
import {
  type CreateParcelInput,
  type ParcelDetailView,
  type ParcelView,
  type StandardLandInput,
  type StandardLandView,
  toParcelDetailView,
  toParcelView,
  toStandardLandView,
  type UpdateParcelInput,
} from './parcel.schema.js';
import { M2_PER_MU } from './parcel.table.js';

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Both areas from whichever the client sent: 1 亩 = 666.67 m². */
export function bothAreas(input: { areaMu?: number | undefined; areaM2?: number | undefined }) {
  if (input.areaMu !== undefined) return { areaMu: input.areaMu, areaM2: round(input.areaMu * M2_PER_MU, 2) };
  if (input.areaM2 !== undefined) return { areaMu: round(input.areaM2 / M2_PER_MU, 4), areaM2: input.areaM2 };
  return {};
}

const invalid = (errors: FieldError[]) => new AppError('validation.failed', { count: errors.length }, errors);

/** Park staff write only in their own parks (reads are already narrowed by the scope). */
export function assertMayWriteInPark(scope: Scope, parkId: string): void {
  if (scope.parkIds !== null && !scope.parkIds.includes(parkId)) throw forbidden();
}

async function checkLinks(
  trx: Db,
  caller: Caller,
  locale: Locale,
  links: { parkId?: string | undefined; enterpriseId?: string | null | undefined },
): Promise<void> {
  const errors: FieldError[] = [];
  const { zoneId } = caller.scope;
  if (links.parkId !== undefined && !(await repo.findParkInZone(trx, zoneId, links.parkId)))
    errors.push(landFieldError(locale, 'body.parkId', 'park.notInZone'));
  if (links.enterpriseId && !(await repo.enterpriseInZone(trx, zoneId, links.enterpriseId)))
    errors.push(landFieldError(locale, 'body.enterpriseId', 'enterprise.notInZone'));
  if (errors.length > 0) throw invalid(errors);
  if (links.parkId !== undefined) assertMayWriteInPark(caller.scope, links.parkId);
}

async function checkCodeFree(trx: Db, zoneId: string, code: string, selfId?: string): Promise<void> {
  const existingId = await repo.parcelIdByCode(trx, zoneId, code);
  if (existingId && existingId !== selfId) throw new AppError('parcel.codeTaken', { code, existingId });
}

export async function parcelInScope(trx: Db, scope: Scope, id: string) {
  const row = await repo.findParcel(trx, scope, id);
  if (!row) throw notFound('parcel');
  return row;
}

export async function getParcel(db: Db, scope: Scope, id: string): Promise<ParcelDetailView> {
  const row = await parcelInScope(db, scope, id);
  return toParcelDetailView(row, await repo.findIndicators(db, id));
}

export async function createParcel(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  input: CreateParcelInput,
  locale: Locale,
): Promise<ParcelDetailView> {
  if ((input.areaMu === undefined) === (input.areaM2 === undefined))
    throw invalid([landFieldError(locale, 'body.areaMu', 'area.exactlyOne')]);
  await checkLinks(trx, caller, locale, input);
  const { zoneId } = caller.scope;
  await checkCodeFree(trx, zoneId, input.code);
  const now = ctx.clock.now().toISOString();
  const id = crypto.randomUUID();
  const { areaMu, areaM2 } = bothAreas(input) as { areaMu: number; areaM2: number };
  await repo.insertParcel(trx, {
    id,
    zoneId,
    parkId: input.parkId,
    code: input.code,
    areaMu,
    areaM2,
    landUse: input.landUse ?? null,
    supplyStatus: input.supplyStatus,
    enterpriseId: input.enterpriseId ?? null,
    geometry: null,
    isDemo: 0,
    createdAt: now,
    updatedAt: now,
  });
  const after = await getParcel(trx, caller.scope, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'parcel.create',
    entityType: 'parcel',
    entityId: id,
    zoneId,
    after: toParcelView(await parcelInScope(trx, caller.scope, id)),
  });
  return after;
}

export async function updateParcel(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  input: UpdateParcelInput,
  locale: Locale,
): Promise<ParcelDetailView> {
  const row = await parcelInScope(trx, caller.scope, id);
  assertMayWriteInPark(caller.scope, row.parkId);
  if (input.areaMu !== undefined && input.areaM2 !== undefined)
    throw invalid([landFieldError(locale, 'body.areaMu', 'area.exactlyOne')]);
  await checkLinks(trx, caller, locale, input);
  if (input.code !== undefined) await checkCodeFree(trx, caller.scope.zoneId, input.code, id);
  const { areaMu: _mu, areaM2: _m2, ...rest } = input;
  await repo.updateParcel(trx, id, { ...rest, ...bothAreas(input), updatedAt: ctx.clock.now().toISOString() });
  const changed = await parcelInScope(trx, caller.scope, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'parcel.update',
    entityType: 'parcel',
    entityId: id,
    zoneId: caller.scope.zoneId,
    before: toParcelView(row),
    after: toParcelView(changed),
  });
  return toParcelDetailView(changed, await repo.findIndicators(trx, id));
}

/** A parcel that carries a factory building cannot go: the building would point at nothing. */
export async function deleteParcel(ctx: AppContext, trx: Db, caller: Caller, id: string): Promise<void> {
  const row = await parcelInScope(trx, caller.scope, id);
  assertMayWriteInPark(caller.scope, row.parkId);
  const buildings = await repo.countBuildingsOn(trx, id);
  if (buildings > 0) throw new AppError('parcel.hasBuildings', { code: row.code, count: buildings });
  await repo.deleteParcel(trx, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'parcel.delete',
    entityType: 'parcel',
    entityId: id,
    zoneId: caller.scope.zoneId,
    before: toParcelView(row),
  });
}

export async function putStandardLand(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  input: StandardLandInput,
): Promise<StandardLandView> {
  const row = await parcelInScope(trx, caller.scope, id);
  assertMayWriteInPark(caller.scope, row.parkId);
  const before = await repo.findIndicators(trx, id);
  const values = { parcelId: id, ...input, updatedAt: ctx.clock.now().toISOString() };
  await repo.upsertIndicators(trx, values);
  const after = toStandardLandView(values);
  await recordChange(trx, ctx, caller.principal, {
    action: before ? 'parcel.standardLand.update' : 'parcel.standardLand.create',
    entityType: 'parcel',
    entityId: id,
    zoneId: caller.scope.zoneId,
    before: before ? toStandardLandView(before) : null,
    after,
  });
  return after;
}

export async function deleteStandardLand(ctx: AppContext, trx: Db, caller: Caller, id: string): Promise<void> {
  const row = await parcelInScope(trx, caller.scope, id);
  assertMayWriteInPark(caller.scope, row.parkId);
  const before = await repo.findIndicators(trx, id);
  if (!before) throw notFound('standardLand');
  await repo.deleteIndicators(trx, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'parcel.standardLand.delete',
    entityType: 'parcel',
    entityId: id,
    zoneId: caller.scope.zoneId,
    before: toStandardLandView(before),
  });
}

export async function listOfEnterprise(db: Db, scope: Scope, enterpriseId: string): Promise<ParcelView[]> {
  if (!(await repo.findScopedEnterprise(db, scope, enterpriseId))) throw notFound('enterprise');
  return (await repo.parcelsOfEnterprise(db, scope, enterpriseId)).map(toParcelView);
}
