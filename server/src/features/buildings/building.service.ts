import type { Db } from '../../db/database.js';
import type { AppContext, Caller, Scope } from '../../http/context.js';
import { AppError, type FieldError, notFound } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';
import { recordChange } from '../audit/audit.service.js';
import { landFieldError } from '../parcels/land-messages.js';
import * as parcels from '../parcels/parcel.repository.js';
import { assertMayWriteInPark } from '../parcels/parcel.service.js';
import { dayIn } from '../zones/zone-day.js';
import * as repo from './building.repository.js';
import {
  type BuildingListQuery,
  type BuildingView,
  type CreateBuildingInput,
  type CreateOccupancyInput,
  type OccupancyView,
  rate,
  toBuildingView,
  toOccupancyView,
  type UpdateBuildingInput,
} from './building.schema.js';
import { occupiedOn, peakEver, peakOccupied, round2 } from './occupancy-rules.js';

const invalid = (errors: FieldError[]) => new AppError('validation.failed', { count: errors.length }, errors);

/** Today's date in the zone's time zone (day boundaries are the zone's, not UTC's). */
async function today(ctx: AppContext, db: Db, zoneId: string): Promise<string> {
  return dayIn(await repo.zoneTimezone(db, zoneId), ctx.clock.now());
}

export async function listBuildings(ctx: AppContext, scope: Scope, q: BuildingListQuery) {
  const day = await today(ctx, ctx.db, scope.zoneId);
  const total = await repo.countBuildings(ctx.db, scope, q);
  const rows = await repo.listBuildings(ctx.db, scope, q, { offset: (q.page - 1) * q.pageSize, limit: q.pageSize });
  const occupied = await repo.occupiedByBuilding(
    ctx.db,
    rows.map((r) => r.id),
    day,
  );
  const parks = (await repo.occupancyByPark(ctx.db, scope, q, day)).map((p) => ({
    ...p,
    occupancyRate: rate(p.occupiedM2, p.floorAreaM2),
  }));
  return {
    items: rows.map((r) => toBuildingView(r, occupied.get(r.id) ?? 0)),
    total,
    page: q.page,
    pageSize: q.pageSize,
    parks,
  };
}

async function buildingInScope(db: Db, scope: Scope, id: string) {
  const row = await repo.findBuilding(db, scope, id);
  if (!row) throw notFound('factoryBuilding');
  return row;
}

async function viewOf(ctx: AppContext, db: Db, scope: Scope, id: string): Promise<BuildingView> {
  const row = await buildingInScope(db, scope, id);
  const occupancies = await repo.occupanciesOf(db, id);
  return toBuildingView(row, occupiedOn(occupancies, await today(ctx, db, scope.zoneId)));
}

export async function getBuilding(ctx: AppContext, scope: Scope, id: string) {
  const building = await viewOf(ctx, ctx.db, scope, id);
  return { ...building, occupancies: (await repo.occupanciesOf(ctx.db, id)).map(toOccupancyView) };
}

async function checkLinks(
  trx: Db,
  caller: Caller,
  locale: Locale,
  input: { parkId: string; parcelId?: string | null | undefined },
): Promise<void> {
  const { zoneId } = caller.scope;
  if (!(await parcels.findParkInZone(trx, zoneId, input.parkId)))
    throw invalid([landFieldError(locale, 'body.parkId', 'park.notInZone')]);
  assertMayWriteInPark(caller.scope, input.parkId);
  if (input.parcelId) {
    const parcel = await parcels.findParcel(trx, caller.scope, input.parcelId);
    if (!parcel || parcel.parkId !== input.parkId)
      throw invalid([landFieldError(locale, 'body.parcelId', 'parcel.notInPark')]);
  }
}

async function checkCodeFree(trx: Db, zoneId: string, code: string, selfId?: string) {
  const existingId = await repo.buildingIdByCode(trx, zoneId, code);
  if (existingId && existingId !== selfId) throw new AppError('building.codeTaken', { code, existingId });
}

export async function createBuilding(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  input: CreateBuildingInput,
  locale: Locale,
): Promise<BuildingView> {
  await checkLinks(trx, caller, locale, input);
  await checkCodeFree(trx, caller.scope.zoneId, input.code);
  const now = ctx.clock.now().toISOString();
  const id = crypto.randomUUID();
  await repo.insertBuilding(trx, {
    id,
    zoneId: caller.scope.zoneId,
    parkId: input.parkId,
    parcelId: input.parcelId ?? null,
    code: input.code,
    name: input.name,
    floorAreaM2: input.floorAreaM2,
    floors: input.floors ?? null,
    completedOn: input.completedOn ?? null,
    isDemo: 0,
    createdAt: now,
    updatedAt: now,
  });
  const after = await viewOf(ctx, trx, caller.scope, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'factoryBuilding.create',
    entityType: 'factoryBuilding',
    entityId: id,
    zoneId: caller.scope.zoneId,
    after,
  });
  return after;
}

