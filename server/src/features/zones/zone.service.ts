import type { Db } from '../../db/database.js';
import type { AppContext, Principal } from '../../http/context.js';
import { conflict, notFound } from '../../http/errors.js';
import { recordChange } from '../audit/audit.service.js';
import { insertDefaultMethods } from '../investment/methods/default-methods.js';
import * as repo from './zone.repository.js';
import type { ParkView, ZoneListQuery, ZoneView } from './zone.schema.js';
import { toParkView, toZoneView } from './zone.schema.js';

type ZoneInput = {
  code?: string | undefined;
  name?: string | undefined;
  approvedOn?: string | null | undefined;
  areaKm2?: number | null | undefined;
  leadingIndustries?: string | null | undefined;
};
type ParkInput = {
  code?: string | undefined;
  name?: string | undefined;
  leadingIndustries?: string | null | undefined;
  sortOrder?: number | undefined;
};

/** A system admin manages every zone; a zone admin only the zone they are working in. */
function assertZoneAccess(principal: Principal, zoneId: string): void {
  if (!principal.systemAdmin && principal.zoneId !== zoneId) throw notFound('zone');
}

/** A page of the zones the caller administers (all for a system admin), each with its parks. */
export async function pageOfZones(db: Db, principal: Principal, query: ZoneListQuery) {
  const ids = principal.systemAdmin ? null : principal.zoneId ? [principal.zoneId] : [];
  const total = await repo.countZones(db, ids, query);
  const zones = await repo.listZones(db, ids, query, {
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  const parks = await repo.listParks(
    db,
    zones.map((z) => z.id),
  );
  return { items: zones.map((z) => toZoneView(z, parks)), total, page: query.page, pageSize: query.pageSize };
}

async function zoneView(db: Db, id: string): Promise<ZoneView> {
  const zone = await repo.findZone(db, id);
  if (!zone) throw notFound('zone');
  return toZoneView(zone, await repo.listParks(db, [id]));
}

export async function createZone(
  ctx: AppContext,
  trx: Db,
  principal: Principal,
  input: Required<Pick<ZoneInput, 'code' | 'name'>> & ZoneInput,
): Promise<ZoneView> {
  if (await repo.zoneCodeTaken(trx, input.code)) throw conflict(`code ${input.code}`);
  const now = ctx.clock.now().toISOString();
  const id = crypto.randomUUID();
  await repo.insertZone(trx, {
    id,
    code: input.code,
    name: input.name,
    approvedOn: input.approvedOn ?? null,
    areaKm2: input.areaKm2 ?? null,
    leadingIndustries: input.leadingIndustries ?? null,
    description: null,
    timezone: 'Asia/Shanghai',
    isDemo: 0,
    createdAt: now,
    updatedAt: now,
  });
  await insertDefaultMethods(trx, id, now);
  const after = await zoneView(trx, id);
  await recordChange(trx, ctx, principal, {
    action: 'zone.create',
    entityType: 'zone',
    entityId: id,
    zoneId: id,
    after,
  });
  return after;
}

export async function updateZone(
  ctx: AppContext,
  trx: Db,
  principal: Principal,
  id: string,
  input: ZoneInput,
): Promise<ZoneView> {
  assertZoneAccess(principal, id);
  const before = await zoneView(trx, id);
  if (input.code && (await repo.zoneCodeTaken(trx, input.code, id))) throw conflict(`code ${input.code}`);
  await repo.updateZone(trx, id, { ...input, updatedAt: ctx.clock.now().toISOString() });
  const after = await zoneView(trx, id);
  await recordChange(trx, ctx, principal, {
    action: 'zone.update',
    entityType: 'zone',
    entityId: id,
    zoneId: id,
    before,
    after,
  });
  return after;
}

export async function createPark(
  ctx: AppContext,
  trx: Db,
  principal: Principal,
  zoneId: string,
  input: Required<Pick<ParkInput, 'code' | 'name'>> & ParkInput,
): Promise<ParkView> {
  assertZoneAccess(principal, zoneId);
  if (!(await repo.findZone(trx, zoneId))) throw notFound('zone');
  if (await repo.parkCodeTaken(trx, zoneId, input.code)) throw conflict(`code ${input.code}`);
  const now = ctx.clock.now().toISOString();
  const id = crypto.randomUUID();
  await repo.insertPark(trx, {
    id,
    zoneId,
    code: input.code,
    name: input.name,
    leadingIndustries: input.leadingIndustries ?? null,
    sortOrder: input.sortOrder ?? 0,
    isDemo: 0,
    createdAt: now,
    updatedAt: now,
  });
  const park = await repo.findPark(trx, id);
  if (!park) throw notFound('park');
  const after = toParkView(park);
  await recordChange(trx, ctx, principal, {
    action: 'park.create',
    entityType: 'park',
    entityId: id,
    zoneId,
    after,
  });
  return after;
}

export async function updatePark(
  ctx: AppContext,
  trx: Db,
  principal: Principal,
  id: string,
  input: ParkInput,
): Promise<ParkView> {
  const park = await repo.findPark(trx, id);
  if (!park) throw notFound('park');
  assertZoneAccess(principal, park.zoneId);
  if (input.code && (await repo.parkCodeTaken(trx, park.zoneId, input.code, id))) throw conflict(`code ${input.code}`);
  await repo.updatePark(trx, id, { ...input, updatedAt: ctx.clock.now().toISOString() });
  const updated = await repo.findPark(trx, id);
  if (!updated) throw notFound('park');
  const after = toParkView(updated);
  await recordChange(trx, ctx, principal, {
    action: 'park.update',
    entityType: 'park',
    entityId: id,
    zoneId: park.zoneId,
    before: toParkView(park),
    after,
  });
  return after;
}
