import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import type { FieldError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import * as buildings from '../../buildings/building.repository.js';
import { toOccupancyView } from '../../buildings/building.schema.js';
import { peakOccupied, round2 } from '../../buildings/occupancy-rules.js';
import { enterpriseView } from '../../enterprises/enterprise.service.js';
import { updateEnterprise } from '../../enterprises/enterprise.writer.js';
import * as parcels from '../../parcels/parcel.repository.js';
import { type ParcelJoined, toParcelView } from '../../parcels/parcel.schema.js';
import type { SupplyStatus } from '../../parcels/parcel.table.js';
import type { LeadRow } from '../investment.table.js';
import type { MoveInput } from './move.schema.js';
import { moveFieldError } from './move-messages.js';

/**
 * What landing a lead writes into the registry: the parcel becomes supplied to the enterprise (or the
 * enterprise takes floor area in a standard factory building), and the enterprise learns what the
 * lead knew. Only free land is offered: a parcel supplied to another enterprise refuses the move.
 */

/** A parcel the enterprise may land on: not supplied, or already its own. */
export function parcelIsFree(parcel: Pick<ParcelJoined, 'supplyStatus' | 'enterpriseId'>, enterpriseId?: string) {
  if (parcel.enterpriseId !== null) return parcel.enterpriseId === enterpriseId;
  return parcel.supplyStatus !== 'supplied';
}

/** The site checks of a landing, as field errors (nothing is written). */
export async function landingSiteErrors(
  db: Db,
  caller: Caller,
  input: MoveInput,
  effectiveOn: string,
  locale: Locale,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (input.parcelId !== undefined) {
    const parcel = await parcels.findParcel(db, caller.scope, input.parcelId);
    if (parcel && !parcelIsFree(parcel, input.enterpriseId)) {
      const enterprise = parcel.enterpriseName ?? (locale === 'zh-CN' ? '其他用地单位' : 'another user');
      errors.push(moveFieldError(locale, 'body.parcelId', 'parcel.taken', { enterprise }));
    }
  }
  if (input.buildingId !== undefined && input.parcelId === undefined) {
    const building = await buildings.findBuilding(db, caller.scope, input.buildingId);
    if (building && input.buildingAreaM2 === undefined) {
      errors.push(moveFieldError(locale, 'body.buildingAreaM2', 'building.areaRequired'));
    } else if (building && input.buildingAreaM2 !== undefined) {
      const spans = await buildings.occupanciesOf(db, building.id);
      const free = round2(Number(building.floorAreaM2) - peakOccupied(spans, effectiveOn, null));
      if (input.buildingAreaM2 > free) {
        const params = { from: effectiveOn, freeM2: String(Math.max(0, free)) };
        errors.push(moveFieldError(locale, 'body.buildingAreaM2', 'building.noRoom', params));
      }
    }
  }
  return errors;
}

/** The facts a new enterprise takes from the lead that lands it. */
export async function landedEnterpriseFacts(
  db: Db,
  caller: Caller,
  lead: LeadRow,
  input: MoveInput,
): Promise<{ parkId: string | null; industryCode: string | null; businessDescription: string | null }> {
  return {
    parkId: input.newEnterprise?.parkId ?? (await siteParkId(db, caller, input)) ?? lead.targetParkId,
    industryCode: lead.industryCode,
    // The profile keeps up to 2,000 characters of what the enterprise does.
    businessDescription: lead.description?.slice(0, 2000) ?? null,
  };
}

async function siteParkId(db: Db, caller: Caller, input: MoveInput): Promise<string | null> {
  if (input.parcelId !== undefined) return (await parcels.findParcel(db, caller.scope, input.parcelId))?.parkId ?? null;
  if (input.buildingId !== undefined)
    return (await buildings.findBuilding(db, caller.scope, input.buildingId))?.parkId ?? null;
  return null;
}

/** What a landing changed in the registry, kept in the move's evidence so an undo can put it back. */
export interface LandingRecord {
  parcelBefore?: { supplyStatus: SupplyStatus; enterpriseId: string | null };
  occupancyId?: string;
}

/**
 * Writes the landing into the registry, after the lead's row is updated (the lead is locked before
 * the audit chain, as every lead write does): the parcel supplied to the enterprise, or its occupancy
 * of the building from the landing day; an existing enterprise gets the lead's park and industry code
 * where it has none.
 */
export async function settleLanding(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  lead: LeadRow,
  landed: { enterpriseId: string; created: boolean; parcelId?: string; buildingId?: string; areaM2?: number },
  effectiveOn: string,
): Promise<LandingRecord> {
  const record: LandingRecord = {};
  const now = ctx.clock.now().toISOString();
  const audit = (action: string, entityType: string, entityId: string, before: unknown, after: unknown) =>
    recordChange(trx, ctx, caller.principal, {
      action,
      entityType,
      entityId,
      zoneId: caller.scope.zoneId,
      ...(before === null ? {} : { before }),
      after,
    });
  if (!landed.created) {
    const before = await enterpriseView(trx, caller, landed.enterpriseId);
    const fill = {
      ...(before.parkId === null && lead.targetParkId ? { parkId: lead.targetParkId } : {}),
      ...(before.industryCode === null && lead.industryCode ? { industryCode: lead.industryCode } : {}),
    };
    if (Object.keys(fill).length > 0) {
      await updateEnterprise(trx, landed.enterpriseId, { ...fill, updatedAt: now });
      const after = await enterpriseView(trx, caller, landed.enterpriseId);
      await audit('enterprise.update', 'enterprise', landed.enterpriseId, before, after);
    }
  }
  if (landed.parcelId !== undefined) {
    const parcel = await parcels.findParcel(trx, caller.scope, landed.parcelId);
    if (parcel) {
      record.parcelBefore = { supplyStatus: parcel.supplyStatus, enterpriseId: parcel.enterpriseId };
      await parcels.updateParcel(trx, parcel.id, {
        supplyStatus: 'supplied',
        enterpriseId: landed.enterpriseId,
        updatedAt: now,
      });
      const after = await parcels.findParcel(trx, caller.scope, parcel.id);
      if (after) await audit('parcel.update', 'parcel', parcel.id, toParcelView(parcel), toParcelView(after));
    }
  } else if (landed.buildingId !== undefined && landed.areaM2 !== undefined) {
    const id = crypto.randomUUID();
    const row = {
      id,
      buildingId: landed.buildingId,
      enterpriseId: landed.enterpriseId,
      areaM2: landed.areaM2,
      startedOn: effectiveOn,
      endedOn: null,
      isDemo: 0,
      createdAt: now,
    };
    await buildings.insertOccupancy(trx, row);
    record.occupancyId = id;
    const enterpriseName =
      (await buildings.occupanciesOf(trx, landed.buildingId)).find((o) => o.id === id)?.enterpriseName ?? null;
    const after = toOccupancyView({ ...row, enterpriseName });
    await audit('factoryBuilding.occupancy.create', 'factoryBuilding', landed.buildingId, null, after);
  }
  return record;
}

/**
 * Undoing a landing takes its registry writes back: the parcel returns to what it was (unless someone
 * has changed it since), the occupancy the landing created goes. The enterprise stays in the registry.
 */
export async function unsettleLanding(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  evidence: { enterpriseId?: string | null; parcelId?: string | null; buildingId?: string | null } & LandingRecord,
): Promise<void> {
  const now = ctx.clock.now().toISOString();
  const zoneId = caller.scope.zoneId;
  if (evidence.parcelId && evidence.parcelBefore) {
    const parcel = await parcels.findParcel(trx, caller.scope, evidence.parcelId);
    if (parcel && parcel.enterpriseId === evidence.enterpriseId && parcel.supplyStatus === 'supplied') {
      await parcels.updateParcel(trx, parcel.id, { ...evidence.parcelBefore, updatedAt: now });
      const after = await parcels.findParcel(trx, caller.scope, parcel.id);
      if (after)
        await recordChange(trx, ctx, caller.principal, {
          action: 'parcel.update',
          entityType: 'parcel',
          entityId: parcel.id,
          zoneId,
          before: toParcelView(parcel),
          after: toParcelView(after),
        });
    }
  }
  if (evidence.buildingId && evidence.occupancyId) {
    const occupancy = (await buildings.occupanciesOf(trx, evidence.buildingId)).find(
      (o) => o.id === evidence.occupancyId,
    );
    if (occupancy) {
      await buildings.deleteOccupancy(trx, occupancy.id);
      await recordChange(trx, ctx, caller.principal, {
        action: 'factoryBuilding.occupancy.delete',
        entityType: 'factoryBuilding',
        entityId: evidence.buildingId,
        zoneId,
        before: toOccupancyView(occupancy),
      });
    }
  }
}