export async function updateBuilding(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  input: UpdateBuildingInput,
  locale: Locale,
): Promise<BuildingView> {
  const before = await viewOf(ctx, trx, caller.scope, id);
  assertMayWriteInPark(caller.scope, before.parkId);
  const parkId = input.parkId ?? before.parkId;
  const parcelId = input.parcelId === undefined ? (input.parkId ? before.parcelId : undefined) : input.parcelId;
  await checkLinks(trx, caller, locale, { parkId, parcelId });
  if (input.code !== undefined) await checkCodeFree(trx, caller.scope.zoneId, input.code, id);
  if (input.floorAreaM2 !== undefined) {
    const peak = peakEver(await repo.occupanciesOf(trx, id));
    if (peak > input.floorAreaM2)
      throw new AppError('building.overOccupied', { freeM2: 0, floorAreaM2: input.floorAreaM2 });
  }
  await repo.updateBuilding(trx, id, { ...input, updatedAt: ctx.clock.now().toISOString() });
  const after = await viewOf(ctx, trx, caller.scope, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'factoryBuilding.update',
    entityType: 'factoryBuilding',
    entityId: id,
    zoneId: caller.scope.zoneId,
    before,
    after,
  });
  return after;
}

/** The building's floor area may never be exceeded on any day the new occupancy covers. */
export async function addOccupancy(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  buildingId: string,
  input: CreateOccupancyInput,
  locale: Locale,
): Promise<OccupancyView> {
  const building = await buildingInScope(trx, caller.scope, buildingId);
  assertMayWriteInPark(caller.scope, building.parkId);
  const errors: FieldError[] = [];
  if (!(await parcels.enterpriseInZone(trx, caller.scope.zoneId, input.enterpriseId)))
    errors.push(landFieldError(locale, 'body.enterpriseId', 'enterprise.notInZone'));
  const endedOn = input.endedOn ?? null;
  if (endedOn !== null && endedOn < input.startedOn)
    errors.push(landFieldError(locale, 'body.endedOn', 'date.beforeStart', { startedOn: input.startedOn }));
  if (errors.length > 0) throw invalid(errors);
  const existing = await repo.occupanciesOf(trx, buildingId);
  const floor = Number(building.floorAreaM2);
  const free = round2(floor - peakOccupied(existing, input.startedOn, endedOn));
  if (input.areaM2 > free)
    throw new AppError('building.overOccupied', { freeM2: Math.max(0, free), floorAreaM2: floor });
  const id = crypto.randomUUID();
  const row = {
    id,
    buildingId,
    enterpriseId: input.enterpriseId,
    areaM2: input.areaM2,
    startedOn: input.startedOn,
    endedOn,
    isDemo: 0,
    createdAt: ctx.clock.now().toISOString(),
  };
  await repo.insertOccupancy(trx, row);
  const after = toOccupancyView({
    ...row,
    enterpriseName: (await repo.occupanciesOf(trx, buildingId)).find((o) => o.id === id)?.enterpriseName ?? null,
  });
  await recordChange(trx, ctx, caller.principal, {
    action: 'factoryBuilding.occupancy.create',
    entityType: 'factoryBuilding',
    entityId: buildingId,
    zoneId: caller.scope.zoneId,
    after,
  });
  return after;
}

export async function endOccupancy(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  buildingId: string,
  occupancyId: string,
  endedOn: string | null,
  locale: Locale,
): Promise<OccupancyView> {
  const building = await buildingInScope(trx, caller.scope, buildingId);
  assertMayWriteInPark(caller.scope, building.parkId);
  const all = await repo.occupanciesOf(trx, buildingId);
  const current = all.find((o) => o.id === occupancyId);
  if (!current) throw notFound('occupancy');
  if (endedOn !== null && endedOn < current.startedOn)
    throw invalid([landFieldError(locale, 'body.endedOn', 'date.beforeStart', { startedOn: current.startedOn })]);
  const others = all.filter((o) => o.id !== occupancyId);
  const floor = Number(building.floorAreaM2);
  const free = round2(floor - peakOccupied(others, current.startedOn, endedOn));
  if (Number(current.areaM2) > free)
    throw new AppError('building.overOccupied', { freeM2: Math.max(0, free), floorAreaM2: floor });
  await repo.setOccupancyEnd(trx, occupancyId, endedOn);
  const before = toOccupancyView(current);
  const after = { ...before, endedOn };
  await recordChange(trx, ctx, caller.principal, {
    action: 'factoryBuilding.occupancy.update',
    entityType: 'factoryBuilding',
    entityId: buildingId,
    zoneId: caller.scope.zoneId,
    before,
    after,
  });
  return after;
}

export async function occupanciesOfEnterprise(db: Db, scope: Scope, enterpriseId: string) {
  return (await repo.occupanciesOfEnterprise(db, scope, enterpriseId)).map((r) => ({
    ...r,
    areaM2: Number(r.areaM2),
  }));
}
